using GiaLaiIct.Indicators.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using static GiaLaiIct.InformationTechnology.Indicators.ItIndicatorCodes;

namespace GiaLaiIct.InformationTechnology.Indicators;

/// <summary>
/// The IT indicators counted from this service's registries: rows in force at a period's end (services at the level
/// then in force, deployments, websites, procedures), or events inside it (services started, incidents handled,
/// domains granted, dossier and e-government figures of the periods recorded inside it).
/// </summary>
public sealed class ItIndicatorSource(InformationTechnologyDbContext db, UnitDirectory units) : IndicatorSource.IndicatorSourceBase
{
    private static readonly string[] Levels = ["1", "2", "3", "4"];
    private static readonly string[] UnitLevels = ["province", "district", "commune"];

    /// <summary>The indicator each e-government figure is counted as.</summary>
    private static readonly IReadOnlyDictionary<EGovernmentFigure, string> EGovernmentIndicators = EGovernmentFigures.All.Zip(
        (string[])[MailAccounts, MailCreated, MailRemoved, DocumentUsers, DocumentsExchanged, VideoMeetings, CertificatesOrganisation, CertificatesIndividual, TrainingClasses, TrainingAttendees])
        .ToDictionary(pair => pair.First, pair => pair.Second);

    private static readonly IReadOnlyList<CountedIndicator> Catalogue =
    [
        Indicator(ServicesLevel12, "online services offered at the period's end at level 1 or 2 (the level then in force)"),
        Indicator(ServicesLevel3, "online services offered at the period's end at level 3 (the level then in force)"),
        Indicator(ServicesLevel4, "online services offered at the period's end at level 4 (the level then in force)"),
        Indicator(ServicesAdded, "online services that started inside the period, by their level at the period's end", Levels),
        Indicator(AgenciesWithLevel34, "agencies offering at least one level 3 or 4 service at the period's end"),
        Indicator(Procedures, "administrative procedures (TTHC) in the remit of the registered agencies"),
        Indicator(OneStopCommunes, "communes whose one-stop system was deployed by the period's end"),
        Indicator(OneStopUnits, "one-stop desks deployed by the period's end, by the level of their unit", UnitLevels),
        Indicator(DossiersReceived, "dossiers received, summed over the recorded periods inside the period"),
        Indicator(DossiersOnline, "dossiers received online, summed over the recorded periods inside the period"),
        Indicator(DossiersDirect, "dossiers received at the desk, summed over the recorded periods inside the period"),
        Indicator(DossiersResolved, "dossiers resolved, summed over the recorded periods inside the period"),
        Indicator(DossiersOnTime, "dossiers resolved on time, summed over the recorded periods inside the period"),
        Indicator(DossiersLate, "dossiers resolved late, summed over the recorded periods inside the period"),
        Indicator(DossiersPending, "dossiers pending at the end of each unit's last recorded period inside the period"),
        Indicator(Apologies, "apologies sent for late dossiers, summed over the recorded periods inside the period"),
        .. EGovernmentIndicators.Select(pair => Indicator(pair.Value, pair.Key.Kind == EGovernmentFigureKind.AtPeriodEnd
            ? $"{pair.Key.Describes} at the end of each unit's last recorded period inside the period"
            : $"{pair.Key.Describes}, summed over the recorded periods inside the period")),
        Indicator(Incidents, "incidents handled inside the period, by type", Enum.GetValues<IncidentType>().Select(WireNames.ToWire)),
        Indicator(Websites, "websites running at the period's end, by owner kind", Enum.GetValues<WebsiteOwnerKind>().Select(WireNames.ToWire)),
        Indicator(GovernmentDomains, ".gov.vn domains registered inside the period"),
    ];

    public override Task<ListCountedIndicatorsResponse> ListCountedIndicators(ListCountedIndicatorsRequest request, ServerCallContext context) =>
        Task.FromResult(new ListCountedIndicatorsResponse { Indicators = { Catalogue } });

