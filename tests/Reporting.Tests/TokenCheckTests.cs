using System.Net;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GiaLaiIct.Reporting.Tests;

/// <summary>The service checks every token itself, whoever forwarded the call (here: nobody, it is called directly).</summary>
public sealed class TokenCheckTests
{
    private static readonly GetUnitRequest Pleiku = new() { Province = "64", Code = "622" };

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated_over_grpc_and_a_401_problem_over_rest()
    {
        using var host = new ReportingHost();
        using var http = host.CreateClientAs(null);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.UnitsClient(null).GetUnitAsync(Pleiku).ResponseAsync);
        using var response = await http.GetAsync("/api/v1/provinces/64/units/622");

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_the_gateway_never_published_is_rejected()
    {
        using var host = new ReportingHost();
        var forged = TestTokens.Issue(TestCaller.Admin, signingKey: TestTokens.ForeignKey());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new AdministrativeUnits.AdministrativeUnitsClient(host.CreateGrpcChannel(forged)).GetUnitAsync(Pleiku).ResponseAsync);
        var genuine = await new AdministrativeUnits.AdministrativeUnitsClient(host.CreateGrpcChannel(TestTokens.Issue(TestCaller.Admin))).GetUnitAsync(Pleiku);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("622", genuine.Code);
    }

    [Fact]
    public async Task A_token_is_accepted_until_it_expires_by_the_services_clock_and_rejected_after()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        using var host = new ReportingHost();
        host.WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var token = TestTokens.Issue(TestCaller.Viewer, issuedAt: clock.GetUtcNow());
        var client = new AdministrativeUnits.AdministrativeUnitsClient(host.CreateGrpcChannel(token));

        var early = await client.GetUnitAsync(Pleiku);
        clock.Advance(TestTokens.Lifetime - TimeSpan.FromMinutes(1));
        var late = await client.GetUnitAsync(Pleiku);
        // Past expiry and the tolerated clock skew (30 s).
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await Assert.ThrowsAsync<RpcException>(() => client.GetUnitAsync(Pleiku).ResponseAsync);

        Assert.Equal("622", early.Code);
        Assert.Equal("622", late.Code);
        Assert.Equal(StatusCode.Unauthenticated, expired.StatusCode);
    }
}
