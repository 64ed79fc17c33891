using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Grpc;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddServiceCache();
builder.AddServiceDatabase<WebApplicationBuilder, ReportingDbContext, SqliteReportingDbContext, SqlServerReportingDbContext>("reportingdb");
builder.Services.AddScoped<IDatabaseSeeder<ReportingDbContext>, ReferenceUnitsSeeder>();

var app = builder.Build();

app.UseTranscodingProblemDetails();
app.MapGrpcService<AdministrativeUnitsService>();
app.MapDefaultEndpoints();

await app.RunAsync();

public partial class Program;
