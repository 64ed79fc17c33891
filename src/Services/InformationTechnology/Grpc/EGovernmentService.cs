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
using EGovernmentFigures = GiaLaiIct.InformationTechnology.Domain.EGovernmentFigures;

namespace GiaLaiIct.InformationTechnology.Grpc;

public sealed class EGovernmentService(InformationTechnologyDbContext db, UnitDirectory units) : EGovernment.EGovernmentBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.EGovernmentFigures> RecordEGovernmentFigures(RecordEGovernmentFiguresRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var unit = await units.RequireUnitAsync(violations, "unit", request.Province, request.Unit, communeOnly: false, context.CancellationToken);
        var period = violations.Period("period", request.Period);
        var figures = new EGovernmentFigures(
            request.HasMailAccounts ? request.MailAccounts : null, request.HasMailCreated ? request.MailCreated : null,
            request.HasMailRemoved ? request.MailRemoved : null, request.HasDocumentUsers ? request.DocumentUsers : null,
            request.HasDocumentsExchanged ? request.DocumentsExchanged : null, request.HasVideoMeetings ? request.VideoMeetings : null,
            request.HasCertificatesOrganisation ? request.CertificatesOrganisation : null,
            request.HasCertificatesIndividual ? request.CertificatesIndividual : null,
            request.HasTrainingClasses ? request.TrainingClasses : null, request.HasTrainingAttendees ? request.TrainingAttendees : null);
        foreach (var (field, message) in figures.Problems())
        {
            violations.Add(field, message);
        }
        violations.NotNegative("version", request.Version);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var sameYear = await db.EGovernmentRecords.AsNoTracking()
            .Where(r => r.ProvinceCode == province && r.UnitCode == unit!.Code && r.Year == period!.Year)
            .ToListAsync(context.CancellationToken);
        RecordedPeriodRules.ThrowIfOverlapping(sameYear, unit!.Code, period!);
        var upsert = new VersionedUpsert<EGovernmentRecord>(db, $"The e-government figures of unit {unit.Code} for {period!.Code}");
        var stored = await upsert.SetAsync(
            ct => db.EGovernmentRecords.SingleOrDefaultAsync(r => r.ProvinceCode == province && r.UnitCode == unit.Code && r.Period == period.Code, ct),
            () => new EGovernmentRecord
            {
                ProvinceCode = province, UnitCode = unit.Code, Period = period.Code, Year = period.Year, FirstMonth = period.FirstMonth, LastMonth = period.LastMonth,
                Figures = figures,
            },
            record => record.Figures == figures,
            record => record.Figures = figures,
            request.Version,
            context.CancellationToken);
        return stored.ToMessage();
    }

    public override async Task<V1.EGovernmentFigures> GetEGovernmentFigures(GetEGovernmentFiguresRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("unit", request.Unit);
        var period = violations.Period("period", request.Period);
        violations.ThrowIfAny();
        var (province, unit) = (request.Province.Trim(), request.Unit.Trim());
        var record = await db.EGovernmentRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ProvinceCode == province && r.UnitCode == unit && r.Period == period!.Code, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No e-government figures of unit {unit} for {period!.Code}."));
        return record.ToMessage();
    }

    public override async Task<ListEGovernmentFiguresResponse> ListEGovernmentFigures(ListEGovernmentFiguresRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var period = string.IsNullOrWhiteSpace(request.Period) ? null : violations.Period("period", request.Period);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        var after = PageToken.Read<RecordKey>(violations, "pageToken", request.PageToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.EGovernmentRecords.AsNoTracking().Where(r => r.ProvinceCode == province);
        if (unitCodes is not null)
        {
            query = query.Where(r => unitCodes.Contains(r.UnitCode));
        }
        if (period is not null)
        {
            query = query.Where(r => r.Year == period.Year && r.FirstMonth >= period.FirstMonth && r.LastMonth <= period.LastMonth);
        }
        if (after is not null)
        {
            // A unit's periods never overlap, so year, first month and unit name one row.
            query = query.Where(r => r.Year > after.Year
                || (r.Year == after.Year && (r.FirstMonth > after.FirstMonth || (r.FirstMonth == after.FirstMonth && r.UnitCode.CompareTo(after.Unit) > 0))));
        }
        var (page, next) = await query.OrderBy(r => r.Year).ThenBy(r => r.FirstMonth).ThenBy(r => r.UnitCode)
            .TakePageAsync(pageSize, r => new RecordKey(r.Year, r.FirstMonth, r.UnitCode), context.CancellationToken);
        return new ListEGovernmentFiguresResponse { Figures = { page.Select(r => r.ToMessage()) }, NextPageToken = next };
    }

    private sealed record RecordKey(int Year, int FirstMonth, string Unit);
}
