using GiaLaiIct.Contracts.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace GiaLaiIct.ServiceKit.Grpc;

/// <summary>
/// Applies <see cref="TextFieldRule"/> to every text field of every request, gRPC and transcoded REST alike,
/// before a service method sees it: one rule in one place instead of a length check per field per method.
/// Fields are named as REST clients see them (JSON names, dotted for nested messages).
/// </summary>
public sealed class RequestTextInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(request);
        return continuation(request, responseStream, context);
    }

    private static void Check(object? request)
    {
        if (request is not IMessage message)
        {
            return;
        }
        var violations = new FieldViolations();
        CheckMessage(message, prefix: "", violations, depth: 0);
        violations.ThrowIfAny();
    }

    private static void CheckMessage(IMessage message, string prefix, FieldViolations violations, int depth)
    {
        // Requests nest a message or two; a deeper one is no request of this platform's, and recursion stays bounded.
        if (depth > 16)
        {
            return;
        }
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.JsonName;
            if (field.IsMap)
            {
                continue;
            }
            var value = field.Accessor.GetValue(message);
            switch (field.FieldType)
            {
                case FieldType.String when field.IsRepeated:
                    var index = 0;
                    foreach (var item in (System.Collections.IEnumerable)value)
                    {
                        Report(violations, $"{path}[{index++}]", field.Name, item as string);
                    }
                    break;
                case FieldType.String:
                    Report(violations, path, field.Name, value as string);
                    break;
                case FieldType.Message when field.MessageType.File.Package != "google.protobuf":
                    if (field.IsRepeated)
                    {
                        var position = 0;
                        foreach (var item in (System.Collections.IEnumerable)value)
                        {
                            if (item is IMessage nested)
                            {
                                CheckMessage(nested, $"{path}[{position}].", violations, depth + 1);
                            }
                            position++;
                        }
                    }
                    else if (value is IMessage nested)
                    {
                        CheckMessage(nested, path + ".", violations, depth + 1);
                    }
                    break;
            }
        }
    }

    private static void Report(FieldViolations violations, string path, string protoName, string? value)
    {
        if (TextFieldRule.Problem(protoName, value) is { } problem)
        {
            violations.Add(path, problem);
        }
    }
}
