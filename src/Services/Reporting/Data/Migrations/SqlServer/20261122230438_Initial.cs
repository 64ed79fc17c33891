using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.Reporting.Data.Migrations.SqlServer
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
                    Code = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    NameFolded = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Population = table.Column<long>(type: "bigint", nullable: true),
                    AreaKm2 = table.Column<double>(type: "float", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
