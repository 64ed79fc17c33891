using GiaLaiIct.InformationTechnology.Data;
using GiaLaiIct.ServiceKit.Audit;
using GiaLaiIct.ServiceKit.Security;
using GiaLaiIct.ServiceDefaults.Audit.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace GiaLaiIct.InformationTechnology.Grpc;

[Authorize(Policy = AccessPolicies.Admin)]
public sealed class AuditTrailService(InformationTechnologyDbContext db) : GiaLaiIct.InformationTechnology.V1.AuditTrail.AuditTrailBase
{
    public override Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context) =>
        AuditTrailQuery.ListAsync(db, request, context);
}
