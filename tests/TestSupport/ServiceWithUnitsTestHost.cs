using GiaLaiIct.Reporting.V1;

namespace GiaLaiIct.TestSupport;

/// <summary>
/// A division service in process whose unit look-ups go to its own in-process Reporting service,
/// over the same gRPC client pipeline as in production.
/// </summary>
public class ServiceWithUnitsTestHost<TProgram, TReportingProgram> : ServiceTestHost<TProgram>
    where TProgram : class
    where TReportingProgram : class
{
    private readonly ServiceTestHost<TReportingProgram> _reporting = new("reportingdb");

    public ServiceWithUnitsTestHost(string databaseName)
        : base(databaseName)
    {
        this.RouteGrpcClient<TProgram, AdministrativeUnits.AdministrativeUnitsClient>("reporting", () => _reporting.Server.CreateHandler());
    }

    /// <summary>The SQLite file of the in-process Reporting service the units come from.</summary>
    public string ReportingDatabaseFile => _reporting.DatabaseFile;

    /// <summary>The in-process Reporting service's units, to build registry rows from real unit codes.</summary>
    public AdministrativeUnits.AdministrativeUnitsClient UnitsClient() => new(_reporting.CreateGrpcChannel());

    /// <summary>Sets the clock of the Reporting service as well: the callers' tokens, issued at that time, reach it too.</summary>
    public override ServiceTestHost<TProgram> WithClock(TimeProvider clock)
    {
        _reporting.WithClock(clock);
        return base.WithClock(clock);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _reporting.Dispose();
        }
    }
}
