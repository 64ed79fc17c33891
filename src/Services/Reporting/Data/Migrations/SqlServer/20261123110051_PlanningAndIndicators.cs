using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanningAndIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectiveDocuments",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(1100)", maxLength: 1100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectiveDocuments", x => new { x.ProvinceCode, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "Statistics",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Indicator = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Value = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statistics", x => new { x.ProvinceCode, x.Indicator, x.UnitCode, x.Period, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Indicator = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Target = table.Column<decimal>(type: "decimal(28,8)", precision: 28, scale: 8, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => new { x.ProvinceCode, x.Indicator, x.UnitCode, x.Year, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanTasks",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Plan = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Lead = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Coordinators = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DueMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanTasks", x => new { x.ProvinceCode, x.Plan, x.Number });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveDocuments_ProvinceCode_IssuedOn",
                table: "DirectiveDocuments",
                columns: new[] { "ProvinceCode", "IssuedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectiveDocuments");

            migrationBuilder.DropTable(
                name: "Statistics");

            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "WorkPlanTasks");
        }
    }
}
