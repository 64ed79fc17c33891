using CsvHelper;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Data;

/// <summary>
/// Loads the bundled unit lists (Gia Lai and Hà Tĩnh, statistics-office codes of 2019) so a fresh
/// installation has its provinces. Only missing codes are inserted: units a province later brought
/// with its own dataset, and population or area set since, are never overwritten.
/// </summary>
public sealed class ReferenceUnitsSeeder(ILogger<ReferenceUnitsSeeder> logger) : IDatabaseSeeder<ReportingDbContext>
{
    private const string ResourceName = "GiaLaiIct.Reporting.ReferenceData.admin-units.csv";

    public async Task SeedAsync(ReportingDbContext db, CancellationToken cancellationToken)
    {
        var units = ReadBundledUnits();
        var existing = await db.Units.Select(u => u.Code).ToHashSetAsync(cancellationToken);
        var missing = units.Where(u => !existing.Contains(u.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        db.Units.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded {Count} reference administrative units", missing.Count);
    }

    public static IReadOnlyList<AdministrativeUnit> ReadBundledUnits()
    {
        using var stream = typeof(ReferenceUnitsSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var csv = CsvReader.Create(stream, new CsvReaderOptions(), leaveOpen: false);
        csv.ReadHeader();
        var byCode = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var province = csv.GetString("province_code");
            var district = csv.GetString("district_code");
            Add(byCode, province, province, null, UnitLevel.Province, "Tỉnh", csv.GetString("province_name"));
            Add(byCode, district, province, province, UnitLevel.District, csv.GetString("district_type"), csv.GetString("district_name"));
            Add(byCode, csv.GetString("commune_code"), province, district, UnitLevel.Commune, csv.GetString("commune_type"), csv.GetString("commune_name"));
        }
        return [.. byCode.Values];
    }

    private static void Add(
        Dictionary<string, AdministrativeUnit> byCode, string code, string province, string? parent, UnitLevel level, string type, string name)
    {
        if (byCode.ContainsKey(code))
        {
            return;
        }
        var normalizedName = VietnameseText.Normalize(name)!;
        byCode[code] = new AdministrativeUnit
        {
            Code = code,
            ProvinceCode = province,
            ParentCode = parent,
            Level = level,
            Type = VietnameseText.Normalize(type)!,
            Name = normalizedName,
            NameFolded = VietnameseText.Fold(normalizedName),
        };
    }
}
