using GiaLaiIct.Indicators.V1;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Indicators;

/// <summary>The Press &amp; Publishing indicators, counted from this service's registries for any period and unit.</summary>
public sealed class PressIndicatorSource(PressPublishingDbContext db, UnitDirectory units) : IndicatorSource.IndicatorSourceBase
{
    private static readonly IReadOnlyList<CountedIndicator> Catalogue =
    [
        Indicator(PressIndicators.LocalAgencies, "local press agencies active at the period's end"),
        Indicator(PressIndicators.Offices, "representative offices and resident reporters active at the period's end, by kind",
            [WireNames.ToWire(PressOrganisationKind.RepresentativeOffice), WireNames.ToWire(PressOrganisationKind.ResidentReporter)]),
        Indicator(PressIndicators.Permits, "permits issued inside the period, whatever became of them since, by permit type", Enum.GetValues<PermitType>().Select(WireNames.ToWire)),
        Indicator(PressIndicators.DepositChecks, "legal-deposit checks made inside the period, by result", Enum.GetValues<DepositCheckResult>().Select(WireNames.ToWire)),
        Indicator(PressIndicators.CommuneRadio, "communes whose wireless radio station was installed by the period's end and is working"),
        Indicator(PressIndicators.BroadcastHours, "hours broadcast by the stations in the period (their totals), by medium", Media),
        Indicator(PressIndicators.BroadcastPlanHours, "planned hours of the stations' totals that have a plan, by medium", Media),
        Indicator(PressIndicators.RadioLanguageHours, "radio hours in ethnic languages (parts of the stations' totals), by language", Languages),
        Indicator(PressIndicators.TvLanguageHours, "TV hours in ethnic languages (parts of the stations' totals), by language", Languages),
        Indicator(PressIndicators.PrintPages, "pages printed by the facilities in the period"),
        Indicator(PressIndicators.PrintPlanPages, "planned pages of the facilities that have a plan"),
        Indicator(PressIndicators.PrintRevenue, "revenue of the facilities in the period (VND)"),
        Indicator(PressIndicators.PrintPlanRevenue, "planned revenue of the facilities that have a plan (VND)"),
        Indicator(PressIndicators.Directives, "propaganda directives issued inside the period, by topic", Topics),
        Indicator(PressIndicators.Materials, "communication materials and panels made inside the period, by topic", Topics),
        Indicator(PressIndicators.Classes, "communication classes held inside the period, by topic", Topics),
        Indicator(PressIndicators.Trainees, "trainees of the classes held inside the period, by topic", Topics),
    ];

    private static IEnumerable<string> Media => Enum.GetValues<BroadcastMedium>().Select(WireNames.ToWire);

    private static IEnumerable<string> Languages => Enum.GetValues<BroadcastLanguage>().Select(WireNames.ToWire);

    private static IEnumerable<string> Topics => Enum.GetValues<CommunicationTopic>().Select(WireNames.ToWire);

    public override Task<ListCountedIndicatorsResponse> ListCountedIndicators(ListCountedIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListCountedIndicatorsResponse { Indicators = { Catalogue } });

    /// <summary>Reporting caches what it computes from these counts under this stamp: it moves on with every change.</summary>
    public override async Task<InputsStamp> GetInputsStamp(GetInputsStampRequest request, ServerCallContext context) =>
        new() { Stamp = await db.ReadChangeStampAsync(context.CancellationToken) };

    public override async Task<ComputeIndicatorsResponse> ComputeIndicators(ComputeIndicatorsRequest request, ServerCallContext context)
    {
        var query = await IndicatorQuery.ResolveAsync(request, Catalogue, units, context.CancellationToken);
        var tally = new IndicatorTally(query);
        var counter = new PressCounts(db, query, tally);
        var cancellationToken = context.CancellationToken;
        if (query.Wants(PressIndicators.LocalAgencies) || query.Wants(PressIndicators.Offices))
        {
            await counter.OrganisationsAsync(cancellationToken);
        }
        if (query.Wants(PressIndicators.Permits))
        {
            await counter.PermitsAsync(cancellationToken);
        }
        if (query.Wants(PressIndicators.DepositChecks))
        {
            await counter.DepositChecksAsync(cancellationToken);
        }
        if (query.Wants(PressIndicators.CommuneRadio))
        {
            await counter.CommuneRadioAsync(cancellationToken);
        }
        if (PressIndicators.OfBroadcasts.Any(query.Wants))
        {
            await counter.BroadcastsAsync(cancellationToken);
        }
        if (PressIndicators.OfPrinting.Any(query.Wants))
        {
            await counter.PrintingAsync(cancellationToken);
        }
        if (PressIndicators.OfCommunicationWork.Any(query.Wants))
        {
            await counter.CommunicationWorkAsync(cancellationToken);
        }
        return tally.ToResponse();
    }

    private static CountedIndicator Indicator(string code, string rule, IEnumerable<string>? categories = null) =>
        new() { Code = code, Rule = rule, Categories = { categories ?? [] } };
}
