using GiaLaiIct.Reporting.Client;
using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DepositCheck = GiaLaiIct.PressPublishing.Domain.DepositCheck;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class DepositChecksService(PressPublishingDbContext db, UnitDirectory units) : DepositChecks.DepositChecksBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.DepositCheck> CreateDepositCheck(CreateDepositCheckRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = Validate(violations, request.Province, request.Id, request.CheckedOn, request.Title, request.Result, request.ViolationsFound);
        await units.RequireLoadedProvinceAsync(violations, request.Province, context.CancellationToken);
        violations.ThrowIfAny();

        var check = await db.CreateOnceAsync<DepositCheck>(
            c => c.ProvinceCode == values.Province && c.Id == values.Id,
            stored => values.SameAs(stored),
            () =>
            {
                var created = new DepositCheck
                {
                    ProvinceCode = values.Province, Id = values.Id, CheckedOn = values.CheckedOn, Title = values.Title,
                    TitleFolded = VietnameseText.Fold(values.Title), Result = values.Result, ViolationsFound = values.ViolationsFound,
                };
                return created;
            },
            stored => $"Deposit check {values.Id} already exists in province {values.Province} with other values.",
            context.CancellationToken);
        return check.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.DepositCheck> UpdateDepositCheck(UpdateDepositCheckRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = Validate(violations, request.Province, request.Id, request.CheckedOn, request.Title, request.Result, request.ViolationsFound);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var check = await db.DepositChecks.SingleOrDefaultAsync(c => c.ProvinceCode == values.Province && c.Id == values.Id, context.CancellationToken)
            ?? throw NotFound(values.Province, values.Id);
        check.CheckedOn = values.CheckedOn;
        check.Title = values.Title;
        check.TitleFolded = VietnameseText.Fold(values.Title);
        check.Result = values.Result;
        check.ViolationsFound = values.ViolationsFound;
        await db.SaveAsOfVersionAsync(check, request.Version, context.CancellationToken);
        return check.ToMessage();
    }

    public override async Task<V1.DepositCheck> GetDepositCheck(GetDepositCheckRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var id = request.Id.Trim();
        var check = await db.DepositChecks.AsNoTracking().SingleOrDefaultAsync(c => c.ProvinceCode == province && c.Id == id, context.CancellationToken)
            ?? throw NotFound(province, id);
        return check.ToMessage();
    }

    public override async Task<ListDepositChecksResponse> ListDepositChecks(ListDepositChecksRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var result = violations.OptionalEnum<DepositCheckResult>("result", request.Result);
        var from = violations.Date("checkedFrom", request.CheckedFrom, required: false);
        var to = violations.Date("checkedTo", request.CheckedTo, required: false);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.DepositChecks.AsNoTracking().Where(c => c.ProvinceCode == province);
        if (result is { } wanted)
        {
            query = query.Where(c => c.Result == wanted);
        }
        if (from is { } first)
        {
            query = query.Where(c => c.CheckedOn >= first);
        }
        if (to is { } last)
        {
            query = query.Where(c => c.CheckedOn <= last);
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            query = query.Where(c => c.TitleFolded.Contains(words));
        }
        var (page, next) = await query.PageByKeyAsync(c => c.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListDepositChecksResponse { Checks = { page.Select(c => c.ToMessage()) }, NextPageToken = next };
    }

    private sealed record Values(string Province, string Id, DateOnly CheckedOn, string Title, DepositCheckResult Result, int ViolationsFound)
    {
        public bool SameAs(DepositCheck stored) =>
            stored.CheckedOn == CheckedOn && stored.Title == Title && stored.Result == Result && stored.ViolationsFound == ViolationsFound;
    }

    private static Values Validate(FieldViolations violations, string province, string id, string checkedOn, string title, string result, int violationsFound)
    {
        violations.Required("province", province);
        violations.Required("id", id);
        violations.MaxLength("id", id.Trim(), 64);
        var date = violations.Date("checkedOn", checkedOn);
        violations.Required("title", title);
        var normalized = VietnameseText.Normalize(title) ?? string.Empty;
        violations.MaxLength("title", normalized, 500);
        var parsed = violations.Enum<DepositCheckResult>("result", result);
        violations.NotNegative("violationsFound", violationsFound);
        if (parsed == DepositCheckResult.Compliant && violationsFound > 0)
        {
            violations.Add("violationsFound", $"a compliant publication has no violations (got {violationsFound})");
        }
        return new Values(province.Trim(), id.Trim(), date.GetValueOrDefault(), normalized, parsed.GetValueOrDefault(), violationsFound);
    }

    private static RpcException NotFound(string province, string id) =>
        new(new Status(StatusCode.NotFound, $"Deposit check {id} does not exist in province {province}."));
}
