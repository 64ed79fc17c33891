using GiaLaiIct.PostsTelecom.Domain;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using GiaLaiIct.ServiceKit.Audit;

namespace GiaLaiIct.PostsTelecom.Data;

public abstract class PostsTelecomDbContext(DbContextOptions options) : DbContext(options)
{
    private const int ProvinceCodeLength = 2;
    private const int UnitCodeLength = 5;
    private const int KeyLength = 64;
    private const int NameLength = 200;
    private const int EnumLength = 32;

    public DbSet<TelecomOperator> Operators => Set<TelecomOperator>();
    public DbSet<PostalServicePoint> PostalPoints => Set<PostalServicePoint>();
    public DbSet<PostalPointStatusChange> PostalPointStatusChanges => Set<PostalPointStatusChange>();
    public DbSet<BtsStation> Stations => Set<BtsStation>();
    public DbSet<TelecomLicence> Licences => Set<TelecomLicence>();
    public DbSet<LicenceStatusChange> LicenceStatusChanges => Set<LicenceStatusChange>();
    public DbSet<SanctionApplication> SanctionApplications => Set<SanctionApplication>();
    public DbSet<BcciDossierCount> BcciDossierCounts => Set<BcciDossierCount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<TelecomOperator>(telecomOperator =>
        {
            telecomOperator.ToTable("TelecomOperators");
            telecomOperator.HasKey(o => o.Code);
            telecomOperator.Property(o => o.Code).HasMaxLength(32);
            Named(telecomOperator, o => o.Name, o => o.NameFolded);
            telecomOperator.Property(o => o.Field).HasConversion<string>().HasMaxLength(EnumLength);
            telecomOperator.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PostalServicePoint>(point =>
        {
            point.ToTable("PostalServicePoints");
            point.HasKey(p => new { p.ProvinceCode, p.Id });
            point.Property(p => p.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            point.Property(p => p.Id).HasMaxLength(KeyLength);
            Named(point, p => p.Name, p => p.NameFolded);
            point.Property(p => p.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            point.Property(p => p.Status).HasConversion<string>().HasMaxLength(EnumLength);
            point.Property(p => p.UnitCode).HasMaxLength(UnitCodeLength);
            point.Property(p => p.OperatorCode).HasMaxLength(32);
            point.Property(p => p.Version).IsConcurrencyToken();
            point.HasIndex(p => new { p.ProvinceCode, p.UnitCode });
            point.HasOne<TelecomOperator>().WithMany().HasForeignKey(p => p.OperatorCode).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PostalPointStatusChange>(change =>
        {
            change.ToTable("PostalPointStatusChanges");
            change.HasKey(c => new { c.ProvinceCode, c.PointId, c.Sequence });
            change.Property(c => c.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            change.Property(c => c.PointId).HasMaxLength(KeyLength);
            change.Property(c => c.Sequence).ValueGeneratedNever();
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumLength);
            change.HasOne<PostalServicePoint>().WithMany()
                .HasForeignKey(c => new { c.ProvinceCode, c.PointId }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BtsStation>(station =>
        {
            station.ToTable("BtsStations");
            station.HasKey(s => new { s.ProvinceCode, s.Id });
            station.Property(s => s.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            station.Property(s => s.Id).HasMaxLength(KeyLength);
            Named(station, s => s.Name, s => s.NameFolded);
            station.Property(s => s.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            station.Property(s => s.Technology).HasConversion<string>().HasMaxLength(EnumLength);
            station.Property(s => s.OperatorCode).HasMaxLength(32);
            station.Property(s => s.UnitCode).HasMaxLength(UnitCodeLength);
            station.Property(s => s.Version).IsConcurrencyToken();
            station.HasOne<TelecomOperator>().WithMany().HasForeignKey(s => s.OperatorCode).OnDelete(DeleteBehavior.Restrict);
            station.HasIndex(s => new { s.ProvinceCode, s.UnitCode });
            station.HasIndex(s => new { s.ProvinceCode, s.OperatorCode });
        });
        modelBuilder.Entity<TelecomLicence>(licence =>
        {
            licence.ToTable("TelecomLicences");
            licence.HasKey(l => new { l.ProvinceCode, l.Number });
            licence.Property(l => l.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            licence.Property(l => l.Number).HasMaxLength(KeyLength);
            licence.Property(l => l.Type).HasConversion<string>().HasMaxLength(EnumLength);
            licence.Property(l => l.Holder).HasMaxLength(NameLength);
            licence.Property(l => l.HolderFolded).HasMaxLength(NameLength);
            licence.Property(l => l.UnitCode).HasMaxLength(UnitCodeLength);
            licence.Property(l => l.Status).HasConversion<string>().HasMaxLength(EnumLength);
            licence.Property(l => l.Version).IsConcurrencyToken();
            licence.HasIndex(l => new { l.ProvinceCode, l.Type });
            licence.HasIndex(l => new { l.ProvinceCode, l.UnitCode });
        });
        modelBuilder.Entity<LicenceStatusChange>(change =>
        {
            change.ToTable("LicenceStatusChanges");
            change.HasKey(c => new { c.ProvinceCode, c.LicenceNumber, c.Sequence });
            change.Property(c => c.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            change.Property(c => c.LicenceNumber).HasMaxLength(KeyLength);
            change.Property(c => c.Sequence).ValueGeneratedNever();
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumLength);
            change.Property(c => c.DecisionNumber).HasMaxLength(KeyLength);
            change.Property(c => c.Reason).HasMaxLength(500);
            change.Property(c => c.ChangedBy).HasMaxLength(100);
            change.HasOne<TelecomLicence>().WithMany()
                .HasForeignKey(c => new { c.ProvinceCode, c.LicenceNumber }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SanctionApplication>(application =>
        {
            application.ToTable("SanctionApplications");
            application.HasKey(a => new { a.ProvinceCode, a.DecisionNumber });
            application.Property(a => a.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            application.Property(a => a.DecisionNumber).HasMaxLength(KeyLength);
            application.Property(a => a.LicenceNumber).HasMaxLength(KeyLength);
            application.Property(a => a.Action).HasConversion<string>().HasMaxLength(EnumLength);
            application.Property(a => a.ResultingStatus).HasConversion<string>().HasMaxLength(EnumLength);
            application.HasOne<TelecomLicence>().WithMany()
                .HasForeignKey(a => new { a.ProvinceCode, a.LicenceNumber }).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<BcciDossierCount>(count =>
        {
            count.ToTable("BcciDossierCounts");
            count.HasKey(c => new { c.ProvinceCode, c.UnitCode, c.Month });
            count.Property(c => c.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            count.Property(c => c.UnitCode).HasMaxLength(UnitCodeLength);
            count.Property(c => c.Version).IsConcurrencyToken();
        });
    }

    /// <summary>A display name and its folded copy; search is a substring match on the copy, which no index serves.</summary>
    private static void Named<T>(EntityTypeBuilder<T> entity, Expression<Func<T, string>> name, Expression<Func<T, string>> folded)
        where T : class
    {
        entity.Property(name).HasMaxLength(NameLength);
        entity.Property(folded).HasMaxLength(NameLength);
    }
}
