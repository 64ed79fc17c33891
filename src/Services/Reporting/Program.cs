using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Grpc;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Security;
using GiaLaiIct.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<ReportingDbContext, SqliteReportingDbContext, SqlServerReportingDbContext>("reportingdb", Roles.PlanningOfficer);
builder.Services.AddScoped<IDatabaseSeeder<ReportingDbContext>, ReferenceUnitsSeeder>();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<AdministrativeUnitsService>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
