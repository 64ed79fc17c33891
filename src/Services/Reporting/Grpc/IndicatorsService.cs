using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Google.Protobuf;
using Grpc.Core;

namespace GiaLaiIct.Reporting.Grpc;

/// <summary>The indicator catalogue, indicator values for any unit and period, and validation of reported figures.</summary>
public sealed class IndicatorsService(IndicatorCatalogue catalogue, IndicatorValueQuery values, IndicatorEvaluatorFactory evaluators, ComputedValueCache cache) : V1.Indicators.IndicatorsBase
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

    public override Task<IndicatorValue> GetIndicatorValue(GetIndicatorValueRequest request, ServerCallContext context) =>
        values.GetAsync(request, context.CancellationToken);

    public override async Task<ValidateResponse> Validate(ValidateRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var period = violations.Period("period", request.Period);
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
            response => response.ToByteArray(),
            ValidateResponse.Parser.ParseFrom,
            context.CancellationToken);
    }
}
