using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Reporting.Client;

/// <summary>Unit codes of requests checked against the Reporting service, each problem recorded against its field.</summary>
public static class UnitChecks
{
    /// <summary>The unit named by a required field, when it exists in the province (and is a commune, if asked).</summary>
    public static async Task<UnitReference?> RequireUnitAsync(
        this UnitDirectory units, FieldViolations violations, string field, string province, string code, bool communeOnly, CancellationToken cancellationToken)
    {
        if (!violations.Required(field, code) || string.IsNullOrWhiteSpace(province))
        {
            return null;
        }
        var unit = await units.FindAsync(province.Trim(), code.Trim(), cancellationToken);
        if (unit is null && !await units.HoldsProvinceAsync(province.Trim(), cancellationToken))
        {
            violations.Add("province", FieldViolations.ProvinceNotLoaded(province.Trim()));
            return null;
        }
        if (unit is null)
        {
            violations.Add(field, $"'{code}' does not exist in province {province}");
            return null;
        }
        if (communeOnly && !unit.IsCommune)
        {
            violations.Add(field, $"'{code}' is a {unit.Level}; a commune is needed here");
            return null;
        }
        return unit;
    }

    /// <summary>
    /// Records a problem against <c>province</c> when the platform does not hold that province (its units.csv was
    /// never imported), for writes that name no unit of their own. An empty province is left to the required check.
    /// </summary>
    public static async Task RequireLoadedProvinceAsync(
        this UnitDirectory units, FieldViolations violations, string province, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(province))
        {
            return;
        }
        var code = province.Trim();
        if (!await units.HoldsProvinceAsync(code, cancellationToken))
        {
            violations.Add("province", FieldViolations.ProvinceNotLoaded(code));
        }
    }

    /// <summary>Whether the platform holds the province: its own unit is known (its units.csv was imported).</summary>
    private static async Task<bool> HoldsProvinceAsync(this UnitDirectory units, string province, CancellationToken cancellationToken) =>
        await units.FindAsync(province, province, cancellationToken) is not null;

    /// <summary>
    /// The unit codes a list filter on <paramref name="field"/> stands for: null when the filter is empty or
    /// the province (nothing to filter), the commune itself, or a district and every commune in it.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> CodesForFilterAsync(
        this UnitDirectory units, FieldViolations violations, string field, string province, string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(province))
        {
            return null;
        }
        var unit = await units.RequireUnitAsync(violations, field, province, code, communeOnly: false, cancellationToken);
        if (unit is null || unit.IsProvince)
        {
            return null;
        }
        if (unit.IsCommune)
        {
            return [unit.Code];
        }
        var all = await units.ListProvinceAsync(unit.ProvinceCode, cancellationToken);
        return all?.CodesWithin(unit) ?? [unit.Code];
    }

    /// <summary>
    /// The province's units as a dataset import sees them: those the Reporting service holds, and those the
    /// same dataset's units.csv defines (which win, being the newer word). When the request carries every unit
    /// of the province, Reporting is not asked at all: a province moving in is not there yet.
    /// </summary>
    public static async Task<ProvinceUnits> ForDatasetAsync(
        this UnitDirectory units, string province, Datasets.V1.ImportFilesRequest request, CancellationToken cancellationToken)
    {
        var datasetUnits = request.DatasetUnits;
        var known = request.AllUnits ? null : await units.ListProvinceAsync(province, cancellationToken);
        var all = (known?.All ?? []).ToDictionary(u => u.Code, StringComparer.Ordinal);
        foreach (var unit in datasetUnits)
        {
            all[unit.Code] = new UnitReference(unit.Code, province, unit.Level, unit.ParentCode.Length == 0 ? null : unit.ParentCode, unit.Code, unit.Type);
        }
        return new ProvinceUnits(all.Values);
    }
}
