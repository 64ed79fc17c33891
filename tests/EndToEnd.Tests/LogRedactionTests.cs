using System.Net;
using System.Net.Http.Json;
using GiaLaiIct.TestSupport;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>Every process at Debug level: an environment of its own, so a system of its own.</summary>
public sealed class LogRedactionTests
{
    [Fact]
    public async Task Tokens_secrets_and_personal_data_stay_out_of_every_processs_log_even_at_debug_level()
    {
        // Every process logs everything it has at Debug, the most an operator would switch on.
        var debug = new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Yarp", "System.Net.Http.HttpClient", "Grpc", "Polly", "OpenIddict" }
            .ToDictionary(category => $"Logging__LogLevel__{category}", _ => "Debug");
        await using var system = await RunningSystem.StartAsync(TimeSpan.FromMinutes(3), debug);
        const string PersonName = "Nguyễn Thị Hồng Nhung";
        const string WrongSecret = "a-guess-that-must-not-be-logged";

        var adminToken = await system.RequestTokenAsync("admin");
        var districtToken = await system.RequestTokenAsync("district-622");
        using var anonymous = new HttpClient { BaseAddress = system.GatewayUrl };
        using var guessed = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "admin", ["client_secret"] = WrongSecret,
        }));
        using var admin = new HttpClient(new BearerTokenHandler(adminToken, new SocketsHttpHandler())) { BaseAddress = system.GatewayUrl };
        using var district = new HttpClient(new BearerTokenHandler(districtToken, new SocketsHttpHandler())) { BaseAddress = system.GatewayUrl };
        using var created = await district.PostAsJsonAsync("/api/v1/provinces/64/postal-points", new
        {
            id = "LOG-1", name = "Đại lý bưu điện " + PersonName, kind = "agent", unit = "23557", status = "active", openedOn = "2018-03-01", @operator = "VNPOST",
        });
        using var forbidden = await district.PostAsJsonAsync("/api/v1/provinces/64/postal-points", new
        {
            id = "LOG-2", name = "Đại lý " + PersonName, kind = "agent", unit = "23614", status = "active", openedOn = "2018-03-01", @operator = "VNPOST",
        });
        using var read = await admin.GetAsync("/api/v1/provinces/64/postal-points/LOG-1");
        using var forged = new HttpClient(new BearerTokenHandler(adminToken[..^4] + "AAAA", new SocketsHttpHandler())) { BaseAddress = system.GatewayUrl };
        using var rejected = await forged.GetAsync("/api/v1/provinces/64/postal-points");
        await Task.Delay(TimeSpan.FromSeconds(1)); // let the last log lines of every process arrive

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            [guessed.StatusCode, created.StatusCode, forbidden.StatusCode, read.StatusCode, rejected.StatusCode]);
        var log = string.Join('\n', system.Output);
        Assert.Contains("LOG-1", log, StringComparison.Ordinal); // the log did capture these requests
        var secrets = new[] { "admin-secret", "district-622-secret", WrongSecret, PersonName }
            .Concat(new[] { adminToken, districtToken }.Select(token => token.Split('.')[2]))
            .Concat(new[] { adminToken, districtToken }.Select(token => token.Split('.')[1]));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
        }
    }
}
