namespace GiaLaiIct.Reporting.Grpc;

/// <summary>Tags of the cached unit lists and lookups, dropped whenever a province's units change.</summary>
public static class UnitCacheTags
{
    public static string Province(string province) => $"province:{province}";
}
