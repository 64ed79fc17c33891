using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.PostsTelecom.Grpc;
using GiaLaiIct.PostsTelecom.Indicators;
using GiaLaiIct.PostsTelecom.Import;
using GiaLaiIct.Reporting.Client;
using GiaLaiIct.Contracts.Divisions;
using GiaLaiIct.ServiceKit;
using GiaLaiIct.ServiceKit.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<PostsTelecomDbContext, SqlitePostsTelecomDbContext, SqlServerPostsTelecomDbContext>(Platform.Telecom.Database, Platform.Telecom.OfficerRole);
builder.Services.AddScoped<IDatabaseSeeder<PostsTelecomDbContext>, NationalOperatorsSeeder>();
builder.Services.AddUnitDirectory();
builder.Services.AddScoped<LicenceSanctions>();

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<TelecomOperatorsService>();
app.MapGrpcService<PostalServicePointsService>();
app.MapGrpcService<BtsStationsService>();
app.MapGrpcService<TelecomLicencesService>();
app.MapGrpcService<LicenceRegistryService>();
app.MapGrpcService<BcciDossiersService>();
app.MapGrpcService<TelecomIndicatorSource>();
app.MapGrpcService<TelecomDatasetImport>();
app.MapGrpcService<AuditTrailService>();

await app.RunAsync();

public partial class Program;
