using GiaLaiIct.Inspection.Data;
using GiaLaiIct.Inspection.Grpc;
using GiaLaiIct.Inspection.Import;
using GiaLaiIct.Inspection.Indicators;
using GiaLaiIct.Inspection.Relay;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<InspectionDbContext, SqliteInspectionDbContext, SqlServerInspectionDbContext>(Platform.InspectionDivision.Database, Platform.InspectionDivision.OfficerRole);
builder.Services.AddUnitDirectory();
builder.AddLicenceRelay();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<InspectionsService>();
app.MapGrpcService<SanctionDecisionsService>();
app.MapGrpcService<ComplaintsService>();
app.MapGrpcService<InspectionPlansService>();
app.MapGrpcService<InspectionDatasetImport>();
app.MapGrpcService<InspectionIndicatorSource>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
