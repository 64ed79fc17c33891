using GiaLaiIct.Indicators.V1;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Indicators;

/// <summary>The Posts &amp; Telecom indicators of INDICATORS.md, counted from this service's registries at a period's end.</summary>
public sealed class TelecomIndicatorSource(PostsTelecomDbContext db, UnitDirectory units) : IndicatorSource.IndicatorSourceBase
{
    public const string Bts = "TEL.BTS";
    public const string Bsc = "TEL.BSC";
    public const string Agents = "TEL.AGENTS";
    public const string PostalPoints = "POST.POINTS";
    public const string Bdvhx = "POST.BDVHX";
    public const string ActiveBdvhx = "POST.BDVHX.ACTIVE";
    /// <summary>Numerator of POST.XA_WITH_BDVHX.PCT, which Reporting derives with UNITS.XA.</summary>
    public const string XaWithBdvhx = "POST.XA_WITH_BDVHX";

    private static readonly IReadOnlyList<CountedIndicator> Catalogue =
    [
        Indicator(Bts, "base transceiver stations in service at the period's end, by technology", Enum.GetValues<RadioTechnology>().Select(WireNames.ToWire)),
        Indicator(Bsc, "base station controllers in service at the period's end"),
        Indicator(Agents, "internet agent and public game point certificates in force at the period's end (issued, not suspended, revoked or expired)",
            [WireNames.ToWire(LicenceType.InternetAgent), WireNames.ToWire(LicenceType.GamePoint)]),
        Indicator(PostalPoints, "postal service points opened by the period's end, any status, by kind", Enum.GetValues<PostalPointKind>().Select(WireNames.ToWire)),
        Indicator(Bdvhx, "commune cultural post offices (BĐVHX) opened by the period's end, any status"),
        Indicator(ActiveBdvhx, "BĐVHX whose status at the period's end is active"),
        Indicator(XaWithBdvhx, "distinct communes of type Xã holding at least one BĐVHX opened by the period's end"),
    ];

    public override Task<ListCountedIndicatorsResponse> ListCountedIndicators(ListCountedIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListCountedIndicatorsResponse { Indicators = { Catalogue } });

    public override async Task<InputsStamp> GetInputsStamp(GetInputsStampRequest request, ServerCallContext context) =>
        new() { Stamp = await db.ReadChangeStampAsync(context.CancellationToken) };

    public override async Task<ComputeIndicatorsResponse> ComputeIndicators(ComputeIndicatorsRequest request, ServerCallContext context)
    {
        var query = await IndicatorQuery.ResolveAsync(request, Catalogue, units, context.CancellationToken);
        var tally = new IndicatorTally(query);
        if (query.Wants(Bts) || query.Wants(Bsc))
        {
            await CountStationsAsync(query, tally, context.CancellationToken);
        }
        if (query.Wants(Agents))
        {
            await CountAgentsAsync(query, tally, context.CancellationToken);
        }
        if (query.Wants(PostalPoints) || query.Wants(Bdvhx) || query.Wants(ActiveBdvhx) || query.Wants(XaWithBdvhx))
        {
            await CountPostalPointsAsync(query, tally, context.CancellationToken);
        }
        return tally.ToResponse();
    }

    private async Task CountStationsAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var end = query.Period.End;
        var groups = await db.Stations.AsNoTracking()
            .Where(s => s.ProvinceCode == query.Province && s.InServiceFrom <= end && (s.InServiceTo == null || s.InServiceTo > end))
            .GroupBy(s => new { s.UnitCode, s.Kind, s.Technology })
            .Select(g => new { g.Key.UnitCode, g.Key.Kind, g.Key.Technology, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            if (group.Kind == StationKind.Bts)
            {
                tally.Add(Bts, WireNames.ToWire(group.Technology), group.UnitCode, group.Count);
            }
            else
            {
                tally.Add(Bsc, string.Empty, group.UnitCode, group.Count);
            }
        }
        // Stations and controllers share one registry: once it holds the province's rows, a missing kind is a real zero.
        var hasStations = await db.Stations.AnyAsync(s => s.ProvinceCode == query.Province, cancellationToken);
        tally.HasData(Bts, hasStations);
        tally.HasData(Bsc, hasStations);
    }

