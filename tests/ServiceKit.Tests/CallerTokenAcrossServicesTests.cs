using System.Buffers.Binary;
using System.Text;
using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GiaLaiIct.ServiceKit.Tests;

/// <summary>
/// A client registered with <see cref="GrpcClientExtensions.AddGrpcServiceClient{TClient}"/> calling a real HTTP/2
/// server on loopback: what the callee receives as <c>authorization</c> while a request is being served. Exactly one
/// value matters: a callee's bearer check reads the header as one string, so two values (the caller's and the call's
/// own) would turn a valid token into an invalid one.
/// </summary>
public sealed class CallerTokenAcrossServicesTests : IAsyncLifetime
{
    private static readonly Method<string, string> Say = new(
        MethodType.Unary, "test.Echo", "Say", Marshallers.StringMarshaller, Marshallers.StringMarshaller);

    private WebApplication? _callee;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        _callee = builder.Build();
        // A gRPC method by hand: it answers the authorization values it received, one per line.
        _callee.MapPost("/test.Echo/Say", async context =>
        {
            var payload = Encoding.UTF8.GetBytes(string.Join('\n', context.Request.Headers.Authorization.Select(value => value ?? "")));
            var frame = new byte[5 + payload.Length];
            BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
            payload.CopyTo(frame, 5);
            context.Response.ContentType = "application/grpc";
            await context.Response.Body.WriteAsync(frame);
            context.Response.AppendTrailer("grpc-status", "0");
        });
        await _callee.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_callee is not null)
        {
            await _callee.DisposeAsync();
        }
    }

    /// <summary>The authorization values the callee received for a call made while serving a request with the given header.</summary>
    private async Task<string[]> AuthorizationReceived(string? incomingHeader, Metadata? callHeaders = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddGrpcServiceClient<EchoClient>("echo");
        // The resource name is resolved by service discovery in a service; here it is this test's server.
        var address = new Uri(_callee!.Urls.First());
        services.Configure<GrpcClientFactoryOptions>(nameof(EchoClient), options => options.Address = address);
        await using var provider = services.BuildServiceProvider();

        var served = new DefaultHttpContext();
        if (incomingHeader is not null)
        {
            served.Request.Headers.Authorization = incomingHeader;
        }
        provider.GetRequiredService<IHttpContextAccessor>().HttpContext = served;
        var answer = await provider.GetRequiredService<EchoClient>().SayAsync(callHeaders);
        return answer.Length == 0 ? [] : answer.Split('\n');
    }

    [Fact]
    public async Task The_callers_bearer_token_reaches_the_callee_once()
    {
        Assert.Equal(["Bearer abc.def.ghi"], await AuthorizationReceived("Bearer abc.def.ghi"));
    }

    [Fact]
    public async Task A_call_with_its_own_token_sends_that_one_alone()
    {
        var own = new Metadata { { "authorization", "Bearer captured-before" } };
        Assert.Equal(["Bearer captured-before"], await AuthorizationReceived("Bearer caller-token", own));
    }

    [Fact]
    public async Task A_basic_header_or_no_request_sends_no_authorization()
    {
        Assert.Empty(await AuthorizationReceived("Basic YWRtaW46YWRtaW4tc2VjcmV0"));
        Assert.Empty(await AuthorizationReceived(null));
    }

    public sealed class EchoClient : ClientBase<EchoClient>
    {
        public EchoClient(CallInvoker callInvoker) : base(callInvoker)
        {
        }

        private EchoClient(ClientBaseConfiguration configuration) : base(configuration)
        {
        }

        public AsyncUnaryCall<string> SayAsync(Metadata? headers) => CallInvoker.AsyncUnaryCall(Say, null, new CallOptions(headers), "hello");

        protected override EchoClient NewInstance(ClientBaseConfiguration configuration) => new(configuration);
    }
}
