using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.ServiceDefaults.Grpc;
using GiaLaiIct.ServiceDefaults.Indicators;
using GiaLaiIct.ServiceDefaults.Text;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>The indicator catalogue, indicator values for any unit and period, and validation of reported figures.</summary>
public sealed class IndicatorsService(IndicatorCatalogue catalogue, IndicatorEvaluatorFactory evaluators, ComputedValueCache cache) : V1.Indicators.IndicatorsBase
{
    public override Task<ListIndicatorsResponse> ListIndicators(ListIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListIndicatorsResponse
        {
            Indicators =
            {
                catalogue.All.Select(indicator => new IndicatorDescription
                {
                    Code = indicator.Code,
                    Name = indicator.Name,
                    MeasureUnit = indicator.MeasureUnit,
                    Kind = WireNames.ToWire(indicator.Kind),
                    Owner = indicator.Owner,
                    Rule = indicator.Rule,
                    Categories = { indicator.Categories ?? [] },
                }),
            },
        });

    public override async Task<IndicatorValue> GetIndicatorValue(GetIndicatorValueRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var indicator = violations.Required("indicator", request.Indicator) ? catalogue.Find(request.Indicator.Trim()) : null;
        if (indicator is null && !string.IsNullOrWhiteSpace(request.Indicator))
        {
            violations.Add("indicator", $"'{request.Indicator}' is not in the indicator catalogue (see /api/v1/indicators)");
        }
        var period = RequirePeriod(violations, request.Period);
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
            async cancellationToken =>
            {
                var evaluator = await evaluators.OpenAsync(province, cancellationToken);
                if (evaluator.Province.Unit(unit) is null)
                {
                    throw FieldViolations.ForField("unit", $"'{unit}' is not a unit of province {province}");
                }
                return ToMessage(await evaluator.ReadAsync(indicator, unit, period, category, cancellationToken));
            },
            context.CancellationToken);
    }

    public override async Task<ValidateResponse> Validate(ValidateRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var period = RequirePeriod(violations, request.Period);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        return await cache.GetOrComputeAsync(
            province,
            $"validation:{period!.Code}",
            async cancellationToken =>
            {
                var evaluator = await evaluators.OpenAsync(province, cancellationToken);
                var found = await new IndicatorValidator(evaluator).ValidateAsync(period, cancellationToken);
                return new ValidateResponse
                {
                    Violations =
                    {
                        found.Select(v => new Violation
                        {
                            Rule = v.Rule, Indicator = v.Indicator, Unit = v.Unit, Period = v.Period, Category = v.Category,
                            Left = (double)v.Left, Right = (double)v.Right, Message = v.Message,
                        }),
                    },
                };
            },
            context.CancellationToken);
    }

    internal static ReportingPeriod? RequirePeriod(FieldViolations violations, string text)
    {
        if (!violations.Required("period", text))
        {
            return null;
        }
        if (ReportingPeriod.TryParse(text, out var period))
        {
            return period;
        }
        violations.Add("period", $"'{text}' is not a period: {ReportingPeriod.Formats}");
        return null;
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
            message.Display = VietnameseNumber.Display(value.Value, indicator.DisplayDecimals(value.Value));
            message.Source = WireNames.ToWire(value.Source);
        }
        return message;
    }
}
