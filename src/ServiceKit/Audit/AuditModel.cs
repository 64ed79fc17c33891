using Microsoft.EntityFrameworkCore;

namespace GiaLaiIct.ServiceKit.Audit;

public static class AuditModel
{
    public const string TableName = "AuditTrail";

    /// <summary>The audit table of a service's database; call from the service context's OnModelCreating.</summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(record =>
        {
            record.ToTable(TableName);
            record.HasKey(r => r.Id);
            record.Property(r => r.ClientId).HasMaxLength(200);
            record.Property(r => r.Action).HasMaxLength(16);
            record.Property(r => r.Entity).HasMaxLength(100);
            record.Property(r => r.EntityKey).HasMaxLength(300);
            record.Property(r => r.ProvinceCode).HasMaxLength(16);
            record.HasIndex(r => new { r.Entity, r.EntityKey });
            record.HasIndex(r => r.ClientId);
        });
        return modelBuilder;
    }
}
