using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;

namespace GiaLaiIct.ServiceKit.Tests;

public sealed class ForwardCallerTokenInterceptorTests
{
    private static readonly Method<string, string> Echo = new(
        MethodType.Unary, "test.Echo", "Say", Marshallers.StringMarshaller, Marshallers.StringMarshaller);

    /// <summary>The authorization metadata an outgoing call carries while serving a request with the given header.</summary>
    private static string? AuthorizationSent(string? incomingHeader, Metadata? callHeaders = null)
    {
        var request = new DefaultHttpContext();
        if (incomingHeader is not null)
        {
            request.Request.Headers.Authorization = incomingHeader;
        }
        string? sent = null;
        new ForwardCallerTokenInterceptor(new HttpContextAccessor { HttpContext = request }).AsyncUnaryCall(
            "hello",
            new ClientInterceptorContext<string, string>(Echo, null, new CallOptions(headers: callHeaders)),
            (payload, context) =>
            {
                sent = context.Options.Headers?.GetValue("authorization");
                return new AsyncUnaryCall<string>(Task.FromResult(payload), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
            });
        return sent;
    }

    [Fact]
    public void The_callers_bearer_token_goes_along()
    {
        Assert.Equal("Bearer abc.def.ghi", AuthorizationSent("Bearer abc.def.ghi"));
    }

    [Fact]
    public void A_basic_header_carrying_a_client_secret_stays_where_it_was_sent()
    {
        Assert.Null(AuthorizationSent("Basic YWRtaW46YWRtaW4tc2VjcmV0"));
    }

    [Fact]
    public void A_call_with_its_own_token_keeps_it_and_its_other_metadata()
    {
        var own = new Metadata { { "authorization", "Bearer service-token" }, { "x-request", "1" } };
        Assert.Equal("Bearer service-token", AuthorizationSent("Bearer caller-token", own));
    }

    [Fact]
    public void Without_a_request_being_served_nothing_is_added()
    {
        Assert.Null(AuthorizationSent(null));
    }
}
