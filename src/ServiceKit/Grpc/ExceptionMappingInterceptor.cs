using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using GiaLaiIct.ServiceDefaults.Http;

namespace GiaLaiIct.ServiceKit.Grpc;

/// <summary>
/// Turns storage conflicts into the status codes a client can act on, instead of Unknown/Internal:
/// a stale concurrency token is Aborted (reload and retry), a natural-key clash is AlreadyExists. Any other
/// failure is logged with its stack and trace id, and the client gets Internal with that trace id and nothing
/// of the exception.
/// </summary>
public sealed class ExceptionMappingInterceptor(ILogger<ExceptionMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RpcException(new Status(
                StatusCode.Aborted,
                "The record was changed by another request since you read it; read it again and retry with the new version."));
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, "A record with the same key already exists."));
        }
        catch (Exception exception) when (exception is not RpcException and not OperationCanceledException)
        {
            var traceId = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? context.GetHttpContext().TraceIdentifier;
            logger.LogError(exception, "Unhandled exception in {Method} (trace {TraceId})", context.Method, traceId);
            throw new RpcException(new Status(StatusCode.Internal, $"The request failed on the server; quote trace id {traceId} when reporting it."));
        }
    }

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
