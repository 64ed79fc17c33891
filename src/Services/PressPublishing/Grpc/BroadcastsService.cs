using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.PressPublishing.V1;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using BroadcastHours = GiaLaiIct.PressPublishing.Domain.BroadcastHours;

namespace GiaLaiIct.PressPublishing.Grpc;

public sealed class BroadcastsService(PressPublishingDbContext db, UnitDirectory units) : Broadcasts.BroadcastsBase
{
    [Authorize(Policy = AccessPolicies.Write)]
    public override async Task<V1.BroadcastHours> SetBroadcastHours(SetBroadcastHoursRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        violations.Required("station", request.Station);
        var station = VietnameseText.Normalize(request.Station) ?? string.Empty;
        violations.MaxLength("station", station, 200);
        var medium = violations.Enum<BroadcastMedium>("medium", request.Medium);
        var period = violations.Period("period", request.Period);
        var language = violations.OptionalEnum<BroadcastLanguage>("language", request.Language);
        violations.NotNegative("hours", request.Hours);
        if (request.HasPlanHours)
        {
            violations.NotNegative("planHours", request.PlanHours);
        }
        violations.NotNegative("version", request.Version);
        var unit = await units.RequireUnitAsync(violations, "unit", request.Province, request.Unit, communeOnly: false, context.CancellationToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var languageKey = BroadcastHours.KeyOf(language);
        var series = await db.Broadcasts.AsNoTracking()
            .Where(h => h.ProvinceCode == province && h.Station == station && h.Medium == medium!.Value && h.Period == period!.Code)
            .ToListAsync(context.CancellationToken);
        var total = series.SingleOrDefault(h => h.IsTotal);
        var otherParts = series.Where(h => !h.IsTotal && h.LanguageKey != languageKey).Select(h => (h.Language!.Value, h.Hours));
        if (language is { } part)
        {
            if (total is null)
            {
                throw FieldViolations.ForField("language", $"station '{station}' has no total {request.Medium} hours for {period!.Code}; set the total (no language) first");
            }
            if (total.UnitCode != unit!.Code)
            {
                throw FieldViolations.ForField("unit", $"'{unit.Code}' is not the unit of the station's total ({total.UnitCode})");
            }
            if (BroadcastHours.PartsAboveTotal(total.Hours, otherParts.Append((part, request.Hours))) is { } problem)
            {
                throw FieldViolations.ForField("hours", problem);
            }
        }
        else if (BroadcastHours.PartsAboveTotal(request.Hours, otherParts) is { } problem)
        {
            throw FieldViolations.ForField("hours", problem);
        }

        long? plan = request.HasPlanHours ? request.PlanHours : null;
        var upsert = new VersionedUpsert<BroadcastHours>(db, $"Broadcast hours of '{station}' ({request.Medium}, {period!.Code}{(language is null ? string.Empty : ", " + languageKey)})");
        var stored = await upsert.SetAsync(
            ct => db.Broadcasts.SingleOrDefaultAsync(h => h.ProvinceCode == province && h.Station == station && h.Medium == medium!.Value
                && h.Period == period.Code && h.LanguageKey == languageKey, ct),
            () => new BroadcastHours
            {
                ProvinceCode = province, Station = station, StationFolded = VietnameseText.Fold(station), Medium = medium!.Value, Period = period.Code,
                PeriodStart = period.Start, PeriodEnd = period.End, LanguageKey = languageKey, UnitCode = unit!.Code, Hours = request.Hours, PlanHours = plan,
            },
            h => h.UnitCode == unit!.Code && h.Hours == request.Hours && h.PlanHours == plan,
            h =>
            {
                h.UnitCode = unit!.Code;
                h.Hours = request.Hours;
                h.PlanHours = plan;
            },
            request.Version,
            context.CancellationToken);
        return stored.ToMessage();
    }

    public override async Task<ListBroadcastHoursResponse> ListBroadcastHours(ListBroadcastHoursRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required("province", request.Province);
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        var medium = violations.OptionalEnum<BroadcastMedium>("medium", request.Medium);
        var period = string.IsNullOrWhiteSpace(request.Period) ? null : violations.Period("period", request.Period);
        var unitCodes = await units.CodesForFilterAsync(violations, "unit", request.Province, request.Unit, context.CancellationToken);
        var after = PageToken.Read<HoursKey>(violations, "pageToken", request.PageToken);
        violations.ThrowIfAny();

        var province = request.Province.Trim();
        var query = db.Broadcasts.AsNoTracking().Where(h => h.ProvinceCode == province);
        if (medium is { } wantedMedium)
        {
            query = query.Where(h => h.Medium == wantedMedium);
        }
        if (period is not null)
        {
            query = query.Where(h => h.Period == period.Code);
        }
        if (unitCodes is not null)
        {
            query = query.Where(h => unitCodes.Contains(h.UnitCode));
        }
        if (request.TotalOnly)
        {
            query = query.Where(h => h.LanguageKey == string.Empty);
        }
        if (VietnameseText.FoldSearchWords(request.Q) is { } words)
        {
            query = query.Where(h => h.StationFolded.Contains(words));
        }
        if (after is not null)
        {
            var afterRadio = after.Medium == WireNames.ToWire(BroadcastMedium.Radio);
            query = query.Where(h => h.Station.CompareTo(after.Station) > 0
                || (h.Station == after.Station && (h.Period.CompareTo(after.Period) > 0
                    || (h.Period == after.Period && (h.LanguageKey.CompareTo(after.Language) > 0
                        || (h.LanguageKey == after.Language && afterRadio && h.Medium == BroadcastMedium.Tv))))));
        }
        var (rows, next) = await query
            .OrderBy(h => h.Station).ThenBy(h => h.Period).ThenBy(h => h.LanguageKey).ThenBy(h => h.Medium)
            .TakePageAsync(pageSize, h => new HoursKey(h.Station, h.Period, h.LanguageKey, WireNames.ToWire(h.Medium)), context.CancellationToken);
        return new ListBroadcastHoursResponse { Hours = { rows.Select(h => h.ToMessage()) }, NextPageToken = next };
    }

    private sealed record HoursKey(string Station, string Period, string Language, string Medium);
}
