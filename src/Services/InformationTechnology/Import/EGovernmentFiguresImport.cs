using GiaLaiIct.Datasets.V1;
using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.ServiceKit.Datasets;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Import;

/// <summary>
/// egov_figures.csv (an IT addition to DATASET-FORMAT.md): unit, period and at least one figure of
/// <see cref="EGovernmentFigures.All"/> (mail_accounts, mail_created, …, training_attendees). Keyed by unit and
/// period; a unit's periods may not overlap, in the file or with those stored.
/// </summary>
internal sealed class EGovernmentFiguresImport(InformationTechnologyDbContext db, ItImportScope scope)
    : DatasetFileImport(ItDatasetImport.EGovernmentFiguresFile, ["unit", "period"], [.. EGovernmentFigures.All.Select(f => f.Column)])
{
    private static readonly Dictionary<string, string> Columns = EGovernmentFigures.All.ToDictionary(f => f.Field, f => f.Column, StringComparer.Ordinal);

    private readonly List<EGovernmentRecord> _candidates = [];

    protected override string KeyColumn => "period";

    protected override string? ReadRow(DatasetRow row)
    {
        var unit = scope.Unit(row, "unit", required: true);
        var period = row.Period("period");
        var figures = EGovernmentFigures.From(figure => row.WholeNumber(figure.Column, required: false));
        if (row.HasErrors)
        {
            return null;
        }
        foreach (var (field, message) in figures.Problems())
        {
            row.Error(Columns[field], message);
        }
        var unitRows = _candidates.Where(r => r.UnitCode == unit!.Code).Concat(scope.StoredEGovernmentPeriods.GetValueOrDefault(unit!.Code) ?? []);
        if (unitRows.FirstOverlapping(period!) is { } other)
        {
            row.Error("period", RecordedPeriods.OverlapMessage(period!, other, unit.Code));
        }
        if (row.HasErrors)
        {
            return null;
        }
        _candidates.Add(new EGovernmentRecord
        {
            ProvinceCode = scope.Province, UnitCode = unit.Code, Period = period!.Code, Year = period.Year, FirstMonth = period.FirstMonth, LastMonth = period.LastMonth,
            Figures = figures,
        });
        return $"{unit.Code} {period.Code}";
    }

    public override async Task<FileCounts> StageAsync(CancellationToken cancellationToken)
    {
        var stored = await db.EGovernmentRecords.Where(r => r.ProvinceCode == scope.Province).ToDictionaryAsync(r => (r.UnitCode, r.Period), cancellationToken);
        return Upsert(stored, _candidates, r => (r.UnitCode, r.Period), r => db.EGovernmentRecords.Add(r), (record, candidate) =>
        {
            if (record.Figures == candidate.Figures)
            {
                return false;
            }
            record.Figures = candidate.Figures;
            return true;
        });
    }
}
