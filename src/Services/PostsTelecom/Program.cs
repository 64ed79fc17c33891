using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Grpc;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddServiceCache();
builder.AddServiceDatabase<WebApplicationBuilder, PostsTelecomDbContext, SqlitePostsTelecomDbContext, SqlServerPostsTelecomDbContext>("telecomdb");
builder.Services.AddUnitDirectory();

var app = builder.Build();

app.UseTranscodingProblemDetails();
app.MapGrpcService<PostalServicePointsService>();
app.MapDefaultEndpoints();

await app.RunAsync();

public partial class Program;
