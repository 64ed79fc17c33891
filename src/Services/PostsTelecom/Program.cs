using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Grpc;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<PostsTelecomDbContext, SqlitePostsTelecomDbContext, SqlServerPostsTelecomDbContext>("telecomdb");
builder.Services.AddUnitDirectory();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<PostalServicePointsService>();

await app.RunAsync();

public partial class Program;
