using GiaLaiIct.PressPublishing.Domain;
using Microsoft.EntityFrameworkCore;
using GiaLaiIct.ServiceKit.Audit;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.PressPublishing.Data;

public abstract class PressPublishingDbContext(DbContextOptions options) : DbContext(options)
{
    private const int ProvinceCodeLength = 2;
    private const int UnitCodeLength = 5;
    private const int KeyLength = 64;
    private const int NameLength = 200;
    private const int EnumLength = 32;
    private const int PeriodLength = 8;

    public DbSet<PressOrganisation> Organisations => Set<PressOrganisation>();
    public DbSet<PressPermit> Permits => Set<PressPermit>();
    public DbSet<PermitStatusChange> PermitStatusChanges => Set<PermitStatusChange>();
    public DbSet<PermitSanction> PermitSanctions => Set<PermitSanction>();
    public DbSet<DepositCheck> DepositChecks => Set<DepositCheck>();
    public DbSet<BroadcastHours> Broadcasts => Set<BroadcastHours>();
    public DbSet<PrintingOutput> PrintingOutputs => Set<PrintingOutput>();
    public DbSet<CommuneRadioStation> CommuneRadios => Set<CommuneRadioStation>();
    public DbSet<CommunicationWork> CommunicationWork => Set<CommunicationWork>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<PressOrganisation>(organisation =>
        {
            organisation.ToTable("PressOrganisations");
            organisation.HasKey(o => new { o.ProvinceCode, o.Name });
            organisation.Property(o => o.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            organisation.Property(o => o.Name).HasMaxLength(NameLength);
            organisation.Property(o => o.NameFolded).HasMaxLength(NameLength);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            organisation.Property(o => o.UnitCode).HasMaxLength(UnitCodeLength);
            organisation.Property(o => o.Version).IsConcurrencyToken();
            organisation.HasIndex(o => new { o.ProvinceCode, o.NameFolded });
        });
        modelBuilder.Entity<PressPermit>(permit =>
        {
            permit.ToTable("PressPermits");
            permit.HasKey(p => new { p.ProvinceCode, p.Number });
            permit.Property(p => p.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            permit.Property(p => p.Number).HasMaxLength(KeyLength);
            permit.Property(p => p.Type).HasConversion<string>().HasMaxLength(EnumLength);
            permit.Property(p => p.Holder).HasMaxLength(NameLength);
            permit.Property(p => p.HolderFolded).HasMaxLength(NameLength);
            permit.Property(p => p.UnitCode).HasMaxLength(UnitCodeLength);
            permit.Property(p => p.Status).HasConversion<string>().HasMaxLength(EnumLength);
            permit.Property(p => p.Version).IsConcurrencyToken();
            permit.HasMany(p => p.History).WithOne()
                .HasForeignKey(c => new { c.ProvinceCode, c.PermitNumber }).OnDelete(DeleteBehavior.Cascade);
            permit.Navigation(p => p.History).AutoInclude(false);
            permit.HasIndex(p => new { p.ProvinceCode, p.IssuedOn });
            permit.HasIndex(p => new { p.ProvinceCode, p.UnitCode });
        });
        modelBuilder.Entity<PermitStatusChange>(change =>
        {
            change.ToTable("PermitStatusChanges");
            change.HasKey(c => new { c.ProvinceCode, c.PermitNumber, c.Sequence });
            change.Property(c => c.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            change.Property(c => c.PermitNumber).HasMaxLength(KeyLength);
            change.Property(c => c.Sequence).ValueGeneratedNever();
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumLength);
            change.Property(c => c.DecisionNumber).HasMaxLength(KeyLength);
            change.Property(c => c.Reason).HasMaxLength(500);
            change.Property(c => c.ChangedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<PermitSanction>(sanction =>
        {
            sanction.ToTable("PermitSanctions");
            sanction.HasKey(s => new { s.ProvinceCode, s.DecisionNumber });
            sanction.Property(s => s.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            sanction.Property(s => s.DecisionNumber).HasMaxLength(KeyLength);
            sanction.Property(s => s.PermitNumber).HasMaxLength(KeyLength);
            sanction.Property(s => s.Action).HasConversion<string>().HasMaxLength(EnumLength);
            sanction.Property(s => s.ResultingStatus).HasConversion<string>().HasMaxLength(EnumLength);
            sanction.HasOne<PressPermit>().WithMany()
                .HasForeignKey(s => new { s.ProvinceCode, s.PermitNumber }).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DepositCheck>(check =>
        {
            check.ToTable("DepositChecks");
            check.HasKey(c => new { c.ProvinceCode, c.Id });
            check.Property(c => c.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            check.Property(c => c.Id).HasMaxLength(KeyLength);
            check.Property(c => c.Title).HasMaxLength(500);
            check.Property(c => c.TitleFolded).HasMaxLength(500);
            check.Property(c => c.Result).HasConversion<string>().HasMaxLength(EnumLength);
            check.Property(c => c.Version).IsConcurrencyToken();
            check.HasIndex(c => new { c.ProvinceCode, c.CheckedOn });
        });
        modelBuilder.Entity<BroadcastHours>(hours =>
        {
            hours.ToTable("BroadcastHours");
            hours.HasKey(h => new { h.ProvinceCode, h.Station, h.Medium, h.Period, h.LanguageKey });
            hours.Property(h => h.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            hours.Property(h => h.Station).HasMaxLength(NameLength);
            hours.Property(h => h.StationFolded).HasMaxLength(NameLength);
            hours.Property(h => h.Medium).HasConversion<string>().HasMaxLength(EnumLength);
            hours.Property(h => h.Period).HasMaxLength(PeriodLength);
            hours.Ignore(h => h.Language);
            hours.Property(h => h.LanguageKey).HasColumnName("Language").HasMaxLength(EnumLength);
            hours.Property(h => h.UnitCode).HasMaxLength(UnitCodeLength);
            hours.Property(h => h.Version).IsConcurrencyToken();
            hours.HasIndex(h => new { h.ProvinceCode, h.PeriodEnd });
        });
        modelBuilder.Entity<PrintingOutput>(output =>
        {
            output.ToTable("PrintingOutputs");
            output.HasKey(o => new { o.ProvinceCode, o.Facility, o.Period });
            output.Property(o => o.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            output.Property(o => o.Facility).HasMaxLength(NameLength);
            output.Property(o => o.FacilityFolded).HasMaxLength(NameLength);
            output.Property(o => o.Period).HasMaxLength(PeriodLength);
            output.Property(o => o.UnitCode).HasMaxLength(UnitCodeLength);
            output.Property(o => o.Version).IsConcurrencyToken();
            output.HasIndex(o => new { o.ProvinceCode, o.PeriodEnd });
        });
        modelBuilder.Entity<CommuneRadioStation>(radio =>
        {
            radio.ToTable("CommuneRadioStations");
            radio.HasKey(r => new { r.ProvinceCode, r.UnitCode });
            radio.Property(r => r.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            radio.Property(r => r.UnitCode).HasMaxLength(UnitCodeLength);
            radio.Property(r => r.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            radio.Property(r => r.Status).HasConversion<string>().HasMaxLength(EnumLength);
            radio.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<CommunicationWork>(work =>
        {
            work.ToTable("CommunicationWork");
            work.HasKey(w => new { w.ProvinceCode, w.Id });
            work.Property(w => w.ProvinceCode).HasMaxLength(ProvinceCodeLength);
            work.Property(w => w.Id).HasMaxLength(KeyLength);
            work.Property(w => w.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            work.Property(w => w.Topic).HasConversion<string>().HasMaxLength(EnumLength);
            work.Property(w => w.Title).HasMaxLength(500);
            work.Property(w => w.TitleFolded).HasMaxLength(500);
            work.Property(w => w.UnitCode).HasMaxLength(UnitCodeLength);
            work.Property(w => w.Version).IsConcurrencyToken();
            work.HasIndex(w => new { w.ProvinceCode, w.HeldOn });
        });
    }
}
