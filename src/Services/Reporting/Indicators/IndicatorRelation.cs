namespace GiaLaiIct.Reporting.Indicators;

/// <summary>
/// Figures that are parts of another one for the same unit and period: the parts must add up to the whole
/// (<see cref="Exact"/>), or stay within it. Checked whenever any of them is reported.
/// </summary>
public sealed record IndicatorRelation(IReadOnlyList<string> Parts, string Whole, bool Exact)
{
    public IEnumerable<string> Members => Parts.Append(Whole);

    public string Text => $"{string.Join(" + ", Parts)} {(Exact ? "=" : "≤")} {Whole}";

    /// <summary>The one-stop dossiers of seeds 002 and 004: received online and directly make the received; on time and late lie within the resolved, which lie within the received.</summary>
    public static IReadOnlyList<IndicatorRelation> All { get; } =
    [
        new(["IT.DOSSIER.ONLINE", "IT.DOSSIER.DIRECT"], "IT.DOSSIER.RECEIVED", Exact: true),
        new(["IT.DOSSIER.ONTIME", "IT.DOSSIER.LATE"], "IT.DOSSIER.RESOLVED", Exact: false),
        new(["IT.DOSSIER.RESOLVED"], "IT.DOSSIER.RECEIVED", Exact: false),
    ];
}
