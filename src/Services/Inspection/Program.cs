using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Grpc;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddServiceCache();
builder.AddServiceDatabase<WebApplicationBuilder, InspectionDbContext, SqliteInspectionDbContext, SqlServerInspectionDbContext>("inspectiondb");
builder.Services.AddUnitDirectory();

var app = builder.Build();

app.UseTranscodingProblemDetails();
app.MapGrpcService<InspectionsService>();
app.MapDefaultEndpoints();

await app.RunAsync();

public partial class Program;
