using System.Globalization;
using GiaLaiIct.ServiceDefaults.Audit.V1;
using GiaLaiIct.ServiceKit.Grpc;
using GiaLaiIct.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Audit;

/// <summary>The audit query every service's AuditTrail service answers with, over its own database.</summary>
public static class AuditTrailQuery
{
    public static async Task<ListAuditEntriesResponse> ListAsync(DbContext db, ListAuditEntriesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var pageSize = violations.PageSize("pageSize", request.PageSize);
        long? before = null;
        if (request.PageToken.Length > 0)
        {
            if (long.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out var token))
            {
                before = token;
            }
            else
            {
                violations.Add("pageToken", "is not a page token of this listing");
            }
        }
        if (request.Key.Length > 0 && request.Entity.Length == 0)
        {
            violations.Add("entity", "is required with key");
        }
        violations.ThrowIfAny();

        var query = db.Set<AuditRecord>().AsNoTracking();
        if (request.Entity.Length > 0)
        {
            query = query.Where(record => record.Entity == request.Entity);
        }
        if (request.Key.Length > 0)
        {
            query = query.Where(record => record.EntityKey == request.Key);
        }
        if (request.ClientId.Length > 0)
        {
            query = query.Where(record => record.ClientId == request.ClientId);
        }
        if (request.Province.Length > 0)
        {
            query = query.Where(record => record.ProvinceCode == request.Province);
        }
        // A caller limited to some provinces sees only their changes, even without a province filter.
        var caller = Caller.From(context);
        if (caller.Provinces.Count > 0)
        {
            var provinces = caller.Provinces.ToList();
            query = query.Where(record => record.ProvinceCode != null && provinces.Contains(record.ProvinceCode));
        }
        if (before is { } last)
        {
            query = query.Where(record => record.Id < last);
        }
        var rows = await query.OrderByDescending(record => record.Id).Take(pageSize + 1).ToListAsync(context.CancellationToken);
        var nextPageToken = string.Empty;
        if (rows.Count > pageSize)
        {
            rows.RemoveAt(pageSize);
            nextPageToken = rows[^1].Id.ToString(CultureInfo.InvariantCulture);
        }
        return new ListAuditEntriesResponse { Entries = { rows.Select(ToMessage) }, NextPageToken = nextPageToken };
    }

    private static AuditEntry ToMessage(AuditRecord record)
    {
        var entry = new AuditEntry
        {
            Id = record.Id,
            OccurredAt = DateTime.SpecifyKind(record.OccurredAtUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            ClientId = record.ClientId,
            Action = record.Action,
            Entity = record.Entity,
            Key = record.EntityKey,
            Province = record.ProvinceCode ?? string.Empty,
        };
        if (record.Before is { } before)
        {
            entry.Before = Struct.Parser.ParseJson(before);
        }
        if (record.After is { } after)
        {
            entry.After = Struct.Parser.ParseJson(after);
        }
        return entry;
    }
}
