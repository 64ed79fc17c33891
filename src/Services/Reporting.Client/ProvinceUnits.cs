namespace GiaLaiIct.Reporting.Client;

/// <summary>A province and all its units, to place registry rows (kept by commune) in districts and the province.</summary>
public sealed class ProvinceUnits
{
    private readonly Dictionary<string, UnitReference> _byCode;

    public ProvinceUnits(IEnumerable<UnitReference> units) => _byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);

    public IEnumerable<UnitReference> All => _byCode.Values;

    public UnitReference? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Whether <paramref name="commune"/> is <paramref name="unit"/> or lies inside it.</summary>
    public bool Covers(UnitReference unit, string commune) => _byCode.TryGetValue(commune, out var found) && unit.Covers(found);

    /// <summary>The codes of <paramref name="unit"/> and of every unit inside it.</summary>
    public IReadOnlyList<string> CodesWithin(UnitReference unit) =>
        _byCode.Values.Where(unit.Covers).Select(u => u.Code).ToList();
}
