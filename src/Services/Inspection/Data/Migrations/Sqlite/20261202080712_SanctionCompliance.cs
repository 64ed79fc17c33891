using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.Inspection.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SanctionCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ComplyBy",
                table: "SanctionDecisions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Decisions recorded before the column existed get the statutory date (SanctionComplianceDeadline: 10 days).
            migrationBuilder.Sql("UPDATE \"SanctionDecisions\" SET \"ComplyBy\" = date(\"DecidedOn\", '+10 days');");

            migrationBuilder.CreateIndex(
                name: "IX_SanctionDecisions_ProvinceCode_Status_ComplyBy",
                table: "SanctionDecisions",
                columns: new[] { "ProvinceCode", "Status", "ComplyBy" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SanctionDecisions_ProvinceCode_Status_ComplyBy",
                table: "SanctionDecisions");

            migrationBuilder.DropColumn(
                name: "ComplyBy",
                table: "SanctionDecisions");
        }
    }
}
