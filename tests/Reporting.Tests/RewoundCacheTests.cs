using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using StackExchange.Redis;

namespace GiaLaiIct.Reporting.Tests;

/// <summary>Computed values against a real redis-server that crashes and comes back from a snapshot older than the last write.</summary>
public sealed class RewoundCacheTests
{
    private const string Total = "/api/v1/provinces/64/indicators/TEL.SUBS.TOTAL/values?period=2018";
    private const string FixedLines = "/api/v1/provinces/64/indicators/TEL.SUBS.FIXED/values?period=2018";

    private static SetStatisticRequest Figure(string indicator, string value, long version = 0) => new()
    {
        Province = "64", Indicator = indicator, Unit = "64", Period = "2018", Value = value, Version = version,
    };

    [Fact]
    public async Task A_redis_restarted_from_a_snapshot_taken_before_a_write_never_serves_the_old_figure()
    {
        using var redis = await RedisServerProcess.StartAsync();
        using var host = new ReportingHost(redis.ConnectionString);
        var statistics = new Statistics.StatisticsClient(host.CreateGrpcChannel());
        using var http = host.CreateClientAs(TestCaller.Admin);
        await statistics.SetStatisticAsync(Figure("TEL.SUBS.FIXED", "35949"));
        await statistics.SetStatisticAsync(Figure("TEL.SUBS.POSTPAID", "92785"));
        var prepaid = await statistics.SetStatisticAsync(Figure("TEL.SUBS.PREPAID", "1170000"));

        var before = await DisplayAsync(http);
        var cachedBefore = await ComputedKeysAsync(redis);
        await using (var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true"))
        {
            await admin.GetServer(redis.ConnectionString).ExecuteAsync("SAVE");
        }
        await statistics.SetStatisticAsync(Figure("TEL.SUBS.PREPAID", "1170248", prepaid.Version));
        var after = await DisplayAsync(http);

        // The crash: the server comes back with the snapshot, which holds the figure cached before the write.
        redis.Kill();
        await redis.RestartAsync();
        var restored = await ComputedKeysAsync(redis);
        var answers = new List<string>();
        var cachedAgain = false;
        for (var attempt = 0; attempt < 40 && !cachedAgain; attempt++)
        {
            answers.Add(await DisplayAsync(http));
            cachedAgain = (await ComputedKeysAsync(redis)).Except(restored).Any();
            await Task.Delay(100);
        }

        Assert.Equal("1.298.734", before);
        Assert.NotEmpty(cachedBefore);
        Assert.Equal("1.298.982", after);
        Assert.Equal(cachedBefore.Order(), restored.Order());
        Assert.True(cachedAgain, "the service did not write to the restarted cache server: the test proved nothing");
        Assert.All(answers, answer => Assert.Equal("1.298.982", answer));
    }

    [Fact]
    public async Task With_the_cache_server_down_figures_come_from_the_database_and_stay_current()
    {
        using var redis = await RedisServerProcess.StartAsync();
        using var host = new ReportingHost(redis.ConnectionString);
        var statistics = new Statistics.StatisticsClient(host.CreateGrpcChannel());
        using var http = host.CreateClientAs(TestCaller.Admin);
        var fixedLine = await statistics.SetStatisticAsync(Figure("TEL.SUBS.FIXED", "35949"));
        var cached = await DisplayAsync(http, FixedLines);

        redis.Kill();
        var during = await DisplayAsync(http, FixedLines);
        await statistics.SetStatisticAsync(Figure("TEL.SUBS.FIXED", "36000", fixedLine.Version));
        var afterWrite = await DisplayAsync(http, FixedLines);

        Assert.Equal("35.949", cached);
        Assert.Equal("35.949", during);
        Assert.Equal("36.000", afterWrite);
    }

    private static async Task<string> DisplayAsync(HttpClient http, string path = Total) =>
        (await http.GetFromJsonAsync<JsonObject>(path))!["display"]!.GetValue<string>();

    private static async Task<List<string>> ComputedKeysAsync(RedisServerProcess redis)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var server = connection.GetServer(redis.ConnectionString);
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: "*computed:64:*"))
        {
            keys.Add(key.ToString());
        }
        return keys;
    }
}
