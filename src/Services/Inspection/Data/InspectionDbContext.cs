using GiaLaiIct.Inspection.Domain;
using GiaLaiIct.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.Inspection.Data;

public abstract class InspectionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<InspectionRecord> Inspections => Set<InspectionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<InspectionRecord>(inspection =>
        {
            inspection.ToTable("Inspections", table =>
                table.HasCheckConstraint("CK_Inspections_Subjects", "Subjects >= 0"));
            inspection.HasKey(i => new { i.ProvinceCode, i.Id });
            inspection.Property(i => i.ProvinceCode).HasMaxLength(2);
            inspection.Property(i => i.Id).HasMaxLength(64);
            inspection.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
            inspection.Property(i => i.Field).HasConversion<string>().HasMaxLength(32);
            inspection.Property(i => i.Lead).HasConversion<string>().HasMaxLength(32);
            inspection.Property(i => i.UnitCode).HasMaxLength(5);
            inspection.Property(i => i.Version).IsConcurrencyToken();
            inspection.HasIndex(i => new { i.ProvinceCode, i.StartedOn });
        });
    }
}
