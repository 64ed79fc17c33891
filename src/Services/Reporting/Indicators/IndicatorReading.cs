using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Reporting.Indicators;

/// <summary>What the platform shows for an indicator at a unit and period: the value, its plan and its growth, all exact.</summary>
public sealed record IndicatorReading(
    IndicatorDefinition Indicator,
    string Unit,
    ReportingPeriod Period,
    string Category,
    ResolvedValue? Value,
    decimal? Target,
    decimal? PlanPercent,
    decimal? GrowthPercent);
