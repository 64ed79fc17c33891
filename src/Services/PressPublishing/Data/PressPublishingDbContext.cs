using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.PressPublishing.Data;

public abstract class PressPublishingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PressOrganisation> Organisations => Set<PressOrganisation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<PressOrganisation>(organisation =>
        {
            organisation.ToTable("PressOrganisations");
            organisation.HasKey(o => new { o.ProvinceCode, o.Name });
            organisation.Property(o => o.ProvinceCode).HasMaxLength(2);
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.NameFolded).HasMaxLength(200);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            organisation.Property(o => o.Version).IsConcurrencyToken();
            organisation.HasIndex(o => new { o.ProvinceCode, o.NameFolded });
        });
    }
}
