using GiaLaiIct.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using GiaLaiIct.ServiceKit.Audit;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.Reporting.Data;

public abstract class ReportingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AdministrativeUnit> Units => Set<AdministrativeUnit>();
    public DbSet<StatisticValue> Statistics => Set<StatisticValue>();
    public DbSet<IndicatorTarget> Targets => Set<IndicatorTarget>();
    public DbSet<WorkPlanTask> Tasks => Set<WorkPlanTask>();
    public DbSet<DirectiveDocument> Documents => Set<DirectiveDocument>();

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
        modelBuilder.Entity<StatisticValue>(statistic =>
        {
            statistic.ToTable("Statistics");
            statistic.HasKey(s => new { s.ProvinceCode, s.Indicator, s.UnitCode, s.Period, s.Category });
            statistic.Property(s => s.ProvinceCode).HasMaxLength(2);
            statistic.Property(s => s.Indicator).HasMaxLength(48);
            statistic.Property(s => s.UnitCode).HasMaxLength(5);
            statistic.Property(s => s.Period).HasMaxLength(8);
            statistic.Property(s => s.Category).HasMaxLength(48);
            statistic.Property(s => s.Value).HasPrecision(28, 8);
            statistic.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<IndicatorTarget>(target =>
        {
            target.ToTable("Targets");
            target.HasKey(t => new { t.ProvinceCode, t.Indicator, t.UnitCode, t.Year, t.Category });
            target.Property(t => t.ProvinceCode).HasMaxLength(2);
            target.Property(t => t.Indicator).HasMaxLength(48);
            target.Property(t => t.UnitCode).HasMaxLength(5);
            target.Property(t => t.Category).HasMaxLength(48);
            target.Property(t => t.Target).HasPrecision(28, 8);
            target.Property(t => t.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<WorkPlanTask>(task =>
        {
            task.ToTable("WorkPlanTasks");
            task.HasKey(t => new { t.ProvinceCode, t.Plan, t.Number });
            task.Property(t => t.ProvinceCode).HasMaxLength(2);
            task.Property(t => t.Plan).HasMaxLength(64);
            task.Property(t => t.Number).HasMaxLength(16);
            task.Property(t => t.Content).HasMaxLength(4000);
            task.Property(t => t.Lead).HasMaxLength(200);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(8);
            task.Property(t => t.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DirectiveDocument>(document =>
        {
            document.ToTable("DirectiveDocuments");
            document.HasKey(d => new { d.ProvinceCode, d.Number });
            document.Property(d => d.ProvinceCode).HasMaxLength(2);
            document.Property(d => d.Number).HasMaxLength(64);
            document.Property(d => d.Issuer).HasMaxLength(200);
            document.Property(d => d.Title).HasMaxLength(1000);
            document.Property(d => d.SearchText).HasMaxLength(1100);
            document.Property(d => d.Version).IsConcurrencyToken();
            document.HasIndex(d => new { d.ProvinceCode, d.IssuedOn });
        });
    }
}
