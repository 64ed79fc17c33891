using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Data;

public sealed class SqliteInspectionDbContext(DbContextOptions<SqliteInspectionDbContext> options) : InspectionDbContext(options);
