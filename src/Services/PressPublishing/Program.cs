using GiaLaiIct.PressPublishing.Data;
using GiaLaiIct.PressPublishing.Grpc;
using GiaLaiIct.PressPublishing.Import;
using GiaLaiIct.PressPublishing.Indicators;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<PressPublishingDbContext, SqlitePressPublishingDbContext, SqlServerPressPublishingDbContext>(Platform.Press.Database, Platform.Press.OfficerRole);
builder.Services.AddUnitDirectory();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<PressOrganisationsService>();
app.MapGrpcService<PressPermitsService>();
app.MapGrpcService<DepositChecksService>();
app.MapGrpcService<BroadcastsService>();
app.MapGrpcService<PrintingOutputsService>();
app.MapGrpcService<CommuneRadiosService>();
app.MapGrpcService<CommunicationWorkService>();
app.MapGrpcService<PressLicenceRegistry>();
app.MapGrpcService<PressIndicatorSource>();
app.MapGrpcService<PressDatasetImport>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
