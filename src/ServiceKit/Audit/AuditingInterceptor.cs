using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GiaLaiIct.ServiceKit.Audit;

/// <summary>
/// Adds an <see cref="AuditRecord"/> for every entity created, updated or deleted by a save, to the same
/// save, so the change and its record commit or fail together. Who is the calling client (the token's
/// <c>client_id</c>), or <c>system</c> outside a request (reference data loaded at start).
/// </summary>
public sealed class AuditingInterceptor(IHttpContextAccessor httpContextAccessor, TimeProvider time) : BeforeSaveInterceptor
{
    public const string SystemActor = "system";
    private const string ProvinceProperty = "ProvinceCode";

    private static readonly JsonSerializerOptions ValueJson = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    protected override void BeforeSave(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var changes = context.ChangeTracker.Entries()
            .Where(entry => entry.Entity is not AuditRecord
                && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }
        var clientId = httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } user
            ? Caller.From(user).ClientId
            : SystemActor;
        var now = time.GetUtcNow().UtcDateTime;
        context.Set<AuditRecord>().AddRange(changes.Select(entry => new AuditRecord
        {
            OccurredAtUtc = now,
            ClientId = clientId,
            Action = entry.State switch
            {
                EntityState.Added => AuditActions.Created,
                EntityState.Deleted => AuditActions.Deleted,
                _ => AuditActions.Updated,
            },
            Entity = entry.Metadata.ClrType.Name,
            EntityKey = KeyOf(entry),
            ProvinceCode = entry.Metadata.FindProperty(ProvinceProperty) is { } province ? entry.Property(province.Name).CurrentValue as string : null,
            Before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true),
            After = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false),
        }));
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        if (key.Properties.Any(property => entry.Property(property.Name).IsTemporary))
        {
            // A store-generated key is known only after the insert, too late for a record in the same save.
            throw new InvalidOperationException(
                $"{entry.Metadata.ClrType.Name} has a store-generated key; audited entities need their key before they are saved.");
        }
        return string.Join('/', key.Properties.Select(property => Convert.ToString(
            entry.Property(property.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }
        return JsonSerializer.Serialize(values, ValueJson);
    }
}
