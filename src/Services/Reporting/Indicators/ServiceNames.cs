namespace GiaLaiIct.Reporting.Indicators;

/// <summary>The services' resource names (service discovery), which also name the owner of each indicator and dataset file.</summary>
public static class ServiceNames
{
    public const string Reporting = "reporting";
    public const string PostsTelecom = "telecom";
    public const string InformationTechnology = "it";
    public const string PressPublishing = "press";
    public const string Inspection = "inspection";

    public static IReadOnlyList<string> Divisions { get; } = [PostsTelecom, InformationTechnology, PressPublishing, Inspection];

    public static string DisplayName(string service) => service switch
    {
        Reporting => "Planning & Reporting",
        PostsTelecom => "Posts & Telecom",
        InformationTechnology => "IT",
        PressPublishing => "Press & Publishing",
        Inspection => "Inspection",
        _ => service,
    };
}
