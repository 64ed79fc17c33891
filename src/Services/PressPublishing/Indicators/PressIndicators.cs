namespace GiaLaiIct.PressPublishing.Indicators;

/// <summary>The catalogue codes this service counts (INDICATORS.md, Press &amp; Publishing, and the additions for the seeds' other figures).</summary>
public static class PressIndicators
{
    public const string LocalAgencies = "PRESS.AGENCIES.LOCAL";
    public const string Offices = "PRESS.OFFICES";
    public const string Permits = "PRESS.PERMITS";
    public const string DepositChecks = "PRESS.DEPOSIT.CHECKS";
    public const string CommuneRadio = "PRESS.COMMUNE_RADIO";
    public const string BroadcastHours = "BROADCAST.HOURS";
    public const string BroadcastPlanHours = "BROADCAST.HOURS.PLAN";
    public const string RadioLanguageHours = "BROADCAST.LANGUAGE.RADIO";
    public const string TvLanguageHours = "BROADCAST.LANGUAGE.TV";
    public const string PrintPages = "PRINT.PAGES";
    public const string PrintPlanPages = "PRINT.PAGES.PLAN";
    public const string PrintRevenue = "PRINT.REVENUE";
    public const string PrintPlanRevenue = "PRINT.REVENUE.PLAN";
    public const string Directives = "PRESS.COMM.DIRECTIVES";
    public const string Materials = "PRESS.COMM.MATERIALS";
    public const string Classes = "PRESS.COMM.CLASSES";
    public const string Trainees = "PRESS.COMM.TRAINEES";

    public static readonly IReadOnlyList<string> OfBroadcasts = [BroadcastHours, BroadcastPlanHours, RadioLanguageHours, TvLanguageHours];
    public static readonly IReadOnlyList<string> OfPrinting = [PrintPages, PrintPlanPages, PrintRevenue, PrintPlanRevenue];
    public static readonly IReadOnlyList<string> OfCommunicationWork = [Directives, Materials, Classes, Trainees];
}
