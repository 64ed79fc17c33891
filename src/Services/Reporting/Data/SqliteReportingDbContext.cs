using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Data;

public sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options);
