using GiaLaiIct.ServiceKit.Data;

namespace GiaLaiIct.PressPublishing.Data;

public sealed class SqlitePressPublishingDesignTimeFactory : SqliteDesignTimeFactory<SqlitePressPublishingDbContext>;

public sealed class SqlServerPressPublishingDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerPressPublishingDbContext>;
