using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using RpcCode = Grpc.Core.StatusCode;
using GiaLaiIct.ServiceKit.Grpc;

namespace GiaLaiIct.ServiceKit.Http;

/// <summary>
/// Problem details for a gRPC status, alike for transcoded routes (<see cref="TranscodingProblemDetailsMiddleware"/>)
/// and for plain HTTP routes that share their code with a gRPC method.
/// </summary>
public static class GrpcStatusProblems
{
    public static string Title(RpcCode code) => code switch
    {
        RpcCode.InvalidArgument => "The request is invalid.",
        RpcCode.NotFound => "Not found.",
        RpcCode.AlreadyExists => "Already exists.",
        RpcCode.Aborted => "Conflict with a concurrent change.",
        RpcCode.FailedPrecondition => "The request cannot be applied in the current state.",
        RpcCode.PermissionDenied => "Forbidden.",
        RpcCode.Unauthenticated => "Unauthorized.",
        RpcCode.Unavailable => "Service unavailable.",
        RpcCode.DeadlineExceeded => "The request timed out.",
        _ => "The request failed.",
    };

    /// <summary>The HTTP answer of a plain route for an <see cref="RpcException"/>: 400 naming each field for field violations.</summary>
    public static IResult ToResult(RpcException exception)
    {
        var extensions = new Dictionary<string, object?> { ["grpcStatus"] = exception.StatusCode.ToString() };
        if (exception.StatusCode == RpcCode.InvalidArgument && exception.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest)
        {
            return Results.ValidationProblem(
                badRequest.FieldViolations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Description).ToArray()),
                detail: exception.Status.Detail,
                title: Title(exception.StatusCode),
                extensions: extensions);
        }
        var status = exception.StatusCode switch
        {
            RpcCode.InvalidArgument or RpcCode.FailedPrecondition => StatusCodes.Status400BadRequest,
            RpcCode.NotFound => StatusCodes.Status404NotFound,
            RpcCode.AlreadyExists or RpcCode.Aborted => StatusCodes.Status409Conflict,
            RpcCode.PermissionDenied => StatusCodes.Status403Forbidden,
            RpcCode.Unauthenticated => StatusCodes.Status401Unauthorized,
            RpcCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
            RpcCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
            _ => StatusCodes.Status500InternalServerError,
        };
        return Results.Problem(statusCode: status, title: Title(exception.StatusCode), detail: exception.Status.Detail, extensions: extensions);
    }
}
