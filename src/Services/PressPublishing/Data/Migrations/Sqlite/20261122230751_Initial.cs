using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.PressPublishing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PressOrganisations",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressOrganisations", x => new { x.ProvinceCode, x.Name });
                });

            migrationBuilder.CreateIndex(
                name: "IX_PressOrganisations_ProvinceCode_NameFolded",
                table: "PressOrganisations",
                columns: new[] { "ProvinceCode", "NameFolded" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PressOrganisations");
        }
    }
}
