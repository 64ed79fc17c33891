using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.Inspection.Data;

public sealed class SqliteInspectionDesignTimeFactory : SqliteDesignTimeFactory<SqliteInspectionDbContext>;

public sealed class SqlServerInspectionDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerInspectionDbContext>;
