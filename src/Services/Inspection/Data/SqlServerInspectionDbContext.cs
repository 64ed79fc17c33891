using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Data;

public sealed class SqlServerInspectionDbContext(DbContextOptions<SqlServerInspectionDbContext> options) : InspectionDbContext(options);
