using GiaLaiIct.InformationTechnology.Domain;
using Microsoft.EntityFrameworkCore;
using GiaLaiIct.ServiceKit.Audit;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.InformationTechnology.Data;

public abstract class InformationTechnologyDbContext(DbContextOptions options) : DbContext(options)
{
    private const int ProvinceCodeLength = 2;
    private const int UnitCodeLength = 5;
    private const int KeyLength = 64;
    private const int NameLength = 200;
    private const int EnumLength = 32;

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<OnlinePublicService> OnlineServices => Set<OnlinePublicService>();
    public DbSet<OnlineServiceLevelChange> OnlineServiceLevelChanges => Set<OnlineServiceLevelChange>();
    public DbSet<OneStopDeployment> OneStopDeployments => Set<OneStopDeployment>();
    public DbSet<DossierCount> DossierCounts => Set<DossierCount>();
    public DbSet<EGovernmentRecord> EGovernmentRecords => Set<EGovernmentRecord>();
    public DbSet<SecurityIncident> Incidents => Set<SecurityIncident>();
    public DbSet<Website> Websites => Set<Website>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<Agency>(agency =>
        {
            agency.ToTable("Agencies");
            agency.HasKey(a => new { a.ProvinceCode, a.Code });
            agency.Property(a => a.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            agency.Property(a => a.Code).HasMaxLength(KeyLength);
            agency.Property(a => a.Name).HasMaxLength(NameLength);
            agency.Property(a => a.NameFolded).HasMaxLength(NameLength);
            agency.Property(a => a.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            agency.Property(a => a.UnitCode).HasMaxLength(UnitCodeLength);
            agency.Property(a => a.Version).IsConcurrencyToken();
            agency.HasIndex(a => new { a.ProvinceCode, a.UnitCode });
        });
        modelBuilder.Entity<OnlinePublicService>(service =>
        {
            service.ToTable("OnlinePublicServices", table =>
                table.HasCheckConstraint("CK_OnlinePublicServices_Level", $"Level BETWEEN {OnlinePublicService.MinLevel} AND {OnlinePublicService.MaxLevel}"));
            service.HasKey(s => new { s.ProvinceCode, s.Code });
            service.Property(s => s.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            service.Property(s => s.Code).HasMaxLength(KeyLength);
            service.Property(s => s.Name).HasMaxLength(500);
            service.Property(s => s.NameFolded).HasMaxLength(500);
            service.Property(s => s.AgencyCode).HasMaxLength(KeyLength);
            service.Property(s => s.AgencyName).HasMaxLength(NameLength);
            service.Property(s => s.UnitCode).HasMaxLength(UnitCodeLength);
            service.Property(s => s.Version).IsConcurrencyToken();
            service.HasIndex(s => new { s.ProvinceCode, s.AgencyCode });
            service.HasIndex(s => new { s.ProvinceCode, s.UnitCode });
        });
        modelBuilder.Entity<OnlineServiceLevelChange>(change =>
        {
            change.ToTable("OnlineServiceLevelChanges");
            change.HasKey(c => new { c.ProvinceCode, c.ServiceCode, c.Sequence });
            change.Property(c => c.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            change.Property(c => c.ServiceCode).HasMaxLength(KeyLength);
            change.Property(c => c.Sequence).ValueGeneratedNever();
            change.HasOne<OnlinePublicService>().WithMany()
                .HasForeignKey(c => new { c.ProvinceCode, c.ServiceCode }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OneStopDeployment>(deployment =>
        {
            deployment.ToTable("OneStopDeployments");
            deployment.HasKey(d => new { d.ProvinceCode, d.UnitCode, d.AgencyCode });
            deployment.Property(d => d.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            deployment.Property(d => d.UnitCode).HasMaxLength(UnitCodeLength);
            deployment.Property(d => d.AgencyCode).HasMaxLength(KeyLength);
            deployment.Property(d => d.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DossierCount>(count =>
        {
            count.ToTable("DossierCounts");
            count.HasKey(c => new { c.ProvinceCode, c.UnitCode, c.Period });
            count.Property(c => c.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            count.Property(c => c.UnitCode).HasMaxLength(UnitCodeLength);
            count.Property(c => c.Period).HasMaxLength(8);
            count.Property(c => c.Version).IsConcurrencyToken();
            count.HasIndex(c => new { c.ProvinceCode, c.Year });
        });
        modelBuilder.Entity<EGovernmentRecord>(record =>
        {
            record.ToTable("EGovernmentFigures");
            record.HasKey(r => new { r.ProvinceCode, r.UnitCode, r.Period });
            record.Property(r => r.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            record.Property(r => r.UnitCode).HasMaxLength(UnitCodeLength);
            record.Property(r => r.Period).HasMaxLength(8);
            record.Property(r => r.Version).IsConcurrencyToken();
            // One column per figure, named as the figure (MailAccounts…), not Figures_MailAccounts.
            record.ComplexProperty(r => r.Figures, figures =>
            {
                foreach (var property in figures.Metadata.ComplexType.GetProperties())
                {
                    property.SetColumnName(property.Name);
                }
            });
            record.HasIndex(r => new { r.ProvinceCode, r.Year });
        });
        modelBuilder.Entity<SecurityIncident>(incident =>
        {
            incident.ToTable("SecurityIncidents");
            incident.HasKey(i => new { i.ProvinceCode, i.Id });
            incident.Property(i => i.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            incident.Property(i => i.Id).HasMaxLength(KeyLength);
            incident.Property(i => i.Type).HasConversion<string>().HasMaxLength(EnumLength);
            incident.Property(i => i.UnitCode).HasMaxLength(UnitCodeLength);
            incident.Property(i => i.Description).HasMaxLength(1000);
            incident.Property(i => i.Version).IsConcurrencyToken();
            incident.HasIndex(i => new { i.ProvinceCode, i.HandledAt });
        });
        modelBuilder.Entity<Website>(website =>
        {
            website.ToTable("Websites");
            website.HasKey(w => new { w.ProvinceCode, w.Domain });
            website.Property(w => w.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            website.Property(w => w.Domain).HasMaxLength(253);
            website.Property(w => w.OwnerKind).HasConversion<string>().HasMaxLength(EnumLength);
            website.Property(w => w.OwnerName).HasMaxLength(NameLength);
            website.Property(w => w.OwnerNameFolded).HasMaxLength(NameLength);
            website.Property(w => w.UnitCode).HasMaxLength(UnitCodeLength);
            website.Property(w => w.Version).IsConcurrencyToken();
        });
    }
}
