using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.InformationTechnology.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DossierCount = GiaLaiIct.InformationTechnology.Domain.DossierCount;

namespace GiaLaiIct.InformationTechnology.Grpc;

public sealed class OneStopService(InformationTechnologyDbContext db, UnitDirectory units) : OneStop.OneStopBase
{
    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<Deployment> CreateDeployment(CreateDeploymentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var (unit, agency) = await DeploymentKeyAsync(violations, request.Province, request.Unit, request.Agency, context.CancellationToken);
        var deployedOn = violations.Date("deployedOn", request.DeployedOn);
        violations.ThrowIfAny();
        Caller.From(context).EnsureMayWriteUnit(unit!.Code, unit.DistrictCode);

        var province = request.Province.Trim();
        var deployment = await db.CreateOnceAsync<OneStopDeployment>(
            d => d.ProvinceCode == province && d.UnitCode == unit.Code && d.AgencyCode == agency,
            stored => stored.DeployedOn == deployedOn,
            () => new OneStopDeployment { ProvinceCode = province, UnitCode = unit.Code, AgencyCode = agency, DeployedOn = deployedOn!.Value },
            _ => $"The one-stop deployment at {Describe(unit.Code, agency)} already exists with another date.",
            context.CancellationToken);
        return deployment.ToMessage();
    }

    [Authorize(Policy = AccessPolicies.WriteOrDistrict)]
    public override async Task<Deployment> UpdateDeployment(UpdateDeploymentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var (unit, agency) = await DeploymentKeyAsync(violations, request.Province, request.Unit, request.Agency, context.CancellationToken);
        var deployedOn = violations.Date("deployedOn", request.DeployedOn);
        violations.VersionRead("version", request.Version);
        violations.ThrowIfAny();
        Caller.From(context).EnsureMayWriteUnit(unit!.Code, unit.DistrictCode);

        var province = request.Province.Trim();
        var deployment = await db.OneStopDeployments
            .SingleOrDefaultAsync(d => d.ProvinceCode == province && d.UnitCode == unit.Code && d.AgencyCode == agency, context.CancellationToken)
            ?? throw DeploymentNotFound(unit.Code, agency);
        deployment.DeployedOn = deployedOn!.Value;
        await db.SaveAsOfVersionAsync(deployment, request.Version, context.CancellationToken);
        return deployment.ToMessage();
    }

