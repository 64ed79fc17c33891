using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.InformationTechnology.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OnlinePublicServices",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    NameFolded = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgencyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnlinePublicServices", x => new { x.ProvinceCode, x.Code });
                    table.CheckConstraint("CK_OnlinePublicServices_Level", "Level BETWEEN 1 AND 4");
                });

            migrationBuilder.CreateIndex(
                name: "IX_OnlinePublicServices_ProvinceCode_AgencyCode",
                table: "OnlinePublicServices",
                columns: new[] { "ProvinceCode", "AgencyCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnlinePublicServices");
        }
    }
}
