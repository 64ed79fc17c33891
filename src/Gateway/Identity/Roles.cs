namespace GiaLaiIct.Gateway.Identity;

/// <summary>The roles a token can carry (API.md, "Authentication").</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Viewer = "viewer";
    public const string ItOfficer = "it-officer";
    public const string TelecomOfficer = "telecom-officer";
    public const string PressOfficer = "press-officer";
    public const string Inspector = "inspector";
    public const string PlanningOfficer = "planning-officer";
    public const string District = "district";

    public static readonly IReadOnlyList<string> Fixed =
        [Admin, Viewer, ItOfficer, TelecomOfficer, PressOfficer, Inspector, PlanningOfficer];

    public const string DistrictClientPrefix = "district-";
}
