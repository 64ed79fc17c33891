using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.InformationTechnology.Data.Migrations.SqlServer
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
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    FirstMonth = table.Column<int>(type: "int", nullable: false),
                    LastMonth = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CertificatesIndividual = table.Column<long>(type: "bigint", nullable: true),
                    CertificatesOrganisation = table.Column<long>(type: "bigint", nullable: true),
                    DocumentUsers = table.Column<long>(type: "bigint", nullable: true),
                    DocumentsExchanged = table.Column<long>(type: "bigint", nullable: true),
                    MailAccounts = table.Column<long>(type: "bigint", nullable: true),
                    MailCreated = table.Column<long>(type: "bigint", nullable: true),
                    MailRemoved = table.Column<long>(type: "bigint", nullable: true),
                    TrainingAttendees = table.Column<long>(type: "bigint", nullable: true),
                    TrainingClasses = table.Column<long>(type: "bigint", nullable: true),
                    VideoMeetings = table.Column<long>(type: "bigint", nullable: true)
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
