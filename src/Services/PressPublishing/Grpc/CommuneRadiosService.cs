using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class CommuneRadiosService(PressPublishingDbContext db, UnitDirectory units) : CommuneRadios.CommuneRadiosBase
{
    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<CommuneRadio> SetCommuneRadio(SetCommuneRadioRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var kind = violations.Enum<CommuneRadioKind>("kind", request.Kind);
        var status = violations.Enum<CommuneRadioStatus>("status", request.Status);
        var installedOn = violations.Date("installedOn", request.InstalledOn);
        violations.NotNegative("version", request.Version);
        var unit = await units.RequireUnitAsync(violations, "unit", request.Province, request.Unit, communeOnly: true, context.CancellationToken);
        violations.ThrowIfAny();
        Caller.From(context).EnsureMayWriteUnit(unit!.Code, unit.DistrictCode);

        var province = request.Province.Trim();
        var upsert = new VersionedUpsert<CommuneRadioStation>(db, $"The radio station of commune {unit.Code}");
        var stored = await upsert.SetAsync(
            ct => db.CommuneRadios.SingleOrDefaultAsync(r => r.ProvinceCode == province && r.UnitCode == unit.Code, ct),
            () => new CommuneRadioStation { ProvinceCode = province, UnitCode = unit.Code, Kind = kind!.Value, Status = status!.Value, InstalledOn = installedOn!.Value },
            r => r.Kind == kind && r.Status == status && r.InstalledOn == installedOn,
            r =>
            {
                r.Kind = kind!.Value;
                r.Status = status!.Value;
                r.InstalledOn = installedOn!.Value;
            },
            request.Version,
            context.CancellationToken);
        return stored.ToMessage();
    }

    public override async Task<CommuneRadio> GetCommuneRadio(GetCommuneRadioRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("unit", request.Unit);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var unit = request.Unit.Trim();
        var station = await db.CommuneRadios.AsNoTracking().SingleOrDefaultAsync(r => r.ProvinceCode == province && r.UnitCode == unit, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Commune {unit} of province {province} has no radio station recorded."));
        return station.ToMessage();
    }

    public override async Task<ListCommuneRadiosResponse> ListCommuneRadios(ListCommuneRadiosRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<CommuneRadioKind>("kind", request.Kind);
        var status = violations.OptionalEnum<CommuneRadioStatus>("status", request.Status);
        var unitCodes = await units.CodesForFilterAsync(violations, "within", request.Province, request.Within, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.CommuneRadios.AsNoTracking().Where(r => r.ProvinceCode == province);
        if (kind is { } wantedKind)
        {
            query = query.Where(r => r.Kind == wantedKind);
        }
        if (status is { } wantedStatus)
        {
            query = query.Where(r => r.Status == wantedStatus);
        }
        if (unitCodes is not null)
        {
            query = query.Where(r => unitCodes.Contains(r.UnitCode));
        }
        var (page, next) = await query.PageByKeyAsync(r => r.UnitCode, request.PageToken, pageSize, context.CancellationToken);
        return new ListCommuneRadiosResponse { Stations = { page.Select(r => r.ToMessage()) }, NextPageToken = next };
    }
}
