using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>incidents.csv: id, type, detected_at, handled_at (optional), unit (optional, the province), description (optional).</summary>
internal sealed class IncidentsImport(InformationTechnologyDbContext db, ItImportScope scope)
    : DatasetFileImport(ItDatasetImport.IncidentsFile, ["id", "type", "detected_at"], ["handled_at", "unit", "description"])
{
    private readonly List<SecurityIncident> _candidates = [];

    protected override string KeyColumn => "id";

    protected override string? ReadRow(DatasetRow row)
    {
        var id = row.Required("id", 64);
        var type = row.Enum<IncidentType>("type");
        var detected = Time(row, "detected_at", row.Required("detected_at"));
        var handled = Time(row, "handled_at", row.Optional("handled_at"));
        if (detected is { } d && SecurityIncident.TimesProblem(d, handled) is { } problem)
        {
            row.Error("handled_at", problem);
        }
        var unit = scope.Unit(row, "unit", required: false);
        var description = row.Optional("description");
        if (description?.Length > 1000)
        {
            row.Error("description", $"must be at most 1000 characters (got {description.Length})");
        }
        if (row.HasErrors)
        {
            return id;
        }
        _candidates.Add(new SecurityIncident
        {
            ProvinceCode = scope.Province, Id = id!, Type = type!.Value, DetectedAt = detected!.Value, HandledAt = handled, UnitCode = unit!.Code, Description = description,
        });
        return id;
    }

    private static DateTime? Time(DatasetRow row, string column, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (IncidentTime.TryParse(value, out var local))
        {
            return local;
        }
        row.Error(column, IncidentTime.NotATime(value));
        return null;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Incidents.Where(i => i.ProvinceCode == scope.Province).ToDictionaryAsync(i => i.Id, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, i => i.Id, i => db.Incidents.Add(i), (incident, candidate) => incident.Take(candidate));
    }
}
