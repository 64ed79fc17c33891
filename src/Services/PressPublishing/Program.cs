using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Grpc;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddServiceCache();
builder.AddServiceDatabase<WebApplicationBuilder, PressPublishingDbContext, SqlitePressPublishingDbContext, SqlServerPressPublishingDbContext>("pressdb");

var app = builder.Build();

app.UseTranscodingProblemDetails();
app.MapGrpcService<PressOrganisationsService>();
app.MapDefaultEndpoints();

await app.RunAsync();

public partial class Program;
