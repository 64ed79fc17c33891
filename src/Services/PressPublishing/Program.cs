using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Grpc;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<PressPublishingDbContext, SqlitePressPublishingDbContext, SqlServerPressPublishingDbContext>("pressdb", Roles.PressOfficer);

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<PressOrganisationsService>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
