using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// Calls a unary method known by its descriptor only, with a request written as protobuf JSON: one check can then
/// call the same kind of method on every service without a generated client for each.
/// </summary>
public static class UnaryCall
{
    public static IMessage Request(MethodDescriptor method, string json) => JsonParser.Default.Parse(json, method.InputType);

    public static async Task<IMessage> InvokeAsync(GrpcChannel channel, MethodDescriptor method, IMessage request)
    {
        var call = new Method<IMessage, IMessage>(
            MethodType.Unary,
            method.Service.FullName,
            method.Name,
            Marshallers.Create(message => message.ToByteArray(), bytes => method.InputType.Parser.ParseFrom(bytes)),
            Marshallers.Create(message => message.ToByteArray(), bytes => method.OutputType.Parser.ParseFrom(bytes)));
        return await channel.CreateCallInvoker().AsyncUnaryCall(call, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)), request);
    }

    /// <summary>The status the call ends with: OK, or the code of the error it raised.</summary>
    public static async Task<StatusCode> StatusOfAsync(GrpcChannel channel, MethodDescriptor method, IMessage request)
    {
        try
        {
            await InvokeAsync(channel, method, request);
            return StatusCode.OK;
        }
        catch (RpcException exception)
        {
            return exception.StatusCode;
        }
    }
}
