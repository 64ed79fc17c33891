using GiaLaiIct.Reporting.Domain;
using GiaLaiIct.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Reporting.Data;

public abstract class ReportingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<AdministrativeUnit>(unit =>
        {
            unit.ToTable("AdministrativeUnits");
            unit.HasKey(u => u.Code);
            unit.Property(u => u.Code).HasMaxLength(5);
            unit.Property(u => u.ProvinceCode).HasMaxLength(2);
            unit.Property(u => u.ParentCode).HasMaxLength(5);
            unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
            unit.Property(u => u.Type).HasMaxLength(32);
            unit.Property(u => u.Name).HasMaxLength(128);
            unit.Property(u => u.NameFolded).HasMaxLength(128);
            unit.Property(u => u.Version).IsConcurrencyToken();
            unit.HasIndex(u => new { u.ProvinceCode, u.ParentCode });
            unit.HasIndex(u => u.NameFolded);
        });
    }
}
