using GiaLaiIct.Inspection.Data;
using GiaLaiIct.ServiceKit.Audit;
using GiaLaiIct.ServiceKit.Security;
using GiaLaiIct.ServiceDefaults.Audit.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.Inspection.Grpc;

[Authorize(Policy = AccessPolicies.Admin)]
public sealed class AuditTrailService(InspectionDbContext db) : GiaLaiIct.Inspection.V1.AuditTrail.AuditTrailBase
{
    public override Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context) =>
        AuditTrailQuery.ListAsync(db, request, context);
}
