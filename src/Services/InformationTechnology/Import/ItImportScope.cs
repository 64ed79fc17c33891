using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>
/// What every file of one IT import is checked against: the province's units (stored and the dataset's own), the
/// agencies (stored and those of the same dataset's agencies.csv), and the stored rows whose history a row extends.
/// </summary>
/// <param name="Today">The day a level change read without level_changed_on takes effect.</param>
internal sealed class ItImportScope(string province, ProvinceUnits units, IReadOnlyDictionary<string, string> storedAgencyUnits, DateOnly today)
{
    private readonly Dictionary<string, string> _datasetAgencyUnits = new(StringComparer.Ordinal);

    public string Province => province;
    public DateOnly Today => today;

    /// <summary>Stored services' start and last level change, for the level history a row extends.</summary>
    public IReadOnlyDictionary<string, (DateOnly EffectiveFrom, int Level, OnlineServiceLevelChange? LastChange)> StoredServices { get; init; } =
        new Dictionary<string, (DateOnly, int, OnlineServiceLevelChange?)>();

    /// <summary>Stored dossier periods by unit, which a row's period must not overlap.</summary>
    public IReadOnlyDictionary<string, List<DossierCount>> StoredDossierPeriods { get; init; } = new Dictionary<string, List<DossierCount>>();

    /// <summary>Stored e-government periods by unit, which a row's period must not overlap.</summary>
    public IReadOnlyDictionary<string, List<EGovernmentRecord>> StoredEGovernmentPeriods { get; init; } = new Dictionary<string, List<EGovernmentRecord>>();

    public void AddDatasetAgency(string code, string unit) => _datasetAgencyUnits[code] = unit;

    /// <summary>The unit of a registered agency (the dataset's word first), or null when the agency is not registered.</summary>
    public string? AgencyUnit(string code) =>
        _datasetAgencyUnits.TryGetValue(code, out var unit) ? unit : storedAgencyUnits.GetValueOrDefault(code);

    /// <summary>The unit of <paramref name="column"/>: a unit of the province or of this dataset (and a commune, if asked).</summary>
    public UnitReference? Unit(DatasetRow row, string column, bool required)
    {
        var code = required ? row.Required(column, 5) : row.Optional(column);
        if (code is null)
        {
            return required ? null : units.Find(province);
        }
        if (units.Find(code) is { } unit)
        {
            return unit;
        }
        row.Error(column, $"'{code}' is a unit neither of province {province} nor of this dataset's units.csv");
        return null;
    }
}