    private async Task CountAgentsAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var end = query.Period.End;
        LicenceType[] agentTypes = [LicenceType.InternetAgent, LicenceType.GamePoint];
        var candidates = await db.Licences.AsNoTracking()
            .Where(l => l.ProvinceCode == query.Province && agentTypes.Contains(l.Type) && l.IssuedOn <= end && (l.ExpiresOn == null || l.ExpiresOn >= end))
            .Select(l => new { l.Number, l.Type, l.UnitCode, l.Status })
            .ToListAsync(cancellationToken);
        var statusAtEnd = await StatusAtAsync(
            db.LicenceStatusChanges.Where(c => c.ProvinceCode == query.Province && c.EffectiveOn <= end),
            c => c.LicenceNumber, c => c.Status, c => c.Sequence, cancellationToken);
        foreach (var licence in candidates.Where(l => statusAtEnd.GetValueOrDefault(l.Number, l.Status) == LicenceStatus.Issued))
        {
            tally.Add(Agents, WireNames.ToWire(licence.Type), licence.UnitCode, 1);
        }
        tally.HasData(Agents, await db.Licences.AnyAsync(l => l.ProvinceCode == query.Province && agentTypes.Contains(l.Type), cancellationToken));
    }

    private async Task CountPostalPointsAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var end = query.Period.End;
        var points = await db.PostalPoints.AsNoTracking()
            .Where(p => p.ProvinceCode == query.Province && p.OpenedOn <= end)
            .Select(p => new { p.Id, p.Kind, p.UnitCode, p.Status })
            .ToListAsync(cancellationToken);
        var statusAtEnd = await StatusAtAsync(
            db.PostalPointStatusChanges.Where(c => c.ProvinceCode == query.Province && c.EffectiveOn <= end),
            c => c.PointId, c => c.Status, c => c.Sequence, cancellationToken);
        foreach (var point in points)
        {
            tally.Add(PostalPoints, WireNames.ToWire(point.Kind), point.UnitCode, 1);
            if (point.Kind != PostalPointKind.Bdvhx)
            {
                continue;
            }
            tally.Add(Bdvhx, string.Empty, point.UnitCode, 1);
            if (statusAtEnd.GetValueOrDefault(point.Id, point.Status) == PostalPointStatus.Active)
            {
                tally.Add(ActiveBdvhx, string.Empty, point.UnitCode, 1);
            }
        }
        foreach (var commune in points.Where(p => p.Kind == PostalPointKind.Bdvhx).Select(p => p.UnitCode).Distinct())
        {
            if (query.AllUnits.Find(commune) is { IsXa: true })
            {
                tally.Add(XaWithBdvhx, string.Empty, commune, 1);
            }
        }
        var hasPoints = await db.PostalPoints.AnyAsync(p => p.ProvinceCode == query.Province, cancellationToken);
        foreach (var code in (string[])[PostalPoints, Bdvhx, ActiveBdvhx, XaWithBdvhx])
        {
            tally.HasData(code, hasPoints);
        }
    }

    /// <summary>The status each row had at the period's end: the last of its history's entries effective by then.</summary>
    private static async Task<Dictionary<string, TStatus>> StatusAtAsync<TChange, TStatus>(
        IQueryable<TChange> changesUpToEnd, Func<TChange, string> key, Func<TChange, TStatus> status, Func<TChange, int> sequence,
        CancellationToken cancellationToken)
        where TChange : class
    {
        var changes = await changesUpToEnd.AsNoTracking().ToListAsync(cancellationToken);
        return changes.GroupBy(key).ToDictionary(g => g.Key, g => status(g.MaxBy(sequence)!), StringComparer.Ordinal);
    }

    private static CountedIndicator Indicator(string code, string rule, IEnumerable<string>? categories = null) =>
        new() { Code = code, Rule = rule, Categories = { categories ?? [] } };
}
