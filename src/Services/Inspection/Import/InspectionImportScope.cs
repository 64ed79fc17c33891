using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceKit.Datasets;

namespace GiaLaiIct.Inspection.Import;

/// <summary>What every file of one import is checked against.</summary>
/// <param name="StoredInspections">Ids of the province's inspections already recorded.</param>
internal sealed record InspectionImportScope(string Province, ProvinceUnits Units, IReadOnlySet<string> StoredInspections, DateTimeOffset Now)
{
    /// <summary>Ids of the inspections in the same dataset's inspections.csv.</summary>
    public HashSet<string> DatasetInspections { get; } = new(StringComparer.Ordinal);

    public string? Unit(DatasetRow row, string column)
    {
        var code = row.Required(column, 5);
        if (code is not null && Units.Find(code) is null)
        {
            row.Error(column, $"'{code}' is a unit neither of province {Province} nor of this dataset's units.csv");
            return null;
        }
        return code;
    }

    public string? Inspection(DatasetRow row, string column)
    {
        var id = row.Required(column, 64);
        if (id is not null && !StoredInspections.Contains(id) && !DatasetInspections.Contains(id))
        {
            row.Error(column, $"inspection '{id}' exists neither in province {Province} nor in this dataset's inspections.csv");
            return null;
        }
        return id;
    }

    /// <summary>A count column: a whole number, not negative; 0 when optional and empty.</summary>
    public static int? Count(DatasetRow row, string column, bool required)
    {
        if (!required && row.Optional(column) is null)
        {
            return 0;
        }
        var value = row.WholeNumber(column, required);
        if (value is null)
        {
            return null;
        }
        if (value is < 0 or > int.MaxValue)
        {
            row.Error(column, $"must be a count of at least 0 (got {value})");
            return null;
        }
        return (int)value.Value;
    }
}
