using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Data;

public sealed class SqlitePressPublishingDbContext(DbContextOptions<SqlitePressPublishingDbContext> options) : PressPublishingDbContext(options);
