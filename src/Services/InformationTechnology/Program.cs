using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Grpc;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Caching;
using GiaLaiIct.ServiceDefaults.Data;
using GiaLaiIct.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddServiceCache();
builder.AddServiceDatabase<WebApplicationBuilder, InformationTechnologyDbContext, SqliteInformationTechnologyDbContext, SqlServerInformationTechnologyDbContext>("itdb");

var app = builder.Build();

app.UseTranscodingProblemDetails();
app.MapGrpcService<OnlinePublicServicesService>();
app.MapDefaultEndpoints();

await app.RunAsync();

public partial class Program;
