using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.PressPublishing.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PressRegistries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "PressOrganisations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "PressOrganisations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "PressOrganisations",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BroadcastHours",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Station = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Medium = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StationFolded = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Hours = table.Column<long>(type: "bigint", nullable: false),
                    PlanHours = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BroadcastHours", x => new { x.ProvinceCode, x.Station, x.Medium, x.Period, x.Language });
                });

            migrationBuilder.CreateTable(
                name: "CommuneRadioStations",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuneRadioStations", x => new { x.ProvinceCode, x.UnitCode });
                });

            migrationBuilder.CreateTable(
                name: "CommunicationWork",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TitleFolded = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    Trainees = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunicationWork", x => new { x.ProvinceCode, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "DepositChecks",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TitleFolded = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Result = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ViolationsFound = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepositChecks", x => new { x.ProvinceCode, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "PressPermits",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HolderFolded = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressPermits", x => new { x.ProvinceCode, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "PrintingOutputs",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Facility = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    FacilityFolded = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Pages = table.Column<long>(type: "bigint", nullable: false),
                    PlanPages = table.Column<long>(type: "bigint", nullable: true),
                    RevenueVnd = table.Column<long>(type: "bigint", nullable: false),
                    PlanRevenueVnd = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintingOutputs", x => new { x.ProvinceCode, x.Facility, x.Period });
                });

            migrationBuilder.CreateTable(
                name: "PermitSanctions",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PermitNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResultingStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermitSanctions", x => new { x.ProvinceCode, x.DecisionNumber });
                    table.ForeignKey(
                        name: "FK_PermitSanctions_PressPermits_ProvinceCode_PermitNumber",
                        columns: x => new { x.ProvinceCode, x.PermitNumber },
                        principalTable: "PressPermits",
                        principalColumns: new[] { "ProvinceCode", "Number" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PermitStatusChanges",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    PermitNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermitStatusChanges", x => new { x.ProvinceCode, x.PermitNumber, x.Sequence });
                    table.ForeignKey(
                        name: "FK_PermitStatusChanges_PressPermits_ProvinceCode_PermitNumber",
                        columns: x => new { x.ProvinceCode, x.PermitNumber },
                        principalTable: "PressPermits",
                        principalColumns: new[] { "ProvinceCode", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BroadcastHours_ProvinceCode_PeriodEnd",
                table: "BroadcastHours",
                columns: new[] { "ProvinceCode", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationWork_ProvinceCode_HeldOn",
                table: "CommunicationWork",
                columns: new[] { "ProvinceCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DepositChecks_ProvinceCode_CheckedOn",
                table: "DepositChecks",
                columns: new[] { "ProvinceCode", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PermitSanctions_ProvinceCode_PermitNumber",
                table: "PermitSanctions",
                columns: new[] { "ProvinceCode", "PermitNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PressPermits_ProvinceCode_IssuedOn",
                table: "PressPermits",
                columns: new[] { "ProvinceCode", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PressPermits_ProvinceCode_UnitCode",
                table: "PressPermits",
                columns: new[] { "ProvinceCode", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PrintingOutputs_ProvinceCode_PeriodEnd",
                table: "PrintingOutputs",
                columns: new[] { "ProvinceCode", "PeriodEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BroadcastHours");

            migrationBuilder.DropTable(
                name: "CommuneRadioStations");

            migrationBuilder.DropTable(
                name: "CommunicationWork");

            migrationBuilder.DropTable(
                name: "DepositChecks");

            migrationBuilder.DropTable(
                name: "PermitSanctions");

            migrationBuilder.DropTable(
                name: "PermitStatusChanges");

            migrationBuilder.DropTable(
                name: "PrintingOutputs");

            migrationBuilder.DropTable(
                name: "PressPermits");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "PressOrganisations");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "PressOrganisations");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "PressOrganisations");
        }
    }
}
