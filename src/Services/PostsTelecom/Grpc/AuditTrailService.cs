using GiaLaiIct.PostsTelecom.Data;
using GiaLaiIct.ServiceKit.Audit;
using GiaLaiIct.ServiceKit.Security;
using GiaLaiIct.ServiceDefaults.Audit.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.PostsTelecom.Grpc;

[Authorize(Policy = AccessPolicies.Admin)]
public sealed class AuditTrailService(PostsTelecomDbContext db) : GiaLaiIct.PostsTelecom.V1.AuditTrail.AuditTrailBase
{
    public override Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context) =>
        AuditTrailQuery.ListAsync(db, request, context);
}
