using GiaLaiIct.Contracts.Text;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PressPublishing.Domain;

/// <summary>
/// Hours one station broadcast on one medium in one period, against plan: the station's total (no language), or
/// the part of that total in one ethnic language.
/// </summary>
public sealed class BroadcastHours : IVersioned
{
    public required string ProvinceCode { get; init; }
    public required string Station { get; init; }
    public required string StationFolded { get; set; }
    public required BroadcastMedium Medium { get; init; }
    /// <summary>The period code (2018, 2018Q1, …).</summary>
    public required string Period { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    /// <summary>The language's wire name; empty for the station's total (a key column cannot be null).</summary>
    public required string LanguageKey { get; init; }
    public BroadcastLanguage? Language => KeyOf(LanguageKey);
    /// <summary>The province for the provincial station, a district for a district one.</summary>
    public required string UnitCode { get; set; }
    public required long Hours { get; set; }
    public long? PlanHours { get; set; }
    public long Version { get; set; }

    public bool IsTotal => LanguageKey.Length == 0;

    public static string KeyOf(BroadcastLanguage? language) => language is { } l ? Contracts.Text.WireNames.ToWire(l) : string.Empty;

    public static BroadcastLanguage? KeyOf(string key) =>
        Contracts.Text.WireNames.TryParse<BroadcastLanguage>(key, out var language) && key.Length > 0 ? language : null;

    /// <summary>
    /// Why a station's language parts cannot stand with its total: together they may not exceed it. Null when
    /// they fit.
    /// </summary>
    public static string? PartsAboveTotal(long totalHours, IEnumerable<(BroadcastLanguage Language, long Hours)> parts)
    {
        var list = parts.ToList();
        var sum = list.Sum(p => p.Hours);
        return sum <= totalHours
            ? null
            : $"the language parts ({string.Join(" + ", list.Select(p => $"{Contracts.Text.WireNames.ToWire(p.Language)} {p.Hours}"))} = {sum} h) exceed the station's total of {totalHours} h";
    }
}
