using GiaLaiIct.Inspection.Domain;
using Microsoft.EntityFrameworkCore;
using GiaLaiIct.ServiceKit.Audit;

namespace GiaLaiIct.Inspection.Data;

public abstract class InspectionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<InspectionRecord> Inspections => Set<InspectionRecord>();
    public DbSet<InspectionPlan> Plans => Set<InspectionPlan>();
    public DbSet<PlannedInspection> PlannedInspections => Set<PlannedInspection>();
    public DbSet<SanctionDecision> Sanctions => Set<SanctionDecision>();
    public DbSet<LicenceEffect> LicenceEffects => Set<LicenceEffect>();
    public DbSet<ReferredCase> ReferredCases => Set<ReferredCase>();
    public DbSet<Complaint> Complaints => Set<Complaint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<InspectionRecord>(inspection =>
        {
            inspection.ToTable("Inspections", table =>
            {
                table.HasCheckConstraint("CK_Inspections_Subjects", "Subjects >= 0");
                table.HasCheckConstraint("CK_Inspections_Violations", "Violations >= 0 AND ViolationsWithoutSanction >= 0");
            });
            inspection.HasKey(i => new { i.ProvinceCode, i.Id });
            inspection.Property(i => i.ProvinceCode).HasMaxLength(2);
            inspection.Property(i => i.Id).HasMaxLength(64);
            inspection.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
            inspection.Property(i => i.Field).HasConversion<string>().HasMaxLength(32);
            inspection.Property(i => i.Lead).HasConversion<string>().HasMaxLength(32);
            inspection.Property(i => i.UnitCode).HasMaxLength(5);
            inspection.Property(i => i.Conclusion).HasMaxLength(2000);
            inspection.Property(i => i.Version).IsConcurrencyToken();
            inspection.Ignore(i => i.IsClosed);
            inspection.HasIndex(i => new { i.ProvinceCode, i.StartedOn });
        });
        modelBuilder.Entity<InspectionPlan>(plan =>
        {
            plan.ToTable("InspectionPlans");
            plan.HasKey(p => new { p.ProvinceCode, p.Year });
            plan.Property(p => p.ProvinceCode).HasMaxLength(2);
            plan.Property(p => p.Title).HasMaxLength(500);
            plan.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PlannedInspection>(item =>
        {
            item.ToTable("PlannedInspections");
            item.HasKey(p => new { p.ProvinceCode, p.Year, p.Item });
            item.Property(p => p.ProvinceCode).HasMaxLength(2);
            item.Property(p => p.Field).HasConversion<string>().HasMaxLength(32);
            item.Property(p => p.Lead).HasConversion<string>().HasMaxLength(32);
            item.Property(p => p.Subject).HasMaxLength(500);
            item.Property(p => p.Version).IsConcurrencyToken();
            item.HasOne<InspectionPlan>().WithMany().HasForeignKey(p => new { p.ProvinceCode, p.Year }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SanctionDecision>(decision =>
        {
            decision.ToTable("SanctionDecisions", table => table.HasCheckConstraint("CK_SanctionDecisions_Fine", "FineVnd >= 0"));
            decision.HasKey(d => new { d.ProvinceCode, d.Number });
            decision.Property(d => d.ProvinceCode).HasMaxLength(2);
            decision.Property(d => d.Number).HasMaxLength(64);
            decision.Property(d => d.InspectionId).HasMaxLength(64);
            decision.Property(d => d.Subject).HasMaxLength(300);
            decision.Property(d => d.SubjectFolded).HasMaxLength(300);
            decision.Property(d => d.Violation).HasMaxLength(1000);
            decision.Property(d => d.Confiscated).HasMaxLength(1000);
            decision.Property(d => d.RemedialMeasures).HasMaxLength(1000);
            decision.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            decision.Property(d => d.LicenceNumber).HasMaxLength(64);
            decision.Property(d => d.LicenceAction).HasConversion<string>().HasMaxLength(16);
            decision.Property(d => d.Version).IsConcurrencyToken();
            decision.HasIndex(d => new { d.ProvinceCode, d.DecidedOn });
            decision.HasIndex(d => new { d.ProvinceCode, d.InspectionId });
            // The overdue-for-compliance scan: the unsettled decisions whose compliance date has passed.
            decision.HasIndex(d => new { d.ProvinceCode, d.Status, d.ComplyBy });
            decision.HasOne<InspectionRecord>().WithMany().HasForeignKey(d => new { d.ProvinceCode, d.InspectionId }).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<LicenceEffect>(effect =>
        {
            effect.ToTable("LicenceEffects");
            effect.HasKey(e => new { e.ProvinceCode, e.DecisionNumber });
            effect.Property(e => e.ProvinceCode).HasMaxLength(2);
            effect.Property(e => e.DecisionNumber).HasMaxLength(64);
            effect.Property(e => e.LicenceNumber).HasMaxLength(64);
            effect.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
            effect.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
            effect.Property(e => e.Owner).HasMaxLength(32);
            effect.Property(e => e.LastError).HasMaxLength(1000);
            effect.Property(e => e.RefusalReason).HasMaxLength(1000);
            effect.Property(e => e.ResultingStatus).HasMaxLength(32);
            effect.Property(e => e.AppliedAt).HasMaxLength(40);
            // The relay's scan: the pending effects whose next attempt is due, soonest first.
            effect.HasIndex(e => new { e.State, e.NextAttemptAtMs });
            effect.HasOne<SanctionDecision>().WithOne().HasForeignKey<LicenceEffect>(e => new { e.ProvinceCode, e.DecisionNumber }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ReferredCase>(referral =>
        {
            referral.ToTable("ReferredCases", table => table.HasCheckConstraint("CK_ReferredCases_Fine", "ProposedFineVnd >= 0"));
            referral.HasKey(r => new { r.ProvinceCode, r.Number });
            referral.Property(r => r.ProvinceCode).HasMaxLength(2);
            referral.Property(r => r.Number).HasMaxLength(64);
            referral.Property(r => r.InspectionId).HasMaxLength(64);
            referral.Property(r => r.Subject).HasMaxLength(300);
            referral.Property(r => r.SubjectFolded).HasMaxLength(300);
            referral.Property(r => r.Violation).HasMaxLength(1000);
            referral.Property(r => r.ReferredTo).HasMaxLength(300);
            referral.Property(r => r.Version).IsConcurrencyToken();
            referral.Ignore(r => r.Facts);
            referral.HasIndex(r => new { r.ProvinceCode, r.ReferredOn });
            referral.HasOne<InspectionRecord>().WithMany().HasForeignKey(r => new { r.ProvinceCode, r.InspectionId }).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Complaint>(complaint =>
        {
            complaint.ToTable("Complaints");
            complaint.HasKey(c => new { c.ProvinceCode, c.Id });
            complaint.Property(c => c.ProvinceCode).HasMaxLength(2);
            complaint.Property(c => c.Id).HasMaxLength(64);
            complaint.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            complaint.Property(c => c.Field).HasConversion<string>().HasMaxLength(32);
            complaint.Property(c => c.Summary).HasMaxLength(1000);
            complaint.Property(c => c.SummaryFolded).HasMaxLength(1000);
            complaint.Property(c => c.ExtensionReason).HasMaxLength(500);
            complaint.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            complaint.Property(c => c.ReferredTo).HasMaxLength(300);
            complaint.Property(c => c.NotAcceptedReason).HasMaxLength(500);
            complaint.Property(c => c.Version).IsConcurrencyToken();
            complaint.Ignore(c => c.EffectiveDeadline);
            complaint.Ignore(c => c.IsAccepted);
            complaint.Ignore(c => c.ClosedOn);
            complaint.HasIndex(c => new { c.ProvinceCode, c.ReceivedOn });
            complaint.HasIndex(c => new { c.ProvinceCode, c.Status });
        });
    }
}
