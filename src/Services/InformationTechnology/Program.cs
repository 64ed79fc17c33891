using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.InformationTechnology.Grpc;
using GiaLaiIct.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddDomainService<InformationTechnologyDbContext, SqliteInformationTechnologyDbContext, SqlServerInformationTechnologyDbContext>("itdb");

var app = builder.Build();

app.UseDomainServiceDefaults();
app.MapGrpcService<OnlinePublicServicesService>();

await app.RunAsync();

public partial class Program;
