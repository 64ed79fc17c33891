using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GiaLaiIct.ServiceDefaults.Http;

/// <summary>The trace id of a request as the logs write it (W3C trace id), or the connection's request id without a trace.</summary>
public static class TraceId
{
    public const string Extension = "traceId";

    public static string Of(HttpContext? context) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : context?.TraceIdentifier ?? string.Empty;
}
