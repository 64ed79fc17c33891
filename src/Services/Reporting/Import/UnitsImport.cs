using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Import;

/// <summary>
/// units.csv: code, name, type, parent_code (empty for the province), population and area_km2 (optional: an empty
/// cell leaves the stored figure as it is). A province brings its current unit list with it, so the other files
/// of the same dataset may name units only this file defines.
/// </summary>
internal sealed class UnitsImport(ReportingDbContext db, string province, IReadOnlyDictionary<string, AdministrativeUnit> stored)
    : DatasetFileImport(DatasetFiles.Units, ["code", "name", "type", "parent_code"], ["population", "area_km2"])
{
    private static readonly Dictionary<string, UnitLevel[]> LevelsOfType = new(StringComparer.Ordinal)
    {
        ["Tỉnh"] = [UnitLevel.Province],
        ["Thành phố"] = [UnitLevel.Province, UnitLevel.District],
        ["Thị xã"] = [UnitLevel.District],
        ["Huyện"] = [UnitLevel.District],
        ["Xã"] = [UnitLevel.Commune],
        ["Phường"] = [UnitLevel.Commune],
        ["Thị trấn"] = [UnitLevel.Commune],
    };

    /// <summary>The type words as people write them ("thanh pho" is Thành phố); the stored type is the official word.</summary>
    private static readonly EnumeratedValues<string> Types = new(LevelsOfType.Keys.Select(type => (type, type)));

    private readonly List<(int Line, AdministrativeUnit Unit)> _candidates = [];

    protected override string KeyColumn => "code";

    /// <summary>The units as stored and as this file defines them, for the other files' checks.</summary>
    public IReadOnlyDictionary<string, UnitLevel> Levels =>
        stored.Values.Where(u => u.ProvinceCode == province).Select(u => (u.Code, u.Level))
            .Concat(_candidates.Select(c => (c.Unit.Code, c.Unit.Level)))
            .GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.Last().Level, StringComparer.Ordinal);

    /// <summary>Every unit of the province as stored, with this file's units over them: what the divisions check codes against.</summary>
    public IEnumerable<DatasetUnit> AllUnits =>
        stored.Values.Where(u => u.ProvinceCode == province && _candidates.All(c => c.Unit.Code != u.Code))
            .Concat(_candidates.Select(c => c.Unit))
            .Select(unit => new DatasetUnit
            {
                Code = unit.Code, Level = WireNames.ToWire(unit.Level), ParentCode = unit.ParentCode ?? string.Empty, Type = unit.Type,
            });

    protected override string? ReadRow(DatasetRow row)
    {
        var code = row.Required("code", 5);
        var name = row.Required("name", 128);
        var (type, _) = row.Match("type", Types, required: true);
        var parent = row.Optional("parent_code");
        var population = row.WholeNumber("population", required: false);
        var area = row.Number("area_km2", required: false);
        UnitLevel? level = code?.Length switch
        {
            2 => UnitLevel.Province,
            3 => UnitLevel.District,
            5 => UnitLevel.Commune,
            _ => null,
        };
        if (code is not null && (level is null || !code.All(char.IsAsciiDigit)))
        {
            row.Error("code", $"'{code}' is not a statistics-office code (province 2 digits, district 3, commune 5)");
        }
        if (type is not null && level is { } expected && !LevelsOfType[type].Contains(expected))
        {
            row.Error("type", $"a {WireNames.ToWire(expected)} cannot be of type '{type}'");
        }
        if (population < 0)
        {
            row.Error("population", $"must not be negative (got {population})");
        }
        if (area <= 0)
        {
            row.Error("area_km2", $"must be a positive number of km² (got {area})");
        }
        if (level == UnitLevel.Province && code != province)
        {
            row.Error("code", $"this dataset is for province {province}; it cannot define province {code}");
        }
        if (level == UnitLevel.Province && parent is not null)
        {
            row.Error("parent_code", "must be empty for the province");
        }
        if (level is UnitLevel.District or UnitLevel.Commune && parent is null)
        {
            row.Error("parent_code", "is required for a district or commune");
        }
        if (level == UnitLevel.District && parent is not null && parent != province)
        {
            row.Error("parent_code", $"a district's parent must be the province {province} (got {parent})");
        }
        if (code is not null && stored.TryGetValue(code, out var existing) && (existing.ProvinceCode != province || existing.ParentCode != parent))
        {
            row.Error(existing.ProvinceCode != province ? "code" : "parent_code",
                existing.ProvinceCode != province
                    ? $"unit {code} belongs to province {existing.ProvinceCode}"
                    : $"unit {code} lies in {existing.ParentCode ?? "no unit"}; moving a unit to another parent is not done by import");
        }
        if (row.HasErrors)
        {
            return code;
        }
        _candidates.Add((row.Line, new AdministrativeUnit
        {
            Code = code!, ProvinceCode = province, ParentCode = parent, Level = level!.Value, Type = type!, Name = name!,
            NameFolded = VietnameseText.Fold(name!), Population = population, AreaKm2 = (double?)area,
        }));
        return code;
    }

    /// <summary>Cross-row checks: every commune's parent is a district of the province; the province itself exists.</summary>
    public void CheckTree(DatasetErrors errors)
    {
        var levels = Levels;
        foreach (var (line, unit) in _candidates.Where(c => c.Unit.Level == UnitLevel.Commune))
        {
            if (!levels.TryGetValue(unit.ParentCode!, out var parentLevel) || parentLevel != UnitLevel.District)
            {
                errors.Add(File, line, "parent_code", $"'{unit.ParentCode}' is not a district of province {province}");
            }
        }
        if (!levels.ContainsKey(province))
        {
            errors.Add(File, 0, string.Empty, $"province {province} is not loaded: a new province's units.csv must hold its province row");
        }
    }

    public override Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var counts = new FileCounts { File = File };
        foreach (var (_, candidate) in _candidates)
        {
            if (!stored.TryGetValue(candidate.Code, out var unit))
            {
                db.Units.Add(candidate);
                counts.Inserted++;
                continue;
            }
            var population = candidate.Population ?? unit.Population;
            var area = candidate.AreaKm2 ?? unit.AreaKm2;
            if (unit.Name == candidate.Name && unit.Type == candidate.Type && unit.Population == population && unit.AreaKm2 == area)
            {
                counts.Unchanged++;
                continue;
            }
            unit.Name = candidate.Name;
            unit.NameFolded = candidate.NameFolded;
            unit.Type = candidate.Type;
            unit.Population = population;
            unit.AreaKm2 = area;
            counts.Updated++;
        }
        return Task.FromResult(counts);
    }

    public static async Task<Dictionary<string, AdministrativeUnit>> LoadStoredAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
}
