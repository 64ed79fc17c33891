using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Data;

public sealed class SqlitePostsTelecomDbContext(DbContextOptions<SqlitePostsTelecomDbContext> options) : PostsTelecomDbContext(options);
