using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.InformationTechnology.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EGovernmentFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EGovernmentFigures",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    LastMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CertificatesIndividual = table.Column<long>(type: "INTEGER", nullable: true),
                    CertificatesOrganisation = table.Column<long>(type: "INTEGER", nullable: true),
                    DocumentUsers = table.Column<long>(type: "INTEGER", nullable: true),
                    DocumentsExchanged = table.Column<long>(type: "INTEGER", nullable: true),
                    MailAccounts = table.Column<long>(type: "INTEGER", nullable: true),
                    MailCreated = table.Column<long>(type: "INTEGER", nullable: true),
                    MailRemoved = table.Column<long>(type: "INTEGER", nullable: true),
                    TrainingAttendees = table.Column<long>(type: "INTEGER", nullable: true),
                    TrainingClasses = table.Column<long>(type: "INTEGER", nullable: true),
                    VideoMeetings = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EGovernmentFigures", x => new { x.ProvinceCode, x.UnitCode, x.Period });
                });

            migrationBuilder.CreateIndex(
                name: "IX_EGovernmentFigures_ProvinceCode_Year",
                table: "EGovernmentFigures",
                columns: new[] { "ProvinceCode", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EGovernmentFigures");
        }
    }
}
