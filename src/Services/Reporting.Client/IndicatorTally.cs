using GiaLaiIct.Indicators.V1;

namespace GiaLaiIct.Reporting.Client;

/// <summary>
/// Registry counts kept by the unit a row sits in (usually a commune), summed for whatever units were asked:
/// a district's value is the sum over its communes, the province's over everything.
/// </summary>
public sealed class IndicatorTally(IndicatorQuery query)
{
    private readonly Dictionary<(string Indicator, string Category, string Unit), long> _counts = [];
    private readonly HashSet<string> _withData = [];

    /// <summary>Adds rows of <paramref name="indicator"/> in <paramref name="unitCode"/>; <paramref name="category"/> is empty for indicators without categories.</summary>
    public void Add(string indicator, string category, string unitCode, long count)
    {
        var key = (indicator, category, unitCode);
        _counts[key] = _counts.GetValueOrDefault(key) + count;
    }

    /// <summary>Marks the registry behind <paramref name="indicator"/> as holding rows of the province (zero is then a real zero).</summary>
    public void HasData(string indicator, bool hasData)
    {
        if (hasData)
        {
            _withData.Add(indicator);
        }
    }

    /// <summary>For every asked indicator and unit: the total, then one value per category (zero included).</summary>
    public ComputeIndicatorsResponse ToResponse()
    {
        var response = new ComputeIndicatorsResponse();
        foreach (var indicator in query.Indicators)
        {
            foreach (var unit in query.Units)
            {
                var inUnit = _counts.Where(pair => pair.Key.Indicator == indicator.Code && query.AllUnits.Covers(unit, pair.Key.Unit)).ToList();
                response.Values.Add(Value(indicator.Code, unit.Code, string.Empty, inUnit.Sum(pair => pair.Value)));
                foreach (var category in indicator.Categories)
                {
                    response.Values.Add(Value(indicator.Code, unit.Code, category, inUnit.Where(pair => pair.Key.Category == category).Sum(pair => pair.Value)));
                }
            }
        }
        return response;
    }

    private IndicatorCount Value(string indicator, string unit, string category, long value) => new()
    {
        Indicator = indicator,
        Unit = unit,
        Period = query.Period.Code,
        Category = category,
        Value = value,
        HasData = _withData.Contains(indicator),
    };
}
