using GiaLaiIct.ServiceKit.Grpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Time.Testing;

namespace GiaLaiIct.ServiceKit.Tests;

public sealed class DefaultDeadlineInterceptorTests
{
    private static readonly Method<string, string> Echo = new(
        MethodType.Unary, "test.Echo", "Say", Marshallers.StringMarshaller, Marshallers.StringMarshaller);

    private static DateTime? DeadlineSeen(CallOptions options, FakeTimeProvider clock)
    {
        DateTime? seen = null;
        var interceptor = new DefaultDeadlineInterceptor(clock, TimeSpan.FromSeconds(15));
        interceptor.AsyncUnaryCall(
            "hello",
            new ClientInterceptorContext<string, string>(Echo, null, options),
            (request, context) =>
            {
                seen = context.Options.Deadline;
                return new AsyncUnaryCall<string>(Task.FromResult(request), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
            });
        return seen;
    }

    [Fact]
    public void A_call_without_a_deadline_gets_the_default_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTime(2026, 11, 22, 8, 0, 15, DateTimeKind.Utc), DeadlineSeen(new CallOptions(), clock));
    }

    [Fact]
    public void A_deadline_the_caller_set_is_kept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        var own = new DateTime(2026, 11, 22, 8, 0, 2, DateTimeKind.Utc);
        Assert.Equal(own, DeadlineSeen(new CallOptions(deadline: own), clock));
    }
}
