using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.Inspection.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Registries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Conclusion",
                table: "Inspections",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlanItem",
                table: "Inspections",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlanYear",
                table: "Inspections",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Violations",
                table: "Inspections",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ViolationsWithoutSanction",
                table: "Inspections",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SummaryFolded = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtendedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferredTo = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => new { x.ProvinceCode, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "InspectionPlans",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionPlans", x => new { x.ProvinceCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "ReferredCases",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    InspectionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SubjectFolded = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Violation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ProposedFineVnd = table.Column<long>(type: "bigint", nullable: false),
                    ReferredTo = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferredCases", x => new { x.ProvinceCode, x.Number });
                    table.CheckConstraint("CK_ReferredCases_Fine", "ProposedFineVnd >= 0");
                    table.ForeignKey(
                        name: "FK_ReferredCases_Inspections_ProvinceCode_InspectionId",
                        columns: x => new { x.ProvinceCode, x.InspectionId },
                        principalTable: "Inspections",
                        principalColumns: new[] { "ProvinceCode", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SanctionDecisions",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    InspectionId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SubjectFolded = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Violation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    FineVnd = table.Column<long>(type: "bigint", nullable: false),
                    Confiscated = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RemedialMeasures = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SettledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LicenceNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LicenceAction = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SanctionDecisions", x => new { x.ProvinceCode, x.Number });
                    table.CheckConstraint("CK_SanctionDecisions_Fine", "FineVnd >= 0");
                    table.ForeignKey(
                        name: "FK_SanctionDecisions_Inspections_ProvinceCode_InspectionId",
                        columns: x => new { x.ProvinceCode, x.InspectionId },
                        principalTable: "Inspections",
                        principalColumns: new[] { "ProvinceCode", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlannedInspections",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Item = table.Column<int>(type: "int", nullable: false),
                    Field = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Lead = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedInspections", x => new { x.ProvinceCode, x.Year, x.Item });
                    table.ForeignKey(
                        name: "FK_PlannedInspections_InspectionPlans_ProvinceCode_Year",
                        columns: x => new { x.ProvinceCode, x.Year },
                        principalTable: "InspectionPlans",
                        principalColumns: new[] { "ProvinceCode", "Year" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LicenceEffects",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    LicenceNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtMs = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAtMs = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ResultingStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    AppliedAt = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CompletedAtMs = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicenceEffects", x => new { x.ProvinceCode, x.DecisionNumber });
                    table.ForeignKey(
                        name: "FK_LicenceEffects_SanctionDecisions_ProvinceCode_DecisionNumber",
                        columns: x => new { x.ProvinceCode, x.DecisionNumber },
                        principalTable: "SanctionDecisions",
                        principalColumns: new[] { "ProvinceCode", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Inspections_Violations",
                table: "Inspections",
                sql: "Violations >= 0 AND ViolationsWithoutSanction >= 0");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ProvinceCode_ReceivedOn",
                table: "Complaints",
                columns: new[] { "ProvinceCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ProvinceCode_Status",
                table: "Complaints",
                columns: new[] { "ProvinceCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LicenceEffects_State_NextAttemptAtMs",
                table: "LicenceEffects",
                columns: new[] { "State", "NextAttemptAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferredCases_ProvinceCode_InspectionId",
                table: "ReferredCases",
                columns: new[] { "ProvinceCode", "InspectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferredCases_ProvinceCode_ReferredOn",
                table: "ReferredCases",
                columns: new[] { "ProvinceCode", "ReferredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SanctionDecisions_ProvinceCode_DecidedOn",
                table: "SanctionDecisions",
                columns: new[] { "ProvinceCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SanctionDecisions_ProvinceCode_InspectionId",
                table: "SanctionDecisions",
                columns: new[] { "ProvinceCode", "InspectionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "LicenceEffects");

            migrationBuilder.DropTable(
                name: "PlannedInspections");

            migrationBuilder.DropTable(
                name: "ReferredCases");

            migrationBuilder.DropTable(
                name: "SanctionDecisions");

            migrationBuilder.DropTable(
                name: "InspectionPlans");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Inspections_Violations",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Conclusion",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "PlanItem",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "PlanYear",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "Violations",
                table: "Inspections");

            migrationBuilder.DropColumn(
                name: "ViolationsWithoutSanction",
                table: "Inspections");
        }
    }
}
