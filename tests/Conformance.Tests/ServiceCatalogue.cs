extern alias reporting;
extern alias it;
extern alias telecom;
extern alias press;
extern alias inspection;

using GiaLaiIct.Contracts.Security;
using GiaLaiIct.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// One of the platform's five services as the conformance checks see it.
/// </summary>
/// <param name="Name">Its resource name, which also names its gateway cluster, its audit route and the owner of its indicators.</param>
/// <param name="Package">The protobuf package of its own contracts (the shared internal ones live in other packages).</param>
/// <param name="OfficerRole">The role that writes its data: it may still not read the audit trail.</param>
/// <param name="SqlServerTables">Tables the SQL Server migration script must create whatever the model says (the model's own tables are checked as well).</param>
/// <param name="SqlServerScriptText">Further text the SQL Server script must hold.</param>
public sealed record ServiceUnderTest(
    string Name,
    string Package,
    string OfficerRole,
    Func<string, DbContext> SqliteContext,
    Func<DbContext> SqlServerContext,
    IReadOnlyList<string> SqlServerTables,
    IReadOnlyList<string> SqlServerScriptText,
    Func<InProcessService> Start)
{
    public override string ToString() => Name;
}

/// <summary>The five services; a check over <see cref="All"/> holds each of them to the same rule.</summary>
public static class ServiceCatalogue
{
    public static IReadOnlyList<ServiceUnderTest> All { get; } =
    [
        new("reporting", "gialai.ict.reporting.v1", Roles.PlanningOfficer,
            file => MigrationChecks.SqliteContext<reporting::GiaLaiIct.Reporting.Data.SqliteReportingDbContext>(file),
            MigrationChecks.SqlServerContext<reporting::GiaLaiIct.Reporting.Data.SqlServerReportingDbContext>,
            ["AdministrativeUnits"], ["nvarchar(128)"],
            () => InProcessService.Of(new ServiceTestHost<reporting::Program>("reportingdb"))),
        new("it", "gialai.ict.it.v1", Roles.ItOfficer,
            file => MigrationChecks.SqliteContext<it::GiaLaiIct.InformationTechnology.Data.SqliteInformationTechnologyDbContext>(file),
            MigrationChecks.SqlServerContext<it::GiaLaiIct.InformationTechnology.Data.SqlServerInformationTechnologyDbContext>,
            ["OnlinePublicServices", "OnlineServiceLevelChanges", "Agencies", "OneStopDeployments", "DossierCounts", "SecurityIncidents", "Websites"], [],
            () => InProcessService.Of(new ServiceWithUnitsTestHost<it::Program, reporting::Program>("itdb"))),
        new("telecom", "gialai.ict.telecom.v1", Roles.TelecomOfficer,
            file => MigrationChecks.SqliteContext<telecom::GiaLaiIct.PostsTelecom.Data.SqlitePostsTelecomDbContext>(file),
            MigrationChecks.SqlServerContext<telecom::GiaLaiIct.PostsTelecom.Data.SqlServerPostsTelecomDbContext>,
            ["PostalServicePoints"], [],
            () => InProcessService.Of(new ServiceWithUnitsTestHost<telecom::Program, reporting::Program>("telecomdb"))),
        new("press", "gialai.ict.press.v1", Roles.PressOfficer,
            file => MigrationChecks.SqliteContext<press::GiaLaiIct.PressPublishing.Data.SqlitePressPublishingDbContext>(file),
            MigrationChecks.SqlServerContext<press::GiaLaiIct.PressPublishing.Data.SqlServerPressPublishingDbContext>,
            ["PressOrganisations"], [],
            () => InProcessService.Of(new ServiceWithUnitsTestHost<press::Program, reporting::Program>("pressdb"))),
        new("inspection", "gialai.ict.inspection.v1", Roles.Inspector,
            file => MigrationChecks.SqliteContext<inspection::GiaLaiIct.Inspection.Data.SqliteInspectionDbContext>(file),
            MigrationChecks.SqlServerContext<inspection::GiaLaiIct.Inspection.Data.SqlServerInspectionDbContext>,
            ["Inspections"], [],
            () => InProcessService.Of(new ServiceWithUnitsTestHost<inspection::Program, reporting::Program>("inspectiondb"))),
    ];

    public static ServiceUnderTest Named(string name) => All.Single(service => service.Name == name);

    /// <summary>Theory data: one row per service, by name.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var service in All)
        {
            names.Add(service.Name);
        }
        return names;
    }
}
