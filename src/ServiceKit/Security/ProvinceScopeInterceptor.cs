using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace GiaLaiIct.ServiceKit.Security;

/// <summary>
/// A token that names provinces may act only in those: every request whose message has a
/// <c>province</c> field is refused (PermissionDenied) for another province, whatever the method.
/// </summary>
public sealed class ProvinceScopeInterceptor : Interceptor
{
    private const string ProvinceField = "province";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        EnsureProvinceAllowed(request, context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        EnsureProvinceAllowed(request, context);
        return continuation(request, responseStream, context);
    }

    private static void EnsureProvinceAllowed(object request, ServerCallContext context)
    {
        if (request is not IMessage message
            || message.Descriptor.FindFieldByName(ProvinceField) is not { FieldType: FieldType.String } field)
        {
            return;
        }
        var province = ((string)field.Accessor.GetValue(message)).Trim();
        var caller = Caller.From(context);
        if (province.Length > 0 && !caller.MayActIn(province))
        {
            throw new RpcException(new Status(
                StatusCode.PermissionDenied, $"Client {caller.ClientId} may not act in province {province}."));
        }
    }
}