    /// <summary>Reporting caches what it computes from these counts under this stamp: it moves on with every change.</summary>
    public override async Task<InputsStamp> GetInputsStamp(GetInputsStampRequest request, ServerCallContext context) =>
        new() { Stamp = await db.ReadChangeStampAsync(context.CancellationToken) };

    public override async Task<ComputeIndicatorsResponse> ComputeIndicators(ComputeIndicatorsRequest request, ServerCallContext context)
    {
        var query = await IndicatorQuery.ResolveAsync(request, Catalogue, units, context.CancellationToken);
        var tally = new IndicatorTally(query);
        var cancellationToken = context.CancellationToken;
        if (Any(query, ServicesLevel12, ServicesLevel3, ServicesLevel4, ServicesAdded, AgenciesWithLevel34))
        {
            await CountServicesAsync(query, tally, cancellationToken);
        }
        if (query.Wants(Procedures))
        {
            await CountProceduresAsync(query, tally, cancellationToken);
        }
        if (Any(query, OneStopCommunes, OneStopUnits))
        {
            await CountDeploymentsAsync(query, tally, cancellationToken);
        }
        if (Any(query, DossiersReceived, DossiersOnline, DossiersDirect, DossiersResolved, DossiersOnTime, DossiersLate, DossiersPending, Apologies))
        {
            await CountDossiersAsync(query, tally, cancellationToken);
        }
        if (EGovernmentIndicators.Values.Any(query.Wants))
        {
            await CountEGovernmentAsync(query, tally, cancellationToken);
        }
        if (query.Wants(Incidents))
        {
            await CountIncidentsAsync(query, tally, cancellationToken);
        }
        if (Any(query, Websites, GovernmentDomains))
        {
            await CountWebsitesAsync(query, tally, cancellationToken);
        }
        return tally.ToResponse();
    }

    private async Task CountServicesAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var (start, end) = (query.Period.Start, query.Period.End);
        // The level in force at the end is the last history entry by then (the stored level for a service without
        // history); the database counts, so a province's ten thousand services never travel.
        var groups = await db.OnlineServices.AsNoTracking()
            .Where(s => s.ProvinceCode == query.Province && s.EffectiveFrom <= end && (s.EffectiveTo == null || s.EffectiveTo > end))
            .Select(s => new
            {
                s.UnitCode,
                s.AgencyCode,
                Added = s.EffectiveFrom >= start,
                Level = db.OnlineServiceLevelChanges
                    .Where(c => c.ProvinceCode == s.ProvinceCode && c.ServiceCode == s.Code && c.EffectiveOn <= end)
                    .OrderByDescending(c => c.Sequence)
                    .Select(c => (int?)c.Level)
                    .FirstOrDefault() ?? s.Level,
            })
            .GroupBy(s => new { s.UnitCode, s.AgencyCode, s.Added, s.Level })
            .Select(g => new { g.Key.UnitCode, g.Key.AgencyCode, g.Key.Added, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var agencies = new HashSet<(string Unit, string Agency)>();
        foreach (var group in groups)
        {
            tally.Add(group.Level <= 2 ? ServicesLevel12 : group.Level == 3 ? ServicesLevel3 : ServicesLevel4, string.Empty, group.UnitCode, group.Count);
            if (group.Added)
            {
                tally.Add(ServicesAdded, Levels[group.Level - 1], group.UnitCode, group.Count);
            }
            if (group.Level >= 3 && agencies.Add((group.UnitCode, group.AgencyCode)))
            {
                tally.Add(AgenciesWithLevel34, string.Empty, group.UnitCode, 1);
            }
        }
        var hasServices = await db.OnlineServices.AnyAsync(s => s.ProvinceCode == query.Province, cancellationToken);
        foreach (var code in (string[])[ServicesLevel12, ServicesLevel3, ServicesLevel4, ServicesAdded, AgenciesWithLevel34])
        {
            tally.HasData(code, hasServices);
        }
    }

    private async Task CountProceduresAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var byUnit = await db.Agencies.AsNoTracking().Where(a => a.ProvinceCode == query.Province)
            .GroupBy(a => a.UnitCode).Select(g => new { Unit = g.Key, Procedures = g.Sum(a => a.Procedures) })
            .ToListAsync(cancellationToken);
        foreach (var unit in byUnit)
        {
            tally.Add(Procedures, string.Empty, unit.Unit, unit.Procedures);
        }
        tally.HasData(Procedures, byUnit.Count > 0);
    }

