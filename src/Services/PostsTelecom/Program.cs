using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Grpc;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<PostsTelecomDbContext, SqlitePostsTelecomDbContext, SqlServerPostsTelecomDbContext>("telecomdb", Roles.TelecomOfficer);
builder.Services.AddUnitDirectory();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<PostalServicePointsService>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
