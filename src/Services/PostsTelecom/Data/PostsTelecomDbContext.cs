using GiaLaiIct.PostsTelecom.Domain;
using GiaLaiIct.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PostsTelecom.Data;

public abstract class PostsTelecomDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PostalServicePoint> PostalPoints => Set<PostalServicePoint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<PostalServicePoint>(point =>
        {
            point.ToTable("PostalServicePoints");
            point.HasKey(p => new { p.ProvinceCode, p.Id });
            point.Property(p => p.ProvinceCode).HasMaxLength(2);
            point.Property(p => p.Id).HasMaxLength(64);
            point.Property(p => p.Name).HasMaxLength(200);
            point.Property(p => p.NameFolded).HasMaxLength(200);
            point.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
            point.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
            point.Property(p => p.UnitCode).HasMaxLength(5);
            point.Property(p => p.Operator).HasMaxLength(100);
            point.Property(p => p.Version).IsConcurrencyToken();
            point.HasIndex(p => new { p.ProvinceCode, p.UnitCode });
            point.HasIndex(p => p.NameFolded);
        });
    }
}
