using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Data;

public sealed class SqlServerInformationTechnologyDbContext(DbContextOptions<SqlServerInformationTechnologyDbContext> options) : InformationTechnologyDbContext(options);
