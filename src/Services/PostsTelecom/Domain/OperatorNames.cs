using System.Text.RegularExpressions;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PostsTelecom.Domain;

/// <summary>
/// How people name the operators: by code, by the registered name, by the short name in its brackets
/// ("… (Viettel)"), or by the everyday name of a national enterprise ("Bưu điện" is VNPOST).
/// </summary>
public static partial class OperatorNames
{
    private static readonly Dictionary<string, string[]> EverydayNames = new(StringComparer.Ordinal)
    {
        ["VNPOST"] = ["Bưu điện", "Bưu điện Việt Nam", "Vietnam Post", "VN Post"],
        ["VNPT"] = ["VinaPhone", "Vina"],
        ["VIETTELPOST"] = ["Viettel Post", "Bưu chính Viettel"],
        ["GTEL"] = ["Gmobile", "Gtel Mobile"],
        ["FPT"] = ["FPT Telecom"],
    };

    /// <summary>The matcher of <paramref name="operators"/>: each answers its code.</summary>
    public static EnumeratedValues<string> Matcher(IEnumerable<TelecomOperator> operators)
    {
        var list = operators.OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        return new EnumeratedValues<string>(
            list.Select(o => (o.Code, o.Code)),
            list.SelectMany(o => NamesOf(o).Select(name => (name, o.Code))));
    }

    private static IEnumerable<string> NamesOf(TelecomOperator telecomOperator)
    {
        yield return telecomOperator.Name;
        foreach (Match bracket in Bracketed().Matches(telecomOperator.Name))
        {
            yield return bracket.Groups[1].Value;
        }
        foreach (var name in EverydayNames.GetValueOrDefault(telecomOperator.Code) ?? [])
        {
            yield return name;
        }
    }

    [GeneratedRegex(@"\(([^()]+)\)")]
    private static partial Regex Bracketed();
}
