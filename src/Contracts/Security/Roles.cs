namespace GiaLaiIct.Contracts.Security;

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

    /// <summary>The roles of the fixed clients, whose client id is the role itself.</summary>
    public static readonly IReadOnlyList<string> Fixed =
        [Admin, Viewer, ItOfficer, TelecomOfficer, PressOfficer, Inspector, PlanningOfficer];

    /// <summary>Every role that may read: all of them.</summary>
    public static readonly IReadOnlyList<string> All = [.. Fixed, District];

    public const string DistrictClientPrefix = "district-";
}

/// <summary>Claim types of GiaLaiIct access tokens, as the gateway writes them and the services read them.</summary>
public static class GiaLaiClaims
{
    public const string Subject = "sub";
    public const string ClientId = "client_id";
    public const string Role = "role";
    /// <summary>The district a <c>district-&lt;code&gt;</c> client writes in.</summary>
    public const string District = "district";
    /// <summary>A province the client may act in; a token without one may act in every province.</summary>
    public const string Province = "province";
}
