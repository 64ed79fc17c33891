using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.Inspection.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Referral = GiaLaiIct.Inspection.Domain.ReferredCase;

namespace GiaLaiIct.Inspection.Grpc;

/// <summary>The cases referred to the authority competent to decide a sanction, kept apart from decisions.</summary>
public sealed partial class SanctionDecisionsService
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.ReferredCase> CreateReferredCase(CreateReferredCaseRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var province = request.Province.Trim();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.MaxLength("number", request.Number.Trim(), 64);
        var facts = await ReadReferralAsync(violations, province, request.InspectionId, request.Subject, request.Violation, request.ProposedFineVnd,
            request.ReferredTo, request.ReferredOn, context.CancellationToken);
        violations.ThrowIfAny();

        var number = request.Number.Trim();
        var created = await db.CreateOnceAsync<Referral>(
            r => r.ProvinceCode == province && r.Number == number,
            stored => stored.Says(facts!),
            () => Referral.Record(province, number, facts!),
            _ => $"Referred case {number} already exists in province {province} with other values.",
            context.CancellationToken);
        return created.ToMessage();
    }

    public override async Task<V1.ReferredCase> GetReferredCase(GetReferredCaseRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.ThrowIfAny();
        return (await FindReferralAsync(request.Province.Trim(), request.Number.Trim(), tracked: false, context.CancellationToken)).ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.ReferredCase> UpdateReferredCase(UpdateReferredCaseRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var province = request.Province.Trim();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        var facts = await ReadReferralAsync(violations, province, request.InspectionId, request.Subject, request.Violation, request.ProposedFineVnd,
            request.ReferredTo, request.ReferredOn, context.CancellationToken);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var referral = await FindReferralAsync(province, request.Number.Trim(), tracked: true, context.CancellationToken);
        referral.Take(facts!);
        await db.SaveAsOfVersionAsync(referral, request.Version, context.CancellationToken);
        return referral.ToMessage();
    }

    public override async Task<ListReferredCasesResponse> ListReferredCases(ListReferredCasesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var from = violations.Date("referredFrom", request.ReferredFrom, required: false);
        var to = violations.Date("referredToDate", request.ReferredToDate, required: false);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.ReferredCases.AsNoTracking().Where(r => r.ProvinceCode == province);
        if (SearchWords.Text(request.InspectionId) is { } inspection)
        {
            query = query.Where(r => r.InspectionId == inspection);
        }
        if (from is { } start)
        {
            query = query.Where(r => r.ReferredOn >= start);
        }
        if (to is { } end)
        {
            query = query.Where(r => r.ReferredOn <= end);
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            query = query.Where(r => r.SubjectFolded.Contains(words));
        }
        var (page, next) = await query.PageByKeyAsync(r => r.Number, request.PageToken, pageSize, context.CancellationToken);
        return new ListReferredCasesResponse { ReferredCases = { page.Select(r => r.ToMessage()) }, NextPageToken = next };
    }

    private async Task<ReferralFacts?> ReadReferralAsync(
        FieldViolations violations, string province, string inspectionId, string subject, string violation, long proposedFine,
        string referredTo, string referredOn, CancellationToken cancellationToken)
    {
        var fields = await ReadFieldsAsync(violations, province, inspectionId, subject, violation, proposedFine,
            null, null, referredOn, cancellationToken, fineField: "proposedFineVnd", dateField: "referredOn");
        var authority = SearchWords.Text(referredTo);
        violations.Required("referredTo", authority);
        violations.MaxLength("referredTo", authority, 300);
        return fields is null || authority is null || !violations.IsEmpty
            ? null
            : new ReferralFacts(fields.InspectionId, fields.Subject, fields.Violation, fields.FineVnd, authority, fields.DecidedOn);
    }

    private async Task<Referral> FindReferralAsync(string province, string number, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.ReferredCases : db.ReferredCases.AsNoTracking();
        return await query.SingleOrDefaultAsync(r => r.ProvinceCode == province && r.Number == number, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Referred case {number} does not exist in province {province}."));
    }
}
