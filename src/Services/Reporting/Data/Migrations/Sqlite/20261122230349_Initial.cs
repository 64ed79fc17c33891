using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdministrativeUnits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Population = table.Column<long>(type: "INTEGER", nullable: true),
                    AreaKm2 = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrativeUnits", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_NameFolded",
                table: "AdministrativeUnits",
                column: "NameFolded");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_ProvinceCode_ParentCode",
                table: "AdministrativeUnits",
                columns: new[] { "ProvinceCode", "ParentCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdministrativeUnits");
        }
    }
}
