using GiaLaiIct.InformationTechnology.Domain;
using GiaLaiIct.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.InformationTechnology.Data;

public abstract class InformationTechnologyDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OnlinePublicService> OnlineServices => Set<OnlinePublicService>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<OnlinePublicService>(service =>
        {
            service.ToTable("OnlinePublicServices", table =>
                table.HasCheckConstraint("CK_OnlinePublicServices_Level", $"Level BETWEEN {OnlinePublicService.MinLevel} AND {OnlinePublicService.MaxLevel}"));
            service.HasKey(s => new { s.ProvinceCode, s.Code });
            service.Property(s => s.ProvinceCode).HasMaxLength(2);
            service.Property(s => s.Code).HasMaxLength(64);
            service.Property(s => s.Name).HasMaxLength(500);
            service.Property(s => s.NameFolded).HasMaxLength(500);
            service.Property(s => s.AgencyCode).HasMaxLength(64);
            service.Property(s => s.AgencyName).HasMaxLength(200);
            service.Property(s => s.Version).IsConcurrencyToken();
            service.HasIndex(s => new { s.ProvinceCode, s.AgencyCode });
        });
    }
}
