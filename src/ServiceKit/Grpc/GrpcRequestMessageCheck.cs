using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaLaiIct.ServiceKit.Grpc;

/// <summary>
/// Reads the request message of a unary or server-streaming gRPC call before the gRPC server does, and answers
/// a client's mistake with the status that says so: InvalidArgument for a frame that is cut short, carries more
/// than one message, has a compressed flag other than 0 or 1 (or 1 without a known <c>grpc-encoding</c>), or
/// bytes that are not the method's request message; ResourceExhausted for a length prefix over the limit
/// (the 4 GB prefix included), refused before the body is read. Left to the gRPC server, these fail as
/// Unknown with an error logged as if the service were at fault.
/// </summary>
public sealed class GrpcRequestMessageCheck(RequestDelegate next, IOptions<GrpcServiceOptions> options, ILogger<GrpcRequestMessageCheck> logger)
{
    private const int HeaderLength = 5;
    private readonly ConcurrentDictionary<IMethod, MessageParser?> _parsers = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>();
        if (method is null
            || method.Method.Type is MethodType.ClientStreaming or MethodType.DuplexStreaming
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            await next(context);
            return;
        }
        var limit = options.Value.MaxReceiveMessageSize ?? int.MaxValue;
        var (body, refusal) = await ReadMessageAsync(context, limit);
        if (refusal is { } status)
        {
            logger.LogInformation("Refused the request message of {Method}: {Status} {Detail}", method.Method.FullName, status.StatusCode, status.Detail);
            Refuse(context, status);
            return;
        }
        if (Decode(body!, limit) is not { } message)
        {
            Refuse(context, new Status(StatusCode.InvalidArgument, $"The compressed request message does not inflate (gzip) to at most {limit} bytes."));
            return;
        }
        if (ParserOf(method) is { } parser)
        {
            try
            {
                parser.ParseFrom(message);
            }
            catch (InvalidProtocolBufferException exception)
            {
                var detail = $"The request is not a valid {Descriptor(method)?.InputType.FullName ?? "request"} message: {exception.Message}";
                logger.LogInformation("Refused the request message of {Method}: {Detail}", method.Method.FullName, detail);
                Refuse(context, new Status(StatusCode.InvalidArgument, detail));
                return;
            }
        }
        context.Request.Body = new MemoryStream(body!, writable: false);
        await next(context);
    }

    private static async Task<(byte[]? Body, Status? Refusal)> ReadMessageAsync(HttpContext context, int limit)
    {
        var reader = context.Request.BodyReader;
        var buffer = new MemoryStream();
        long? expected = null;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            foreach (var segment in read.Buffer)
            {
                buffer.Write(segment.Span);
            }
            reader.AdvanceTo(read.Buffer.End);
            if (expected is null && buffer.Length >= HeaderLength)
            {
                var header = buffer.GetBuffer().AsSpan(0, HeaderLength);
                if (header[0] > 1)
                {
                    return (null, new Status(StatusCode.InvalidArgument, $"The compressed flag of the request message is {header[0]}; it must be 0 or 1."));
                }
                if (header[0] == 1 && !IsKnownEncoding(context))
                {
                    return (null, new Status(StatusCode.InvalidArgument, "The request message is flagged compressed without a grpc-encoding this service reads (gzip)."));
                }
                var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
                if (length > limit)
                {
                    return (null, new Status(StatusCode.ResourceExhausted, $"The request message of {length} bytes exceeds the maximum of {limit} bytes (Grpc:MaxReceiveMessageBytes)."));
                }
                expected = HeaderLength + length;
            }
            if (expected is { } total && buffer.Length > total)
            {
                return (null, new Status(StatusCode.InvalidArgument, "The request holds more than one message; this method takes one."));
            }
            if (read.IsCompleted)
            {
                break;
            }
        }
        if (expected is null || buffer.Length < expected)
        {
            return (null, new Status(StatusCode.InvalidArgument, $"The request message is cut short: {buffer.Length} bytes of {expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "a 5-byte header"} arrived."));
        }
        return (buffer.ToArray(), null);
    }

    private static bool IsKnownEncoding(HttpContext context) =>
        string.Equals(context.Request.Headers["grpc-encoding"], "gzip", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message bytes of a checked frame, inflated when flagged compressed; null when they do not inflate within the limit.</summary>
    private static byte[]? Decode(byte[] frame, int limit)
    {
        if (frame[0] == 0)
        {
            return frame[HeaderLength..];
        }
        try
        {
            using var gzip = new GZipStream(new MemoryStream(frame, HeaderLength, frame.Length - HeaderLength), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            var chunk = new byte[16384];
            int read;
            while ((read = gzip.Read(chunk)) > 0)
            {
                if (inflated.Length + read > limit)
                {
                    return null;
                }
                inflated.Write(chunk, 0, read);
            }
            return inflated.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static void Refuse(HttpContext context, Status status)
    {
        // A trailers-only answer: the status travels in the headers of an empty response, as gRPC allows.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(status.Detail);
    }

    private MessageParser? ParserOf(GrpcMethodMetadata method) =>
        _parsers.GetOrAdd(method.Method, _ => Descriptor(method)?.InputType.Parser);

    /// <summary>The method's descriptor, from the generated class that holds the service's base class.</summary>
    private static MethodDescriptor? Descriptor(GrpcMethodMetadata method)
    {
        for (var type = method.ServiceType; type is not null; type = type.BaseType)
        {
            if (type.DeclaringType?.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ServiceDescriptor service)
            {
                return service.FindMethodByName(method.Method.Name);
            }
        }
        return null;
    }
}
