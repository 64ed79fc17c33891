using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Indicators;

/// <summary>
/// The Inspection indicators of INDICATORS.md and the ones this service adds, counted from its registries for any
/// period. Inspections count in their unit; decisions and referred cases in the unit of their inspection; letters,
/// which name no unit, for the province only.
/// </summary>
public sealed class InspectionIndicatorSource(InspectionDbContext db, UnitDirectory units) : IndicatorSource.IndicatorSourceBase
{
    public const string Count = "INSP.COUNT";
    public const string Subjects = "INSP.SUBJECTS";
    public const string Sanctions = "INSP.SANCTIONS";
    public const string Fines = "INSP.FINES";
    public const string Complied = "INSP.SANCTIONS.COMPLIED";
    public const string ComplianceOverdue = "INSP.SANCTIONS.OVERDUE";
    public const string Referrals = "INSP.REFERRALS";
    public const string ReferralFines = "INSP.REFERRALS.FINES";
    public const string Unsanctioned = "INSP.VIOLATIONS.UNSANCTIONED";
    public const string Received = "COMPLAINTS.RECEIVED";
    public const string Resolved = "COMPLAINTS.RESOLVED";
    public const string Overdue = "COMPLAINTS.OVERDUE";
    public const string NotAccepted = "COMPLAINTS.NOT_ACCEPTED";

    private static readonly string[] Leads = [.. Enum.GetValues<InspectionLead>().Select(WireNames.ToWire)];

