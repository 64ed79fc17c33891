using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Data;

public sealed class SqlServerPostsTelecomDbContext(DbContextOptions<SqlServerPostsTelecomDbContext> options) : PostsTelecomDbContext(options);
