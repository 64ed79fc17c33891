using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaLaiIct.PostsTelecom.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TelecomRegistries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PostalServicePoints_NameFolded",
                table: "PostalServicePoints");

            // The free-text operator becomes a reference to the operators registry: keep what was typed.
            migrationBuilder.RenameColumn(
                name: "Operator",
                table: "PostalServicePoints",
                newName: "OperatorCode");

            migrationBuilder.AlterColumn<string>(
                name: "OperatorCode",
                table: "PostalServicePoints",
                type: "TEXT",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "BcciDossierCounts",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DossiersReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultsReturned = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BcciDossierCounts", x => new { x.ProvinceCode, x.UnitCode, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "PostalPointStatusChanges",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PointId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostalPointStatusChanges", x => new { x.ProvinceCode, x.PointId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_PostalPointStatusChanges_PostalServicePoints_ProvinceCode_PointId",
                        columns: x => new { x.ProvinceCode, x.PointId },
                        principalTable: "PostalServicePoints",
                        principalColumns: new[] { "ProvinceCode", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TelecomLicences",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TelecomLicences", x => new { x.ProvinceCode, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "TelecomOperators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TelecomOperators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "LicenceStatusChanges",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    LicenceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicenceStatusChanges", x => new { x.ProvinceCode, x.LicenceNumber, x.Sequence });
                    table.ForeignKey(
                        name: "FK_LicenceStatusChanges_TelecomLicences_ProvinceCode_LicenceNumber",
                        columns: x => new { x.ProvinceCode, x.LicenceNumber },
                        principalTable: "TelecomLicences",
                        principalColumns: new[] { "ProvinceCode", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SanctionApplications",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LicenceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResultingStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SanctionApplications", x => new { x.ProvinceCode, x.DecisionNumber });
                    table.ForeignKey(
                        name: "FK_SanctionApplications_TelecomLicences_ProvinceCode_LicenceNumber",
                        columns: x => new { x.ProvinceCode, x.LicenceNumber },
                        principalTable: "TelecomLicences",
                        principalColumns: new[] { "ProvinceCode", "Number" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BtsStations",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OperatorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Technology = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InServiceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InServiceTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BtsStations", x => new { x.ProvinceCode, x.Id });
                    table.ForeignKey(
                        name: "FK_BtsStations_TelecomOperators_OperatorCode",
                        column: x => x.OperatorCode,
                        principalTable: "TelecomOperators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostalServicePoints_OperatorCode",
                table: "PostalServicePoints",
                column: "OperatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_BtsStations_OperatorCode",
                table: "BtsStations",
                column: "OperatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_BtsStations_ProvinceCode_OperatorCode",
                table: "BtsStations",
                columns: new[] { "ProvinceCode", "OperatorCode" });

            migrationBuilder.CreateIndex(
                name: "IX_BtsStations_ProvinceCode_UnitCode",
                table: "BtsStations",
                columns: new[] { "ProvinceCode", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_SanctionApplications_ProvinceCode_LicenceNumber",
                table: "SanctionApplications",
                columns: new[] { "ProvinceCode", "LicenceNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_TelecomLicences_ProvinceCode_Type",
                table: "TelecomLicences",
                columns: new[] { "ProvinceCode", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_TelecomLicences_ProvinceCode_UnitCode",
                table: "TelecomLicences",
                columns: new[] { "ProvinceCode", "UnitCode" });

            migrationBuilder.AddForeignKey(
                name: "FK_PostalServicePoints_TelecomOperators_OperatorCode",
                table: "PostalServicePoints",
                column: "OperatorCode",
                principalTable: "TelecomOperators",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            // Points recorded before the history existed start it with the status they have, from their opening day.
            migrationBuilder.Sql("""
                INSERT INTO "PostalPointStatusChanges" ("ProvinceCode", "PointId", "Sequence", "Status", "EffectiveOn")
                SELECT "ProvinceCode", "Id", 1, "Status", "OpenedOn" FROM "PostalServicePoints"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PostalServicePoints_TelecomOperators_OperatorCode",
                table: "PostalServicePoints");

            migrationBuilder.DropTable(
                name: "BcciDossierCounts");

            migrationBuilder.DropTable(
                name: "BtsStations");

            migrationBuilder.DropTable(
                name: "LicenceStatusChanges");

            migrationBuilder.DropTable(
                name: "PostalPointStatusChanges");

            migrationBuilder.DropTable(
                name: "SanctionApplications");

            migrationBuilder.DropTable(
                name: "TelecomOperators");

            migrationBuilder.DropTable(
                name: "TelecomLicences");

            migrationBuilder.DropIndex(
                name: "IX_PostalServicePoints_OperatorCode",
                table: "PostalServicePoints");

            migrationBuilder.AlterColumn<string>(
                name: "OperatorCode",
                table: "PostalServicePoints",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.RenameColumn(
                name: "OperatorCode",
                table: "PostalServicePoints",
                newName: "Operator");

            migrationBuilder.CreateIndex(
                name: "IX_PostalServicePoints_NameFolded",
                table: "PostalServicePoints",
                column: "NameFolded");
        }
    }
}
