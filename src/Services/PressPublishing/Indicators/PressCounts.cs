using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Indicators;

/// <summary>One registry's rows of the asked province and period, tallied by the unit each row sits in.</summary>
internal sealed class PressCounts(PressPublishingDbContext db, IndicatorQuery query, IndicatorTally tally)
{
    private string Province => query.Province;

    public async Task OrganisationsAsync(CancellationToken cancellationToken)
    {
        var end = query.Period.End;
        var active = await db.Organisations.AsNoTracking()
            .Where(o => o.ProvinceCode == Province && (o.StartedOn == null || o.StartedOn <= end) && (o.EndedOn == null || o.EndedOn > end))
            .GroupBy(o => new { o.UnitCode, o.Kind })
            .Select(g => new { g.Key.UnitCode, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var group in active)
        {
            var unit = group.UnitCode ?? Province;
            if (group.Kind == PressOrganisationKind.LocalPressAgency)
            {
                tally.Add(PressIndicators.LocalAgencies, string.Empty, unit, group.Count);
            }
            else
            {
                tally.Add(PressIndicators.Offices, WireNames.ToWire(group.Kind), unit, group.Count);
            }
        }
        var hasData = await db.Organisations.AnyAsync(o => o.ProvinceCode == Province, cancellationToken);
        tally.HasData(PressIndicators.LocalAgencies, hasData);
        tally.HasData(PressIndicators.Offices, hasData);
    }

    public async Task PermitsAsync(CancellationToken cancellationToken)
    {
        var (start, end) = (query.Period.Start, query.Period.End);
        var issued = await db.Permits.AsNoTracking()
            .Where(p => p.ProvinceCode == Province && p.IssuedOn >= start && p.IssuedOn <= end)
            .GroupBy(p => new { p.UnitCode, p.Type })
            .Select(g => new { g.Key.UnitCode, g.Key.Type, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var group in issued)
        {
            tally.Add(PressIndicators.Permits, WireNames.ToWire(group.Type), group.UnitCode, group.Count);
        }
        tally.HasData(PressIndicators.Permits, await db.Permits.AnyAsync(p => p.ProvinceCode == Province, cancellationToken));
    }

    public async Task DepositChecksAsync(CancellationToken cancellationToken)
    {
        var (start, end) = (query.Period.Start, query.Period.End);
        var checks = await db.DepositChecks.AsNoTracking()
            .Where(c => c.ProvinceCode == Province && c.CheckedOn >= start && c.CheckedOn <= end)
            .GroupBy(c => c.Result)
            .Select(g => new { Result = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // A check is the department's own work: it counts for the province.
        foreach (var group in checks)
        {
            tally.Add(PressIndicators.DepositChecks, WireNames.ToWire(group.Result), Province, group.Count);
        }
        tally.HasData(PressIndicators.DepositChecks, await db.DepositChecks.AnyAsync(c => c.ProvinceCode == Province, cancellationToken));
    }

    public async Task CommuneRadioAsync(CancellationToken cancellationToken)
    {
        var end = query.Period.End;
        var stations = await db.CommuneRadios.AsNoTracking()
            .Where(r => r.ProvinceCode == Province && r.InstalledOn <= end)
            .ToListAsync(cancellationToken);
        foreach (var station in stations.Where(s => s.IsWorkingWirelessOn(end)))
        {
            tally.Add(PressIndicators.CommuneRadio, string.Empty, station.UnitCode, 1);
        }
        tally.HasData(PressIndicators.CommuneRadio, await db.CommuneRadios.AnyAsync(r => r.ProvinceCode == Province, cancellationToken));
    }

    public async Task BroadcastsAsync(CancellationToken cancellationToken)
    {
        var (start, end) = (query.Period.Start, query.Period.End);
        var rows = await db.Broadcasts.AsNoTracking()
            .Where(h => h.ProvinceCode == Province && h.PeriodStart >= start && h.PeriodEnd <= end)
            .ToListAsync(cancellationToken);
        foreach (var series in rows.GroupBy(h => (h.Station, h.Medium, h.LanguageKey)))
        {
            foreach (var row in PeriodRows.Covering(series, query.Period, h => h.PeriodStart, h => h.PeriodEnd))
            {
                var medium = WireNames.ToWire(row.Medium);
                if (row.Language is { } language)
                {
                    var code = row.Medium == BroadcastMedium.Radio ? PressIndicators.RadioLanguageHours : PressIndicators.TvLanguageHours;
                    tally.Add(code, WireNames.ToWire(language), row.UnitCode, row.Hours);
                    continue;
                }
                tally.Add(PressIndicators.BroadcastHours, medium, row.UnitCode, row.Hours);
                if (row.PlanHours is { } plan)
                {
                    tally.Add(PressIndicators.BroadcastPlanHours, medium, row.UnitCode, plan);
                }
            }
        }
        var hasData = await db.Broadcasts.AnyAsync(h => h.ProvinceCode == Province, cancellationToken);
        foreach (var code in PressIndicators.OfBroadcasts)
        {
            tally.HasData(code, hasData);
        }
    }

    public async Task PrintingAsync(CancellationToken cancellationToken)
    {
        var (start, end) = (query.Period.Start, query.Period.End);
        var rows = await db.PrintingOutputs.AsNoTracking()
            .Where(o => o.ProvinceCode == Province && o.PeriodStart >= start && o.PeriodEnd <= end)
            .ToListAsync(cancellationToken);
        foreach (var series in rows.GroupBy(o => o.Facility))
        {
            foreach (var row in PeriodRows.Covering(series, query.Period, o => o.PeriodStart, o => o.PeriodEnd))
            {
                tally.Add(PressIndicators.PrintPages, string.Empty, row.UnitCode, row.Pages);
                tally.Add(PressIndicators.PrintRevenue, string.Empty, row.UnitCode, row.RevenueVnd);
                if (row.PlanPages is { } planPages)
                {
                    tally.Add(PressIndicators.PrintPlanPages, string.Empty, row.UnitCode, planPages);
                }
                if (row.PlanRevenueVnd is { } planRevenue)
                {
                    tally.Add(PressIndicators.PrintPlanRevenue, string.Empty, row.UnitCode, planRevenue);
                }
            }
        }
        var hasData = await db.PrintingOutputs.AnyAsync(o => o.ProvinceCode == Province, cancellationToken);
        foreach (var code in PressIndicators.OfPrinting)
        {
            tally.HasData(code, hasData);
        }
    }

    public async Task CommunicationWorkAsync(CancellationToken cancellationToken)
    {
        var (start, end) = (query.Period.Start, query.Period.End);
        var groups = await db.CommunicationWork.AsNoTracking()
            .Where(w => w.ProvinceCode == Province && w.HeldOn >= start && w.HeldOn <= end)
            .GroupBy(w => new { w.UnitCode, w.Kind, w.Topic })
            .Select(g => new { g.Key.UnitCode, g.Key.Kind, g.Key.Topic, Quantity = g.Sum(w => w.Quantity), Trainees = g.Sum(w => w.Trainees) })
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            var topic = WireNames.ToWire(group.Topic);
            var code = group.Kind switch
            {
                CommunicationWorkKind.Directive => PressIndicators.Directives,
                CommunicationWorkKind.Material => PressIndicators.Materials,
                _ => PressIndicators.Classes,
            };
            tally.Add(code, topic, group.UnitCode, group.Quantity);
            if (group.Kind == CommunicationWorkKind.Class)
            {
                tally.Add(PressIndicators.Trainees, topic, group.UnitCode, group.Trainees);
            }
        }
        var hasData = await db.CommunicationWork.AnyAsync(w => w.ProvinceCode == Province, cancellationToken);
        foreach (var code in PressIndicators.OfCommunicationWork)
        {
            tally.HasData(code, hasData);
        }
    }
}
