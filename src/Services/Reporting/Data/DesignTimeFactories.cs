using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Reporting.Data;

public sealed class SqliteReportingDesignTimeFactory : SqliteDesignTimeFactory<SqliteReportingDbContext>;

public sealed class SqlServerReportingDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerReportingDbContext>;
