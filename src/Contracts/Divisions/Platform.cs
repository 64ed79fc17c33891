using GiaLaiIct.Contracts.Security;

namespace GiaLaiIct.Contracts.Divisions;

/// <summary>
/// One of the platform's services: its resource name (service discovery; also the owner named for each indicator and
/// dataset file), the name people read, its assembly, its database's connection string name and the officer role
/// that writes its data besides admin, and whether it issues licences (implements the licence registry contract a
/// sanction's effect is delivered through).
/// </summary>
public sealed record Division(string Resource, string DisplayName, string Assembly, string Database, string OfficerRole, bool IssuesLicences = false);

/// <summary>The one list of the platform's services: the app host starts these, Reporting asks these.</summary>
public static class Platform
{
    public const string Reporting = "reporting";
    public const string PostsTelecom = "telecom";
    public const string InformationTechnology = "it";
    public const string PressPublishing = "press";
    public const string Inspection = "inspection";

    public static Division PlanningAndReporting { get; } = new(Reporting, "Planning & Reporting", "GiaLaiIct.Reporting", "reportingdb", Roles.PlanningOfficer);
    public static Division It { get; } = new(InformationTechnology, "IT", "GiaLaiIct.InformationTechnology", "itdb", Roles.ItOfficer);
    public static Division Telecom { get; } = new(PostsTelecom, "Posts & Telecom", "GiaLaiIct.PostsTelecom", "telecomdb", Roles.TelecomOfficer, IssuesLicences: true);
    public static Division Press { get; } = new(PressPublishing, "Press & Publishing", "GiaLaiIct.PressPublishing", "pressdb", Roles.PressOfficer, IssuesLicences: true);
    public static Division InspectionDivision { get; } = new(Inspection, "Inspection", "GiaLaiIct.Inspection", "inspectiondb", Roles.Inspector);

    /// <summary>The four divisions, whose figures and files Planning &amp; Reporting gathers.</summary>
    public static IReadOnlyList<Division> Divisions { get; } = [It, Telecom, Press, InspectionDivision];

    public static IReadOnlyList<string> DivisionResources { get; } = [.. Divisions.Select(division => division.Resource)];

    /// <summary>The resources of the divisions that issue licences, in the order a licence's owner is looked for.</summary>
    public static IReadOnlyList<string> LicenceIssuers { get; } = [.. Divisions.Where(division => division.IssuesLicences).Select(division => division.Resource)];

    /// <summary>Every service: Planning &amp; Reporting and the divisions.</summary>
    public static IReadOnlyList<Division> Services { get; } = [PlanningAndReporting, .. Divisions];

    /// <summary>The name people read for a resource name; the resource name itself for one that is not a service.</summary>
    public static string DisplayName(string resource) =>
        Services.FirstOrDefault(service => service.Resource == resource)?.DisplayName ?? resource;
}
