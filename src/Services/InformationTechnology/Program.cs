using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Grpc;
using GiaLaiIct.ServiceDefaults;
using GiaLaiIct.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<InformationTechnologyDbContext, SqliteInformationTechnologyDbContext, SqlServerInformationTechnologyDbContext>("itdb", Roles.ItOfficer);

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<OnlinePublicServicesService>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
