using GiaLaiIct.Datasets.V1;
using GiaLaiIct.Indicators.V1;
using GiaLaiIct.Licences.V1;
using GiaLaiIct.Reporting.Data;
using GiaLaiIct.Reporting.Grpc;
using GiaLaiIct.Reporting.Http;
using GiaLaiIct.Reporting.Import;
using GiaLaiIct.Reporting.Indicators;
using GiaLaiIct.Reporting.Licences;
using GiaLaiIct.Reporting.Reports;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit;
using GiaLaiIct.ServiceKit.Data;
using GiaLaiIct.ServiceKit.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<ReportingDbContext, SqliteReportingDbContext, SqlServerReportingDbContext>(Platform.PlanningAndReporting.Database, Platform.PlanningAndReporting.OfficerRole);
builder.Services.AddScoped<IDatabaseSeeder<ReportingDbContext>, ReferenceUnitsSeeder>();
foreach (var division in Platform.DivisionResources)
{
    builder.Services.AddNamedGrpcServiceClient<IndicatorSource.IndicatorSourceClient>(division);
    builder.Services.AddNamedGrpcServiceClient<DatasetPart.DatasetPartClient>(division);
    builder.Services.AddNamedGrpcServiceClient<LicenceRegistry.LicenceRegistryClient>(division);
}
builder.Services.AddGrpcServiceClient<GiaLaiIct.Inspection.V1.Complaints.ComplaintsClient>(Platform.Inspection);
builder.Services.AddSingleton(new IndicatorCatalogue());
builder.Services.AddScoped<IndicatorEvaluatorFactory>();
builder.Services.AddScoped<InputsStamps>();
builder.Services.AddScoped<ComputedValueCache>();
builder.Services.AddScoped<IndicatorValueQuery>();
builder.Services.AddScoped<DatasetOwners>();
builder.Services.AddScoped<DatasetImporter>();
builder.Services.AddScoped<LicenceLookup>();
builder.Services.AddScoped<ReportCompiler>();
builder.Services.AddScoped<FigureFieldChecks>();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<AdministrativeUnitsService>();
app.MapGrpcService<IndicatorsService>();
app.MapGrpcService<StatisticsService>();
app.MapGrpcService<TargetsService>();
app.MapGrpcService<WorkPlansService>();
app.MapGrpcService<DirectiveDocumentsService>();
app.MapGrpcService<AuditTrailService>();
app.MapDatasetEndpoints();
app.MapIndicatorValueEndpoints();
app.MapReportEndpoints();
app.MapLicenceEndpoints();

await app.RunAsync();

public partial class Program;