    private async Task CountDeploymentsAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var end = query.Period.End;
        var deployments = await db.OneStopDeployments.AsNoTracking()
            .Where(d => d.ProvinceCode == query.Province && d.DeployedOn <= end)
            .Select(d => d.UnitCode)
            .ToListAsync(cancellationToken);
        foreach (var unitCode in deployments)
        {
            if (query.AllUnits.Find(unitCode) is { } unit && UnitLevels.Contains(unit.Level))
            {
                tally.Add(OneStopUnits, unit.Level, unitCode, 1);
            }
        }
        foreach (var commune in deployments.Distinct(StringComparer.Ordinal))
        {
            if (query.AllUnits.Find(commune) is { IsCommune: true })
            {
                tally.Add(OneStopCommunes, string.Empty, commune, 1);
            }
        }
        var hasDeployments = await db.OneStopDeployments.AnyAsync(d => d.ProvinceCode == query.Province, cancellationToken);
        tally.HasData(OneStopUnits, hasDeployments);
        tally.HasData(OneStopCommunes, hasDeployments);
    }

    private async Task CountDossiersAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var period = query.Period;
        var rows = await db.DossierCounts.AsNoTracking()
            .Where(c => c.ProvinceCode == query.Province && c.Year == period.Year && c.FirstMonth >= period.FirstMonth && c.LastMonth <= period.LastMonth)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            tally.Add(DossiersReceived, string.Empty, row.UnitCode, row.Received);
            tally.Add(DossiersResolved, string.Empty, row.UnitCode, row.Resolved);
            AddReported(tally, DossiersOnline, row.UnitCode, row.ReceivedOnline);
            AddReported(tally, DossiersDirect, row.UnitCode, row.ReceivedDirect);
            AddReported(tally, DossiersOnTime, row.UnitCode, row.ResolvedOnTime);
            AddReported(tally, DossiersLate, row.UnitCode, row.ResolvedLate);
            AddReported(tally, Apologies, row.UnitCode, row.Apologies);
        }
        // Pending is a stock: each unit's backlog at the end of its last recorded period inside the one asked.
        foreach (var last in rows.GroupBy(r => r.UnitCode).Select(g => g.MaxBy(r => r.LastMonth)!))
        {
            AddReported(tally, DossiersPending, last.UnitCode, last.Pending);
        }
        // A part no row reports is "no data", not zero; the totals exist once the province has any row.
        var ofProvince = db.DossierCounts.AsNoTracking().Where(c => c.ProvinceCode == query.Province);
        var any = await ofProvince.AnyAsync(cancellationToken);
        tally.HasData(DossiersReceived, any);
        tally.HasData(DossiersResolved, any);
        tally.HasData(DossiersOnline, any && await ofProvince.AnyAsync(c => c.ReceivedOnline != null, cancellationToken));
        tally.HasData(DossiersDirect, any && await ofProvince.AnyAsync(c => c.ReceivedDirect != null, cancellationToken));
        tally.HasData(DossiersOnTime, any && await ofProvince.AnyAsync(c => c.ResolvedOnTime != null, cancellationToken));
        tally.HasData(DossiersLate, any && await ofProvince.AnyAsync(c => c.ResolvedLate != null, cancellationToken));
        tally.HasData(DossiersPending, any && await ofProvince.AnyAsync(c => c.Pending != null, cancellationToken));
        tally.HasData(Apologies, any && await ofProvince.AnyAsync(c => c.Apologies != null, cancellationToken));
    }

    private async Task CountEGovernmentAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var period = query.Period;
        var rows = await db.EGovernmentRecords.AsNoTracking()
            .Where(r => r.ProvinceCode == query.Province && r.Year == period.Year && r.FirstMonth >= period.FirstMonth && r.LastMonth <= period.LastMonth)
            .ToListAsync(cancellationToken);
        var stored = await db.EGovernmentRecords.AsNoTracking().Where(r => r.ProvinceCode == query.Province).Select(r => r.Figures).ToListAsync(cancellationToken);
        foreach (var (figure, indicator) in EGovernmentIndicators)
        {
            var reporting = rows.Where(r => figure.Read(r.Figures) is not null);
            // A stock (accounts, users, certificates) is each unit's figure at the end of its last period inside
            // the one asked that reports it; a count of events adds up over the periods.
            if (figure.Kind == EGovernmentFigureKind.AtPeriodEnd)
            {
                reporting = reporting.GroupBy(r => r.UnitCode, StringComparer.Ordinal).Select(unit => unit.MaxBy(r => r.LastMonth)!);
            }
            foreach (var row in reporting)
            {
                tally.Add(indicator, string.Empty, row.UnitCode, figure.Read(row.Figures)!.Value);
            }
            // A figure no row of the province reports is "no data", not zero.
            tally.HasData(indicator, stored.Any(figures => figure.Read(figures) is not null));
        }
    }

    private async Task CountIncidentsAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var (from, until) = (IncidentTime.StartOf(query.Period.Start), IncidentTime.StartOf(query.Period.End.AddDays(1)));
        var groups = await db.Incidents.AsNoTracking()
            .Where(i => i.ProvinceCode == query.Province && i.HandledAt >= from && i.HandledAt < until)
            .GroupBy(i => new { i.UnitCode, i.Type })
            .Select(g => new { g.Key.UnitCode, g.Key.Type, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            tally.Add(Incidents, WireNames.ToWire(group.Type), group.UnitCode, group.Count);
        }
        tally.HasData(Incidents, await db.Incidents.AnyAsync(i => i.ProvinceCode == query.Province, cancellationToken));
    }

    private async Task CountWebsitesAsync(IndicatorQuery query, IndicatorTally tally, CancellationToken cancellationToken)
    {
        var (start, end) = (query.Period.Start, query.Period.End);
        var running = await db.Websites.AsNoTracking()
            .Where(w => w.ProvinceCode == query.Province && w.RegisteredOn <= end && (w.ClosedOn == null || w.ClosedOn > end))
            .GroupBy(w => new { w.UnitCode, w.OwnerKind })
            .Select(g => new { g.Key.UnitCode, g.Key.OwnerKind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var group in running)
        {
            tally.Add(Websites, WireNames.ToWire(group.OwnerKind), group.UnitCode, group.Count);
        }
        var granted = await db.Websites.AsNoTracking()
            .Where(w => w.ProvinceCode == query.Province && w.IsGovernmentDomain && w.RegisteredOn >= start && w.RegisteredOn <= end)
            .GroupBy(w => w.UnitCode)
            .Select(g => new { Unit = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var group in granted)
        {
            tally.Add(GovernmentDomains, string.Empty, group.Unit, group.Count);
        }
        var hasWebsites = await db.Websites.AnyAsync(w => w.ProvinceCode == query.Province, cancellationToken);
        tally.HasData(Websites, hasWebsites);
        tally.HasData(GovernmentDomains, hasWebsites);
    }

    private static void AddReported(IndicatorTally tally, string indicator, string unit, long? value)
    {
        if (value is { } reported)
        {
            tally.Add(indicator, string.Empty, unit, reported);
        }
    }

    private static bool Any(IndicatorQuery query, params string[] codes) => codes.Any(query.Wants);

    private static CountedIndicator Indicator(string code, string rule, IEnumerable<string>? categories = null) =>
        new() { Code = code, Rule = rule, Categories = { categories ?? [] } };
}
