using CsCheck;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// Text a client might send by mistake or on purpose: real codes of the platform, and then everything around
/// them that has broken services before (control characters, lone surrogates, other scripts' digits, huge
/// values, SQL and path fragments, percent escapes, numbers and dates just out of range).
/// </summary>
public static class NastyText
{
    private static readonly string[] Plausible =
    [
        "64", "42", "622", "623", "23557", "99", "00", "BD-01", "BTS-1", "TEL.SUBS.FIXED", "TEL.BTS", "POST.POINTS", "TEL.SUBS.PER100",
        "2018", "2018Q1", "2018H2", "2018M9", "2018M03", "2021", "bdvhx", "active", "closed", "4G", "4g", "Viettel", "VNPT", "internet_agent",
        "issued", "suspended", "2018-06-01", "2018-12-31", "todo", "done", "25/2011/NĐ-CP", "Điểm BĐVHX Ia Kha", "ia kha", "viên thông", "x",
    ];

    private static readonly string[] Hostile =
    [
        "", " ", "\0", "a\0b", "%00", "%", "%ZZ", "%ff", "\u0001", "\u001f", "\u007f", "\u0085", "\t", "\r\n", "line\nbreak",
        "\ud800", "a\udc00b", "\ud83d", "😀", "２０１８", "٢٠١٨", "२०१८", "2018Q５", "2018M13", "2018M00", "2018Q0", "1899", "10000", "0000",
        "' OR 1=1 --", "\"; DROP TABLE x; --", "../../etc/passwd", "..\\..\\x", "/", "\\", "C:\\x", "*", "?", "#", "&", "=", "+",
        "-1", "0", "-0", "1e309", "NaN", "Infinity", "9223372036854775808", "-9223372036854775809", "4294967296", "1.5", "1,5", "0x10", "１２",
        "2018-02-30", "2018-13-01", "0001-01-01", "9999-12-31", "2018-6-1", "true", "null", "[]", "{}", "\u202e64", "a\u0301", "Å", "ǅ",
        "\ufeff64", "\ufffe", "\uffff", " 64 ", "64 ", "ВИЕТ", "İ", "ß",
    ];

    /// <summary>Mostly plausible, often hostile, now and then very long.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (6, Gen.OneOf(Plausible)),
        (6, Gen.OneOf(Hostile)),
        (3, Gen.String[Gen.Char[(char)0, (char)0x2FF], 0, 20]),
        (2, Gen.Select(Gen.OneOf(Plausible), Gen.OneOf(Hostile), (a, b) => a + b)),
        (1, Gen.Int[101, 5000].Select(length => new string('7', length))),
        (1, Gen.Int[10_000, 300_000].Select(length => new string('A', length))));

    /// <summary>A short string of any characters, controls and surrogates included.</summary>
    public static Gen<string> Raw { get; } = Gen.String[Gen.Char, 0, 12];
}
