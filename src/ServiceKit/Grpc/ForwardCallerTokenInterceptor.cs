using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GiaLaiIct.ServiceKit.Grpc;

/// <summary>
/// Sends the bearer token of the request being served along with a call to another service, so the
/// callee checks the original caller's rights, not the calling service's. A call that carries its own
/// <c>authorization</c> metadata keeps it.
/// </summary>
public sealed class ForwardCallerTokenInterceptor(IHttpContextAccessor httpContextAccessor) : Interceptor
{
    private const string AuthorizationKey = "authorization";
    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// The caller's token as call metadata, or null without one. Code that calls from where the request's
    /// context does not flow (a cache factory run on the thread pool) takes it before and passes it explicitly.
    /// </summary>
    public static Metadata? CallerTokenHeaders(IHttpContextAccessor httpContextAccessor)
    {
        var authorization = httpContextAccessor.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
        // Only bearer tokens travel on: a Basic header carries a client secret, which stays where it was sent.
        return authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? new Metadata { { AuthorizationKey, authorization } }
            : null;
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithCallerToken(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithCallerToken(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithCallerToken(context));

    private ClientInterceptorContext<TRequest, TResponse> WithCallerToken<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class
        where TResponse : class
    {
        if (context.Options.Headers?.Get(AuthorizationKey) is not null || CallerTokenHeaders(httpContextAccessor) is not { } headers)
        {
            return context;
        }
        foreach (var entry in context.Options.Headers ?? [])
        {
            headers.Add(entry);
        }
        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, context.Options.WithHeaders(headers));
    }
}
