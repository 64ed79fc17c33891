using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Agency = GiaLaiIct.InformationTechnology.Domain.Agency;

namespace GiaLaiIct.InformationTechnology.Grpc;

public sealed class AgenciesService(InformationTechnologyDbContext db, UnitDirectory units) : Agencies.AgenciesBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Agency> CreateAgency(CreateAgencyRequest request, ServerCallContext context)
    {
        var values = await ValidateAsync(new AgencyFields(request.Province, request.Code, request.Name, request.Kind, request.Unit, request.Procedures), null, context.CancellationToken);
        var created = await db.CreateOnceAsync(a => a.ProvinceCode == values.ProvinceCode && a.Code == values.Code, values, $"Agency {values.Code} already exists in province {values.ProvinceCode} with other values.", context.CancellationToken);
        return created.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.Agency> UpdateAgency(UpdateAgencyRequest request, ServerCallContext context)
    {
        var values = await ValidateAsync(new AgencyFields(request.Province, request.Code, request.Name, request.Kind, request.Unit, request.Procedures), request.Version, context.CancellationToken);
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.ProvinceCode == values.ProvinceCode && a.Code == values.Code, context.CancellationToken)
            ?? throw NotFound(values.ProvinceCode, values.Code);
        agency.Take(values);
        await db.SaveAsOfVersionAsync(agency, request.Version, context.CancellationToken);
        return agency.ToMessage();
    }

    public override async Task<V1.Agency> GetAgency(GetAgencyRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("code", request.Code);
        violations.ThrowIfAny();
        var (province, code) = (request.Province.Trim(), request.Code.Trim());
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.ProvinceCode == province && a.Code == code, context.CancellationToken)
            ?? throw NotFound(province, code);
        return agency.ToMessage();
    }

    public override async Task<ListAgenciesResponse> ListAgencies(ListAgenciesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<AgencyKind>("kind", request.Kind);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Agencies.AsNoTracking().Where(a => a.ProvinceCode == province);
        if (unitCodes is not null)
        {
            query = query.Where(a => unitCodes.Contains(a.UnitCode));
        }
        if (kind is { } wanted)
        {
            query = query.Where(a => a.Kind == wanted);
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var code = request.Q.Trim();
            query = query.Where(a => a.NameFolded.Contains(words) || a.Code.Contains(code));
        }
        var (page, next) = await query.PageByKeyAsync(a => a.Code, request.PageToken, pageSize, context.CancellationToken);
        return new ListAgenciesResponse { Agencies = { page.Select(a => a.ToMessage()) }, NextPageToken = next };
    }

    private sealed record AgencyFields(string Province, string Code, string Name, string Kind, string Unit, int Procedures);

    /// <summary>Every field checked (InvalidArgument naming each bad one); the agency as it would be stored.</summary>
    private async Task<Agency> ValidateAsync(AgencyFields fields, long? version, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Required("province", fields.Province);
        violations.Required("code", fields.Code);
        violations.MaxLength("code", fields.Code.Trim(), 64);
        violations.Required("name", fields.Name);
        violations.MaxLength("name", fields.Name.Trim(), 200);
        var kind = violations.Enum<AgencyKind>("kind", fields.Kind);
        var unit = await units.RequireUnitAsync(violations, "unit", fields.Province, fields.Unit, communeOnly: false, cancellationToken);
        violations.NotNegative("procedures", fields.Procedures);
        if (version is { } read)
        {
            violations.VersionRead("version", read);
        }
        violations.ThrowIfAny();

        var name = VietnameseText.Normalize(fields.Name)!;
        return new Agency
        {
            ProvinceCode = fields.Province.Trim(),
            Code = fields.Code.Trim(),
            Name = name,
            NameFolded = VietnameseText.Fold(name),
            Kind = kind!.Value,
            UnitCode = unit!.Code,
            Procedures = fields.Procedures,
        };
    }

    private static RpcException NotFound(string province, string code) =>
        new(new Status(StatusCode.NotFound, $"Agency {code} does not exist in province {province}."));
}
