using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.InformationTechnology.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ItRegistries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "OnlinePublicServices",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Procedures = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => new { x.ProvinceCode, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "DossierCounts",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    FirstMonth = table.Column<int>(type: "int", nullable: false),
                    LastMonth = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedOnline = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedDirect = table.Column<long>(type: "bigint", nullable: true),
                    Resolved = table.Column<long>(type: "bigint", nullable: false),
                    ResolvedOnTime = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedLate = table.Column<long>(type: "bigint", nullable: true),
                    Pending = table.Column<long>(type: "bigint", nullable: true),
                    Apologies = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierCounts", x => new { x.ProvinceCode, x.UnitCode, x.Period });
                });

            migrationBuilder.CreateTable(
                name: "OneStopDeployments",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DeployedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneStopDeployments", x => new { x.ProvinceCode, x.UnitCode, x.AgencyCode });
                });

            migrationBuilder.CreateTable(
                name: "OnlineServiceLevelChanges",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    ServiceCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnlineServiceLevelChanges", x => new { x.ProvinceCode, x.ServiceCode, x.Sequence });
                    table.ForeignKey(
                        name: "FK_OnlineServiceLevelChanges_OnlinePublicServices_ProvinceCode_ServiceCode",
                        columns: x => new { x.ProvinceCode, x.ServiceCode },
                        principalTable: "OnlinePublicServices",
                        principalColumns: new[] { "ProvinceCode", "Code" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SecurityIncidents",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DetectedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    HandledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityIncidents", x => new { x.ProvinceCode, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Websites",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Domain = table.Column<string>(type: "nvarchar(253)", maxLength: 253, nullable: false),
                    OwnerKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    OwnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OwnerNameFolded = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsGovernmentDomain = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Websites", x => new { x.ProvinceCode, x.Domain });
                });

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePublicServices_ProvinceCode_UnitCode",
                table: "OnlinePublicServices",
                columns: new[] { "ProvinceCode", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ProvinceCode_UnitCode",
                table: "Agencies",
                columns: new[] { "ProvinceCode", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierCounts_ProvinceCode_Year",
                table: "DossierCounts",
                columns: new[] { "ProvinceCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SecurityIncidents_ProvinceCode_HandledAt",
                table: "SecurityIncidents",
                columns: new[] { "ProvinceCode", "HandledAt" });

            // Services created before the level history start it with the level they had; they count at the province.
            migrationBuilder.Sql("UPDATE OnlinePublicServices SET UnitCode = ProvinceCode WHERE UnitCode = ''");
            migrationBuilder.Sql(
                "INSERT INTO OnlineServiceLevelChanges (ProvinceCode, ServiceCode, Sequence, Level, EffectiveOn) " +
                "SELECT ProvinceCode, Code, 1, Level, EffectiveFrom FROM OnlinePublicServices");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "DossierCounts");

            migrationBuilder.DropTable(
                name: "OneStopDeployments");

            migrationBuilder.DropTable(
                name: "OnlineServiceLevelChanges");

            migrationBuilder.DropTable(
                name: "SecurityIncidents");

            migrationBuilder.DropTable(
                name: "Websites");

            migrationBuilder.DropIndex(
                name: "IX_OnlinePublicServices_ProvinceCode_UnitCode",
                table: "OnlinePublicServices");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "OnlinePublicServices");
        }
    }
}
