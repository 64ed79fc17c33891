using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using GiaLaiIct.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Import;

/// <summary>
/// inspections.csv, with the optional columns this service adds: violations and violations_without_sanction (the
/// findings), conclusion (closes it).
/// </summary>
internal sealed class InspectionsImport(InspectionDbContext db, InspectionImportScope scope)
    : DatasetFileImport(InspectionDatasetImport.InspectionsFile,
        ["id", "kind", "field", "lead", "unit", "started_on", "subjects"],
        ["ended_on", "violations", "violations_without_sanction", "conclusion"])
{
    private readonly List<InspectionRecord> _candidates = [];

    protected override string KeyColumn => "id";

    protected override string? ReadRow(DatasetRow row)
    {
        var id = row.Required("id", 64);
        var kind = row.Enum<InspectionKind>("kind");
        var field = row.Enum<InspectionField>("field");
        var lead = row.Enum<InspectionLead>("lead");
        var unit = scope.Unit(row, "unit");
        var startedOn = row.Date("started_on");
        var endedOn = row.Date("ended_on", required: false);
        var subjects = InspectionImportScope.Count(row, "subjects", required: true);
        var violations = InspectionImportScope.Count(row, "violations", required: false);
        var withoutSanction = InspectionImportScope.Count(row, "violations_without_sanction", required: false);
        var conclusion = row.Optional("conclusion");
        if (startedOn is { } start && endedOn is { } end && end < start)
        {
            row.Error("ended_on", $"'{end:yyyy-MM-dd}' is before started_on ({start:yyyy-MM-dd})");
        }
        if (subjects is { } s && violations is { } v && withoutSanction is { } w && InspectionRecord.FindingsProblem(s, v, w) is { } problem)
        {
            row.Error(v > s ? "violations" : "violations_without_sanction", problem);
        }
        if (conclusion is { Length: > 2000 })
        {
            row.Error("conclusion", $"must be at most 2000 characters (got {conclusion.Length})");
        }
        if (id is not null)
        {
            scope.DatasetInspections.Add(id);
        }
        if (!row.HasErrors)
        {
            _candidates.Add(new InspectionRecord
            {
                ProvinceCode = scope.Province, Id = id!, Kind = kind!.Value, Field = field!.Value, Lead = lead!.Value, UnitCode = unit!,
                StartedOn = startedOn!.Value, EndedOn = endedOn, Subjects = subjects!.Value, Violations = violations!.Value,
                ViolationsWithoutSanction = withoutSanction!.Value, Conclusion = conclusion,
            });
        }
        return id;
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Inspections.Where(i => i.ProvinceCode == scope.Province).ToDictionaryAsync(i => i.Id, StringComparer.Ordinal, cancellationToken);
        return Upsert(stored, _candidates, c => c.Id, c => db.Inspections.Add(c), (row, c) =>
        {
            var changed = row.Kind != c.Kind || row.Field != c.Field || row.Lead != c.Lead || row.UnitCode != c.UnitCode || row.StartedOn != c.StartedOn
                || row.EndedOn != c.EndedOn || row.Subjects != c.Subjects || row.Violations != c.Violations
                || row.ViolationsWithoutSanction != c.ViolationsWithoutSanction || row.Conclusion != c.Conclusion;
            row.Kind = c.Kind;
            row.Field = c.Field;
            row.Lead = c.Lead;
            row.UnitCode = c.UnitCode;
            row.StartedOn = c.StartedOn;
            row.EndedOn = c.EndedOn;
            row.Subjects = c.Subjects;
            row.Violations = c.Violations;
            row.ViolationsWithoutSanction = c.ViolationsWithoutSanction;
            row.Conclusion = c.Conclusion;
            return changed;
        });
    }
}
