using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Google.Protobuf;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>One indicator value as the platform shows it, checked, computed (or read from cache) and rendered; shared by the gRPC method and its REST route.</summary>
public sealed class IndicatorValueQuery(IndicatorCatalogue catalogue, IndicatorEvaluatorFactory evaluators, ComputedValueCache cache)
{
    public async Task<IndicatorValue> GetAsync(GetIndicatorValueRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var indicator = violations.Required("indicator", request.Indicator) ? catalogue.Find(request.Indicator.Trim()) : null;
        if (indicator is null && !string.IsNullOrWhiteSpace(request.Indicator))
        {
            violations.Add("indicator", IndicatorCatalogue.NotInCatalogue(request.Indicator));
        }
        var period = violations.Period("period", request.Period);
        var category = request.Category.Trim();
        if (indicator?.Categories is { } categories && category.Length > 0 && !categories.Contains(category))
        {
            violations.Add("category", $"'{category}' is not a category of {indicator.Code} ({string.Join(", ", categories)})");
        }
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var unit = request.Unit.Trim() is { Length: > 0 } given ? given : province;
        return await cache.GetOrComputeAsync(
            province,
            $"value:{indicator!.Code}:{unit}:{period!.Code}:{category}",
            async token =>
            {
                var evaluator = await evaluators.OpenAsync(province, token);
                if (evaluator.Province.Unit(unit) is null)
                {
                    throw FieldViolations.ForField("unit", $"'{unit}' is not a unit of province {province}");
                }
                return ToMessage(await evaluator.ReadAsync(indicator, unit, period, category, token));
            },
            value => value.ToByteArray(),
            IndicatorValue.Parser.ParseFrom,
            cancellationToken);
    }

    private static IndicatorValue ToMessage(IndicatorReading reading)
    {
        var indicator = reading.Indicator;
        var message = new IndicatorValue
        {
            Indicator = indicator.Code,
            Name = indicator.Name,
            MeasureUnit = indicator.MeasureUnit,
            Unit = reading.Unit,
            Period = reading.Period.Code,
            Category = reading.Category.Length > 0 ? reading.Category : null,
            Target = (double?)reading.Target,
            PlanPercent = (double?)reading.PlanPercent,
            GrowthPercent = (double?)reading.GrowthPercent,
        };
        if (reading.Value is { } value)
        {
            message.Value = (double)value.Value;
            message.Display = indicator.Display(value.Value);
            message.Source = WireNames.ToWire(value.Source);
        }
        return message;
    }
}
