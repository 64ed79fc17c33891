using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Data;

public sealed class SqlServerReportingDbContext(DbContextOptions<SqlServerReportingDbContext> options) : ReportingDbContext(options);
