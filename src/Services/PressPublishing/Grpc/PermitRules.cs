using GiaLaiIct.PressPublishing.Domain;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;

namespace GiaLaiIct.PressPublishing.Grpc;

internal static class PermitRules
{
    /// <summary>A refused permit change on the wire: a field violation, or FailedPrecondition when the permit's state forbids it.</summary>
    public static RpcException ToRpc(this PermitRuleException refusal) =>
        refusal.Field is { } field
            ? FieldViolations.ForField(field, refusal.Message)
            : new RpcException(new Status(StatusCode.FailedPrecondition, refusal.Message));
}
