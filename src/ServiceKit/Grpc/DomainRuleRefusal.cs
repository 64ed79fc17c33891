using GiaLaiIct.ServiceKit.Domain;
using Grpc.Core;

namespace GiaLaiIct.ServiceKit.Grpc;

public static class DomainRuleRefusal
{
    /// <summary>A refused change on the wire: a field violation, or FailedPrecondition when the entity's state forbids it.</summary>
    public static RpcException ToRpc(this DomainRuleException refusal) =>
        refusal.Field is { } field
            ? FieldViolations.ForField(field, refusal.Message)
            : new RpcException(new Status(StatusCode.FailedPrecondition, refusal.Message));
}
