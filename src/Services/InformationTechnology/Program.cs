using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Grpc;
using GiaLaiIct.InformationTechnology.Import;
using GiaLaiIct.InformationTechnology.Indicators;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<InformationTechnologyDbContext, SqliteInformationTechnologyDbContext, SqlServerInformationTechnologyDbContext>(Platform.It.Database, Platform.It.OfficerRole);
builder.Services.AddUnitDirectory();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<AgenciesService>();
app.MapGrpcService<OnlinePublicServicesService>();
app.MapGrpcService<OneStopService>();
app.MapGrpcService<EGovernmentService>();
app.MapGrpcService<SecurityIncidentsService>();
app.MapGrpcService<WebsitesService>();
app.MapGrpcService<ItIndicatorSource>();
app.MapGrpcService<ItDatasetImport>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
