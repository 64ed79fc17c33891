using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Letter = GiaLaiIct.Inspection.Domain.Complaint;

namespace GiaLaiIct.Inspection.Grpc;

public sealed class ComplaintsService(InspectionDbContext db, UnitDirectory units, TimeProvider clock) : Complaints.ComplaintsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Complaint> CreateComplaint(CreateComplaintRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.MaxLength("id", request.Id.Trim(), 64);
        var kind = violations.Enum<ComplaintKind>("kind", request.Kind);
        var field = violations.Enum<InspectionField>("field", request.Field);
        var summary = SearchWords.Text(request.Summary);
        violations.MaxLength("summary", summary, 1000);
        var receivedOn = violations.Date("receivedOn", request.ReceivedOn);
        var deadlineOn = violations.Date("deadlineOn", request.DeadlineOn, required: false);
        if (receivedOn is { } received && deadlineOn is { } deadline && deadline < received)
        {
            violations.Add("deadlineOn", $"{deadline.ToWire()} is before receivedOn {received.ToWire()}");
        }
        var notAccepted = SearchWords.Text(request.NotAcceptedReason);
        violations.MaxLength("notAcceptedReason", notAccepted, 500);
        await units.RequireLoadedProvinceAsync(violations, request.Province, context.CancellationToken);
        violations.ThrowIfAny();

        var letter = new Letter
        {
            ProvinceCode = request.Province.Trim(),
            Id = request.Id.Trim(),
            Kind = kind!.Value,
            Field = field!.Value,
            Summary = summary,
            SummaryFolded = summary is null ? null : VietnameseText.Fold(summary),
            ReceivedOn = receivedOn!.Value,
            DeadlineOn = deadlineOn ?? StatutoryDeadlines.DeadlineFor(kind.Value, receivedOn.Value),
            Status = ComplaintStatus.Open,
            NotAcceptedReason = notAccepted,
        };
        var created = await db.CreateOnceAsync<Domain.Complaint>(
            c => c.ProvinceCode == letter.ProvinceCode && c.Id == letter.Id,
            stored => stored.Kind == letter.Kind && stored.Field == letter.Field && stored.Summary == letter.Summary
                && stored.ReceivedOn == letter.ReceivedOn && stored.DeadlineOn == letter.DeadlineOn && stored.NotAcceptedReason == letter.NotAcceptedReason,
            () => letter,
            _ => $"Letter {letter.Id} already exists in province {letter.ProvinceCode} with other values.",
            context.CancellationToken);
        return ToMessage(created, clock.Today());
    }

    public override async Task<V1.Complaint> GetComplaint(GetComplaintRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        var asOf = violations.Date("asOf", request.AsOf, required: false) ?? clock.Today();
        violations.ThrowIfAny();
        return ToMessage(await FindAsync(request.Province.Trim(), request.Id.Trim(), tracked: false, context.CancellationToken), asOf);
    }

    public override async Task<ListComplaintsResponse> ListComplaints(ListComplaintsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<ComplaintKind>("kind", request.Kind);
        var status = violations.OptionalEnum<ComplaintStatus>("status", request.Status);
        var asOf = violations.Date("asOf", request.AsOf, required: false) ?? clock.Today();
        var from = violations.Date("receivedFrom", request.ReceivedFrom, required: false);
        var to = violations.Date("receivedTo", request.ReceivedTo, required: false);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Complaints.AsNoTracking().Where(c => c.ProvinceCode == province);
        if (kind is { } wantedKind)
        {
            query = query.Where(c => c.Kind == wantedKind);
        }
        if (status is { } wantedStatus)
        {
            query = query.Where(c => c.Status == wantedStatus);
        }
        if (from is { } start)
        {
            query = query.Where(c => c.ReceivedOn >= start);
        }
        if (to is { } end)
        {
            query = query.Where(c => c.ReceivedOn <= end);
        }
        if (request.Overdue)
        {
            query = query.Where(Letter.OverdueOn(asOf));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var id = request.Q.Trim();
            query = query.Where(c => (c.SummaryFolded != null && c.SummaryFolded.Contains(words)) || c.Id.Contains(id));
        }
        var (page, next) = await query.PageByKeyAsync(c => c.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListComplaintsResponse { Complaints = { page.Select(c => ToMessage(c, asOf)) }, NextPageToken = next };
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Complaint> ExtendComplaintDeadline(ExtendComplaintDeadlineRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var to = violations.Date("extendedTo", request.ExtendedTo);
        var reason = SearchWords.Text(request.Reason);
        violations.Required("reason", reason);
        violations.MaxLength("reason", reason, 500);
        return await ChangeAsync(request.Province, request.Id, request.Version, violations, "extendedTo", letter => letter.Extend(to!.Value, reason!), context);
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Complaint> ResolveComplaint(ResolveComplaintRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var on = violations.Date("resolvedOn", request.ResolvedOn);
        return await ChangeAsync(request.Province, request.Id, request.Version, violations, "resolvedOn", letter => letter.Resolve(on!.Value), context);
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Complaint> ReferComplaint(ReferComplaintRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var to = SearchWords.Text(request.ReferredTo);
        violations.Required("referredTo", to);
        violations.MaxLength("referredTo", to, 300);
        var on = violations.Date("referredOn", request.ReferredOn);
        return await ChangeAsync(request.Province, request.Id, request.Version, violations, "referredOn", letter => letter.Refer(to!, on!.Value), context);
    }

    private async Task<V1.Complaint> ChangeAsync(
        string province, string id, long version, FieldViolations violations, string field, Func<Letter, string?> change, ServerCallContext context)
    {
        violations.Required("province", province);
        violations.Required("id", id);
        violations.VersionRead("version", version);
        violations.ThrowIfAny();
        var letter = await FindAsync(province.Trim(), id.Trim(), tracked: true, context.CancellationToken);
        if (change(letter) is { } problem)
        {
            throw FieldViolations.ForField(field, problem);
        }
        await db.SaveAsOfVersionAsync(letter, version, context.CancellationToken);
        return ToMessage(letter, clock.Today());
    }

    private async Task<Letter> FindAsync(string province, string id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Complaints : db.Complaints.AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.ProvinceCode == province && c.Id == id, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Letter {id} does not exist in province {province}."));
    }

    internal static V1.Complaint ToMessage(Letter letter, DateOnly asOf) => new()
    {
        Province = letter.ProvinceCode,
        Id = letter.Id,
        Kind = WireNames.ToWire(letter.Kind),
        Field = WireNames.ToWire(letter.Field),
        Summary = letter.Summary ?? string.Empty,
        ReceivedOn = letter.ReceivedOn.ToWire(),
        DeadlineOn = letter.DeadlineOn.ToWire(),
        ExtendedTo = letter.ExtendedTo?.ToWire() ?? string.Empty,
        ExtensionReason = letter.ExtensionReason ?? string.Empty,
        Status = WireNames.ToWire(letter.Status),
        ResolvedOn = letter.ResolvedOn?.ToWire() ?? string.Empty,
        ReferredTo = letter.ReferredTo ?? string.Empty,
        ReferredOn = letter.ReferredOn?.ToWire() ?? string.Empty,
        NotAcceptedReason = letter.NotAcceptedReason ?? string.Empty,
        Overdue = letter.IsOverdueOn(asOf),
        Version = letter.Version,
    };
}
