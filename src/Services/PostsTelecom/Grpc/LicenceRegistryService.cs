using GiaLaiIct.Licences.V1;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Grpc;

/// <summary>Posts &amp; Telecom's side of the shared licence contract: its internet agent, game point and frequency licences.</summary>
public sealed class LicenceRegistryService(PostsTelecomDbContext db, LicenceSanctions sanctions, TimeProvider clock)
    : LicenceRegistry.LicenceRegistryBase
{
    public override Task<ListLicenceTypesResponse> ListLicenceTypes(ListLicenceTypesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListLicenceTypesResponse { Types_ = { Enum.GetValues<LicenceType>().Select(WireNames.ToWire) } });

    public override async Task<LicenceSummary> FindLicence(FindLicenceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("number", request.Number);
        violations.MaxLength("number", request.Number.Trim(), 64);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var number = request.Number.Trim();
        var licence = await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.ProvinceCode == province && l.Number == number, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Posts & Telecom holds no licence {number} in province {province}."));
        return licence.ToSummary(clock.Today());
    }

    [Authorize(Policy = AccessPolicies.Sanction)]
    public override async Task<SanctionEffectOutcome> ApplySanctionEffect(ApplySanctionEffectRequest request, ServerCallContext context)
    {
        var applied = await sanctions.ApplyAsync(
            new SanctionFields(request.Province, request.DecisionNumber, request.LicenceNumber, request.Action, request.DecidedOn),
            Caller.From(context).ClientId,
            wanted => new RpcException(new Status(StatusCode.NotFound, $"Posts & Telecom holds no licence {wanted.LicenceNumber} in province {wanted.ProvinceCode}.")),
            context.CancellationToken);
        return applied.ToEffectOutcome();
    }
}
