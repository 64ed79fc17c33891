using Google.Rpc;
using Grpc.Core;
using RpcCode = Grpc.Core.StatusCode;

namespace GiaLaiIct.Reporting.Http;

/// <summary>The problem details a plain HTTP route answers for a gRPC status raised by the code it shares with a gRPC method.</summary>
public static class RpcProblems
{
    public static IResult ToResult(RpcException exception)
    {
        if (exception.StatusCode == RpcCode.InvalidArgument && exception.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest)
        {
            return Results.ValidationProblem(
                badRequest.FieldViolations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Description).ToArray()),
                detail: exception.Status.Detail);
        }
        var status = exception.StatusCode switch
        {
            RpcCode.InvalidArgument => StatusCodes.Status400BadRequest,
            RpcCode.NotFound => StatusCodes.Status404NotFound,
            RpcCode.PermissionDenied => StatusCodes.Status403Forbidden,
            RpcCode.Unauthenticated => StatusCodes.Status401Unauthorized,
            RpcCode.Unavailable or RpcCode.DeadlineExceeded => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        return Results.Problem(statusCode: status, detail: exception.Status.Detail);
    }
}
