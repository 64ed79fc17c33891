using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Data;

public sealed class SqliteInformationTechnologyDbContext(DbContextOptions<SqliteInformationTechnologyDbContext> options) : InformationTechnologyDbContext(options);
