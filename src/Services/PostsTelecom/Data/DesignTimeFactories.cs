using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PostsTelecom.Data;

public sealed class SqlitePostsTelecomDesignTimeFactory : SqliteDesignTimeFactory<SqlitePostsTelecomDbContext>;

public sealed class SqlServerPostsTelecomDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerPostsTelecomDbContext>;