    public override async Task<Deployment> GetDeployment(GetDeploymentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("unit", request.Unit);
        violations.ThrowIfAny();
        var (province, unit, agency) = (request.Province.Trim(), request.Unit.Trim(), request.Agency.Trim());
        var deployment = await db.OneStopDeployments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.ProvinceCode == province && d.UnitCode == unit && d.AgencyCode == agency, context.CancellationToken)
            ?? throw DeploymentNotFound(unit, agency);
        return deployment.ToMessage();
    }

    public override async Task<ListDeploymentsResponse> ListDeployments(ListDeploymentsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var deployedBy = violations.Date("deployedBy", request.DeployedBy, required: false);
        if (request.Level.Length > 0 && request.Level is not ("province" or "district" or "commune"))
        {
            violations.Add("level", $"'{request.Level}' is not one of: province, district, commune");
        }
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        var after = PageToken.Read<DeploymentKey>(violations, "pageToken", request.PageToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.OneStopDeployments.AsNoTracking().Where(d => d.ProvinceCode == province);
        if (unitCodes is not null)
        {
            query = query.Where(d => unitCodes.Contains(d.UnitCode));
        }
        if (request.Level.Length > 0)
        {
            var all = await units.ListProvinceAsync(province, context.CancellationToken);
            var atLevel = all?.All.Where(u => u.Level == request.Level).Select(u => u.Code).ToList() ?? [];
            query = query.Where(d => atLevel.Contains(d.UnitCode));
        }
        if (deployedBy is { } day)
        {
            query = query.Where(d => d.DeployedOn <= day);
        }
        if (after is not null)
        {
            query = query.Where(d => d.UnitCode.CompareTo(after.Unit) > 0 || (d.UnitCode == after.Unit && d.AgencyCode.CompareTo(after.Agency) > 0));
        }
        var (page, next) = await query.OrderBy(d => d.UnitCode).ThenBy(d => d.AgencyCode)
            .TakePageAsync(pageSize, d => new DeploymentKey(d.UnitCode, d.AgencyCode), context.CancellationToken);
        return new ListDeploymentsResponse { Deployments = { page.Select(d => d.ToMessage()) }, NextPageToken = next };
    }

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.DossierCount> RecordDossierCount(RecordDossierCountRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var unit = await units.RequireUnitAsync(violations, "unit", request.Province, request.Unit, communeOnly: false, context.CancellationToken);
        var period = violations.Period("period", request.Period);
        var figures = new DossierFigures(
            request.Received, request.HasReceivedOnline ? request.ReceivedOnline : null, request.HasReceivedDirect ? request.ReceivedDirect : null, request.Resolved,
            request.HasResolvedOnTime ? request.ResolvedOnTime : null, request.HasResolvedLate ? request.ResolvedLate : null,
            request.HasPending ? request.Pending : null, request.HasApologies ? request.Apologies : null);
        foreach (var (field, message) in figures.Problems())
        {
            violations.Add(field, message);
        }
        violations.NotNegative("version", request.Version);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var sameYear = await db.DossierCounts.AsNoTracking()
            .Where(c => c.ProvinceCode == province && c.UnitCode == unit!.Code && c.Year == period!.Year)
            .ToListAsync(context.CancellationToken);
        RecordedPeriodRules.ThrowIfOverlapping(sameYear, unit!.Code, period!);
        var upsert = new VersionedUpsert<DossierCount>(db, $"The dossier count of unit {unit.Code} for {period!.Code}");
        var stored = await upsert.SetAsync(
            ct => db.DossierCounts.SingleOrDefaultAsync(c => c.ProvinceCode == province && c.UnitCode == unit.Code && c.Period == period.Code, ct),
            () =>
            {
                var count = new DossierCount
                {
                    ProvinceCode = province, UnitCode = unit.Code, Period = period.Code, Year = period.Year, FirstMonth = period.FirstMonth, LastMonth = period.LastMonth,
                    Received = figures.Received, Resolved = figures.Resolved,
                };
                count.Set(figures);
                return count;
            },
            count => count.Holds(figures),
            count => count.Set(figures),
            request.Version,
            context.CancellationToken);
        return stored.ToMessage();
    }

    public override async Task<ListDossierCountsResponse> ListDossierCounts(ListDossierCountsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var period = string.IsNullOrWhiteSpace(request.Period) ? null : violations.Period("period", request.Period);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.DossierCounts.AsNoTracking().Where(c => c.ProvinceCode == province);
        if (unitCodes is not null)
        {
            query = query.Where(c => unitCodes.Contains(c.UnitCode));
        }
        if (period is not null)
        {
            query = query.Where(c => c.Year == period.Year && c.FirstMonth >= period.FirstMonth && c.LastMonth <= period.LastMonth);
        }
        var counts = await query.OrderBy(c => c.Year).ThenBy(c => c.FirstMonth).ThenBy(c => c.UnitCode).ToListAsync(context.CancellationToken);
        return new ListDossierCountsResponse
        {
            Counts = { counts.Select(c => c.ToMessage()) },
            TotalReceived = counts.Sum(c => c.Received),
            TotalResolved = counts.Sum(c => c.Resolved),
        };
    }

    private sealed record DeploymentKey(string Unit, string Agency);

    /// <summary>The unit (province, district or commune) and agency of a deployment; a named agency must be registered.</summary>
    private async Task<(UnitReference? Unit, string Agency)> DeploymentKeyAsync(
        FieldViolations violations, string province, string unitCode, string agencyCode, CancellationToken cancellationToken)
    {
        violations.Required("province", province);
        var unit = await units.RequireUnitAsync(violations, "unit", province, unitCode, communeOnly: false, cancellationToken);
        var agency = agencyCode.Trim();
        violations.MaxLength("agency", agency, 64);
        if (agency.Length > 0 && province.Length > 0
            && !await db.Agencies.AnyAsync(a => a.ProvinceCode == province.Trim() && a.Code == agency, cancellationToken))
        {
            violations.Add("agency", $"'{agency}' is not a registered agency of province {province} (see it-agencies)");
        }
        return (unit, agency);
    }

    private static string Describe(string unit, string agency) => agency.Length == 0 ? $"unit {unit}" : $"agency {agency} of unit {unit}";

    private static RpcException DeploymentNotFound(string unit, string agency) =>
        new(new Status(StatusCode.NotFound, $"No one-stop deployment at {Describe(unit, agency)}."));
}
