using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PressPublishing.Import;

/// <summary>What every file of one import is checked against.</summary>
/// <param name="Today">The day a status change read from a file takes effect.</param>
/// <param name="ClientId">Who imports, for the permits' histories.</param>
internal sealed record PressImportScope(string Province, ProvinceUnits Units, DateOnly Today, string ClientId)
{
    /// <summary>The unit code of <paramref name="column"/>, when it is a unit of the province (and a commune, if asked).</summary>
    public string? Unit(DatasetRow row, string column, bool communeOnly = false, bool required = true)
    {
        var code = required ? row.Required(column, 5) : row.Optional(column);
        if (code is null)
        {
            return null;
        }
        var unit = Units.Find(code);
        if (unit is null)
        {
            row.Error(column, $"'{code}' is a unit neither of province {Province} nor of this dataset's units.csv");
            return null;
        }
        if (communeOnly && !unit.IsCommune)
        {
            row.Error(column, $"'{code}' is a {unit.Level}; a commune is needed here");
            return null;
        }
        return code;
    }

    /// <summary>A count or amount that may be zero but never negative.</summary>
    public static long? NotNegative(DatasetRow row, string column, bool required = true)
    {
        var value = row.WholeNumber(column, required);
        if (value < 0)
        {
            row.Error(column, $"must not be negative (got {value})");
            return null;
        }
        return value;
    }
}
