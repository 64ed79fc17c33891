using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Station = GiaLaiIct.PostsTelecom.Domain.BtsStation;

namespace GiaLaiIct.PostsTelecom.Grpc;

public sealed class BtsStationsService(PostsTelecomDbContext db, UnitDirectory units) : BtsStations.BtsStationsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.BtsStation> CreateStation(CreateStationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new StationFields(
            request.Province, request.Id, request.Kind, request.Name, request.Operator, request.Unit, request.Technology, request.InServiceFrom, request.InServiceTo), context.CancellationToken);
        violations.ThrowIfAny();

        var station = await db.CreateOnceAsync<Station>(
            s => s.ProvinceCode == values.Province && s.Id == values.Id,
            stored => stored.Says(values),
            () => Station.Record(values),
            _ => $"Station {values.Id} already exists in province {values.Province} with other values.",
            context.CancellationToken);
        return station.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.BtsStation> UpdateStation(UpdateStationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var values = await ValidateAsync(violations, new StationFields(
            request.Province, request.Id, request.Kind, request.Name, request.Operator, request.Unit, request.Technology, request.InServiceFrom, request.InServiceTo), context.CancellationToken);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();

        var station = await db.Stations.SingleOrDefaultAsync(s => s.ProvinceCode == values.Province && s.Id == values.Id, context.CancellationToken)
            ?? throw NotFound(values.Province, values.Id);
        station.Take(values);
        await db.SaveAsOfVersionAsync(station, request.Version, context.CancellationToken);
        return station.ToMessage();
    }

    public override async Task<V1.BtsStation> GetStation(GetStationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("id", request.Id);
        violations.ThrowIfAny();
        var province = request.Province.Trim();
        var id = request.Id.Trim();
        var station = await db.Stations.AsNoTracking().SingleOrDefaultAsync(s => s.ProvinceCode == province && s.Id == id, context.CancellationToken)
            ?? throw NotFound(province, id);
        return station.ToMessage();
    }

    public override async Task<ListStationsResponse> ListStations(ListStationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var kind = violations.OptionalEnum<StationKind>("kind", request.Kind);
        var technology = violations.OptionalEnum<RadioTechnology>("technology", request.Technology);
        var inServiceOn = violations.Date("inServiceOn", request.InServiceOn, required: false);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        var operatorCode = await OperatorChecks.OptionalOperatorAsync(db, violations, "operator", request.Operator, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Stations.AsNoTracking().Where(s => s.ProvinceCode == province);
        if (unitCodes is not null)
        {
            query = query.Where(s => unitCodes.Contains(s.UnitCode));
        }
        if (operatorCode is not null)
        {
            query = query.Where(s => s.OperatorCode == operatorCode);
        }
        if (kind is { } wantedKind)
        {
            query = query.Where(s => s.Kind == wantedKind);
        }
        if (technology is { } wantedTechnology)
        {
            query = query.Where(s => s.Technology == wantedTechnology);
        }
        if (inServiceOn is { } day)
        {
            query = query.Where(s => s.InServiceFrom <= day && (s.InServiceTo == null || s.InServiceTo > day));
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            var idWords = request.Q.Trim();
            query = query.Where(s => s.NameFolded.Contains(words) || s.Id.Contains(idWords));
        }
        var (page, next) = await query.PageByKeyAsync(s => s.Id, request.PageToken, pageSize, context.CancellationToken);
        return new ListStationsResponse { Stations = { page.Select(s => s.ToMessage()) }, NextPageToken = next };
    }

    private sealed record StationFields(
        string Province, string Id, string Kind, string Name, string Operator, string Unit, string Technology, string InServiceFrom, string InServiceTo);

    /// <summary>Checks every field of a create or update; the values are meaningful only when no violation was added.</summary>
    private async Task<StationFacts> ValidateAsync(FieldViolations violations, StationFields fields, CancellationToken cancellationToken)
    {
        violations.Required("province", fields.Province);
        violations.Required("id", fields.Id);
        violations.MaxLength("id", fields.Id.Trim(), 64);
        violations.MaxLength("name", fields.Name.Trim(), 200);
        var kind = violations.Enum<StationKind>("kind", fields.Kind);
        var technology = violations.Enum<RadioTechnology>("technology", fields.Technology);
        var from = violations.Date("inServiceFrom", fields.InServiceFrom);
        var to = violations.Date("inServiceTo", fields.InServiceTo, required: false);
        if (Station.PeriodProblem(from, to, "inServiceFrom") is { } periodProblem)
        {
            violations.Add("inServiceTo", periodProblem);
        }
        await units.RequireUnitAsync(violations, "unit", fields.Province, fields.Unit, communeOnly: true, cancellationToken);
        var operatorCode = await OperatorChecks.RequireOperatorAsync(db, violations, "operator", fields.Operator, cancellationToken);

        var id = fields.Id.Trim();
        var name = string.IsNullOrWhiteSpace(fields.Name) ? id : VietnameseText.Normalize(fields.Name)!;
        return new StationFacts(
            fields.Province.Trim(), id, kind.GetValueOrDefault(), name, operatorCode ?? string.Empty, fields.Unit.Trim(),
            technology.GetValueOrDefault(), from.GetValueOrDefault(), to);
    }

    private static RpcException NotFound(string province, string id) =>
        new(new Status(StatusCode.NotFound, $"Station {id} does not exist in province {province}."));
}
