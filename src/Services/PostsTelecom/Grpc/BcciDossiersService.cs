using System.Globalization;
using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.PostsTelecom.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Grpc;

public sealed class BcciDossiersService(PostsTelecomDbContext db, UnitDirectory units) : BcciDossiers.BcciDossiersBase
{
    private const string MonthFormat = "yyyy-MM";

    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<BcciCount> RecordBcciCount(RecordBcciCountRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var month = Month(violations, "month", request.Month, required: true);
        violations.NotNegative("dossiersReceived", request.DossiersReceived);
        violations.NotNegative("resultsReturned", request.ResultsReturned);
        violations.NotNegative("version", request.Version);
        await units.RequireUnitAsync(violations, "unit", request.Province, request.Unit, communeOnly: false, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var unit = request.Unit.Trim();
        var stored = await db.BcciDossierCounts.SingleOrDefaultAsync(
            c => c.ProvinceCode == province && c.UnitCode == unit && c.Month == month!.Value, context.CancellationToken);
        if (stored is null)
        {
            if (request.Version != 0)
            {
                throw new RpcException(new Status(StatusCode.NotFound, $"No BCCI count of unit {unit} for {request.Month} to update; send version 0 to record one."));
            }
            stored = new BcciDossierCount
            {
                ProvinceCode = province,
                UnitCode = unit,
                Month = month!.Value,
                DossiersReceived = request.DossiersReceived,
                ResultsReturned = request.ResultsReturned,
            };
            db.BcciDossierCounts.Add(stored);
            await db.SaveChangesAsync(context.CancellationToken);
            return stored.ToMessage();
        }

        stored.DossiersReceived = request.DossiersReceived;
        stored.ResultsReturned = request.ResultsReturned;
        // Version 0 on a recorded month repeats the recording when the values agree, and is stale otherwise.
        await db.SaveAsOfVersionAsync(stored, request.Version, context.CancellationToken);
        return stored.ToMessage();
    }

    public override async Task<ListBcciCountsResponse> ListBcciCounts(ListBcciCountsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var from = Month(violations, "fromMonth", request.FromMonth, required: false);
        var to = Month(violations, "toMonth", request.ToMonth, required: false);
        if (from > to)
        {
            violations.Add("toMonth", $"'{request.ToMonth}' is before fromMonth ({request.FromMonth})");
        }
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.BcciDossierCounts.AsNoTracking().Where(c => c.ProvinceCode == province);
        if (!string.IsNullOrWhiteSpace(request.Unit))
        {
            var unit = request.Unit.Trim();
            query = query.Where(c => c.UnitCode == unit);
        }
        if (from is { } first)
        {
            query = query.Where(c => c.Month >= first);
        }
        if (to is { } last)
        {
            query = query.Where(c => c.Month <= last);
        }
        var counts = await query.OrderBy(c => c.Month).ThenBy(c => c.UnitCode).ToListAsync(context.CancellationToken);
        return new ListBcciCountsResponse
        {
            Counts = { counts.Select(c => c.ToMessage()) },
            TotalDossiersReceived = counts.Sum(c => (long)c.DossiersReceived),
            TotalResultsReturned = counts.Sum(c => (long)c.ResultsReturned),
        };
    }

    private static DateOnly? Month(FieldViolations violations, string field, string value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                violations.Add(field, $"is required ({MonthFormat})");
            }
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }
        violations.Add(field, $"'{value}' is not a month in the form {MonthFormat}");
        return null;
    }
}
