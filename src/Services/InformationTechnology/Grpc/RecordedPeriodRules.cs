using GiaLaiIct.Contracts.Indicators;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.InformationTechnology.Grpc;

internal static class RecordedPeriodRules
{
    /// <summary>Refuses, naming <c>period</c>, a period sharing a month with another one the unit has recorded.</summary>
    public static void ThrowIfOverlapping<T>(IEnumerable<T> unitRows, string unit, ReportingPeriod period) where T : class, IRecordedPeriod
    {
        if (unitRows.FirstOverlapping(period) is { } other)
        {
            throw FieldViolations.ForField("period", RecordedPeriods.OverlapMessage(period, other, unit));
        }
    }
}
