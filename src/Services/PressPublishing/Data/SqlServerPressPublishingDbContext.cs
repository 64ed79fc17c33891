using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Data;

public sealed class SqlServerPressPublishingDbContext(DbContextOptions<SqlServerPressPublishingDbContext> options) : PressPublishingDbContext(options);