    private static readonly IReadOnlyList<CountedIndicator> Catalogue =
    [
        Indicator(Count, "inspections and checks started inside the period, by lead body", Leads),
        Indicator(Subjects, "subjects of the inspections started inside the period, by lead body", Leads),
        Indicator(Sanctions, "sanction decisions dated inside the period"),
        Indicator(Fines, "fines (VND) of the sanction decisions dated inside the period"),
        Indicator(Complied, "sanction decisions dated inside the period and complied with by its end"),
        Indicator(ComplianceOverdue, "sanction decisions neither complied with nor enforced past their compliance date at the period's end"),
        Indicator(Referrals, "cases referred to the competent authority for a sanction inside the period"),
        Indicator(ReferralFines, "fines (VND) proposed by the cases referred inside the period"),
        Indicator(Unsanctioned, "violations dealt with by a reminder or correction only, found by the inspections started inside the period"),
        Indicator(Received, "letters (complaints, denunciations, petitions, feedback) received inside the period"),
        Indicator(Resolved, "letters resolved inside the period"),
        Indicator(Overdue, "letters open past their deadline at the period's end (accepted, neither resolved nor referred by then)"),
        Indicator(NotAccepted, "letters received inside the period and not accepted for handling"),
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
        var (start, end) = (query.Period.Start, query.Period.End);
        var province = query.Province;

        if (query.Wants(Count) || query.Wants(Subjects) || query.Wants(Unsanctioned))
        {
            var groups = await db.Inspections.AsNoTracking()
                .Where(i => i.ProvinceCode == province && i.StartedOn >= start && i.StartedOn <= end)
                .GroupBy(i => new { i.UnitCode, i.Lead })
                .Select(g => new { g.Key.UnitCode, g.Key.Lead, Count = g.Count(), Subjects = g.Sum(i => i.Subjects), Unsanctioned = g.Sum(i => i.ViolationsWithoutSanction) })
                .ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                tally.Add(Count, WireNames.ToWire(group.Lead), group.UnitCode, group.Count);
                tally.Add(Subjects, WireNames.ToWire(group.Lead), group.UnitCode, group.Subjects);
                tally.Add(Unsanctioned, string.Empty, group.UnitCode, group.Unsanctioned);
            }
            var any = await db.Inspections.AnyAsync(i => i.ProvinceCode == province, cancellationToken);
            tally.HasData(Count, any);
            tally.HasData(Subjects, any);
            tally.HasData(Unsanctioned, any);
        }
        if (query.Wants(Sanctions) || query.Wants(Fines))
        {
            var groups = await db.Sanctions.AsNoTracking()
                .Where(d => d.ProvinceCode == province && d.DecidedOn >= start && d.DecidedOn <= end)
                .Join(db.Inspections, d => new { d.ProvinceCode, Id = d.InspectionId }, i => new { i.ProvinceCode, i.Id }, (d, i) => new { i.UnitCode, d.FineVnd })
                .GroupBy(x => x.UnitCode)
                .Select(g => new { UnitCode = g.Key, Count = g.Count(), Fines = g.Sum(x => x.FineVnd) })
                .ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                tally.Add(Sanctions, string.Empty, group.UnitCode, group.Count);
                tally.Add(Fines, string.Empty, group.UnitCode, group.Fines);
            }
            // Decisions are recorded on inspections: once inspections exist, no decision is a real zero.
            var any = await db.Inspections.AnyAsync(i => i.ProvinceCode == province, cancellationToken);
            tally.HasData(Sanctions, any);
            tally.HasData(Fines, any);
        }
        if (query.Wants(Complied) || query.Wants(ComplianceOverdue))
        {
            var decisions = db.Sanctions.AsNoTracking().Where(d => d.ProvinceCode == province);
            var complied = decisions.Where(d => d.DecidedOn >= start && d.DecidedOn <= end
                && d.Status == SanctionStatus.Complied && d.SettledOn != null && d.SettledOn <= end);
            foreach (var (code, rows) in new[] { (Complied, complied), (ComplianceOverdue, decisions.Where(SanctionDecision.ComplianceOverdueOn(end))) })
            {
                var groups = await rows
                    .Join(db.Inspections, d => new { d.ProvinceCode, Id = d.InspectionId }, i => new { i.ProvinceCode, i.Id }, (d, i) => i.UnitCode)
                    .GroupBy(unit => unit)
                    .Select(g => new { UnitCode = g.Key, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                foreach (var group in groups)
                {
                    tally.Add(code, string.Empty, group.UnitCode, group.Count);
                }
            }
            var any = await db.Inspections.AnyAsync(i => i.ProvinceCode == province, cancellationToken);
            tally.HasData(Complied, any);
            tally.HasData(ComplianceOverdue, any);
        }
        if (query.Wants(Referrals) || query.Wants(ReferralFines))
        {
            var groups = await db.ReferredCases.AsNoTracking()
                .Where(r => r.ProvinceCode == province && r.ReferredOn >= start && r.ReferredOn <= end)
                .Join(db.Inspections, r => new { r.ProvinceCode, Id = r.InspectionId }, i => new { i.ProvinceCode, i.Id }, (r, i) => new { i.UnitCode, r.ProposedFineVnd })
                .GroupBy(x => x.UnitCode)
                .Select(g => new { UnitCode = g.Key, Count = g.Count(), Fines = g.Sum(x => x.ProposedFineVnd) })
                .ToListAsync(cancellationToken);
            foreach (var group in groups)
            {
                tally.Add(Referrals, string.Empty, group.UnitCode, group.Count);
                tally.Add(ReferralFines, string.Empty, group.UnitCode, group.Fines);
            }
            var any = await db.Inspections.AnyAsync(i => i.ProvinceCode == province, cancellationToken);
            tally.HasData(Referrals, any);
            tally.HasData(ReferralFines, any);
        }
        if (query.Wants(Received) || query.Wants(Resolved) || query.Wants(Overdue) || query.Wants(NotAccepted))
        {
            var letters = db.Complaints.AsNoTracking().Where(c => c.ProvinceCode == province);
            tally.Add(Received, string.Empty, province, await letters.CountAsync(c => c.ReceivedOn >= start && c.ReceivedOn <= end, cancellationToken));
            tally.Add(Resolved, string.Empty, province, await letters.CountAsync(
                c => c.Status == ComplaintStatus.Resolved && c.ResolvedOn >= start && c.ResolvedOn <= end, cancellationToken));
            tally.Add(Overdue, string.Empty, province, await letters.CountAsync(Complaint.OverdueOn(end), cancellationToken));
            tally.Add(NotAccepted, string.Empty, province, await letters.CountAsync(
                c => c.NotAcceptedReason != null && c.ReceivedOn >= start && c.ReceivedOn <= end, cancellationToken));
            var any = await letters.AnyAsync(cancellationToken);
            foreach (var code in new[] { Received, Resolved, Overdue, NotAccepted })
            {
                tally.HasData(code, any);
            }
        }
        return tally.ToResponse();
    }

    private static CountedIndicator Indicator(string code, string rule, IEnumerable<string>? categories = null) =>
        new() { Code = code, Rule = rule, Categories = { categories ?? [] } };
}
