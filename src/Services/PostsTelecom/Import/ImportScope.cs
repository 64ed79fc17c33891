using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PostsTelecom.Import;

/// <summary>What every file of one import is checked against.</summary>
/// <param name="Today">The day a status change read from a file takes effect.</param>
/// <param name="ClientId">Who imports, for the histories.</param>
internal sealed record ImportScope(string Province, ProvinceUnits Units, EnumeratedValues<string> Operators, DateOnly Today, string ClientId)
{
    /// <summary>The unit code of <paramref name="column"/>, when it is a unit of the province (and a commune, if asked).</summary>
    public string? Unit(DatasetRow row, string column, bool communeOnly)
    {
        var code = row.Required(column, 5);
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

    /// <summary>The operator code of <paramref name="column"/>, written as its code or a common name.</summary>
    public string? Operator(DatasetRow row, string column, bool required)
    {
        var (code, found) = row.Match(column, Operators, required);
        return found ? code : null;
    }
}
