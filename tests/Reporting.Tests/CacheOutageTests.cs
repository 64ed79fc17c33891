using GiaLaiIct.Reporting.V1;
using GiaLaiIct.TestSupport;
using StackExchange.Redis;

namespace GiaLaiIct.Reporting.Tests;

public sealed class CacheOutageTests
{
    [Fact]
    public async Task Units_are_served_when_the_cache_server_is_unreachable()
    {
        // A port nobody listens on: every cache call fails at once.
        using var host = new ReportingHost($"127.0.0.1:{EmbeddedRedis.FreePort()}");
        var client = host.UnitsClient();

        var units = await client.ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "622" });
        var unit = await client.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "622", Population = 5, Version = 1,
        });

        Assert.NotEmpty(units.Units);
        Assert.Equal(5, unit.Population);
    }

    [Fact]
    public async Task Units_are_served_when_the_cache_goes_down_after_start()
    {
        var redis = new EmbeddedRedis();
        using var host = new ReportingHost(redis.ConnectionString);
        var client = host.UnitsClient();
        var before = await client.ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "623" });

        redis.Dispose();
        var during = await client.ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "624" });

        Assert.NotEmpty(before.Units);
        Assert.NotEmpty(during.Units);
        Assert.All(during.Units, unit => Assert.Equal("624", unit.ParentCode));
    }

    [Theory]
    [MemberData(nameof(RedisServers.All), MemberType = typeof(RedisServers))]
    public async Task Unit_lists_are_kept_in_the_redis_server_and_dropped_when_a_unit_changes(string server)
    {
        using var garnet = server == RedisServers.EmbeddedGarnet ? new EmbeddedRedis() : null;
        var connectionString = garnet?.ConnectionString ?? server;
        using var host = new ReportingHost(connectionString);
        var client = host.UnitsClient();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString);
        var instance = $"GiaLaiIct.Reporting:units:64:625";

        await client.ListUnitsAsync(new ListUnitsRequest { Province = "64", Parent = "625" });
        // HybridCache writes the second level after answering, so the key appears shortly after.
        var cached = false;
        for (var attempt = 0; attempt < 50 && !cached; attempt++)
        {
            cached = await redis.GetDatabase().KeyExistsAsync(instance);
            if (!cached)
            {
                await Task.Delay(100);
            }
        }
        var unit = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "625" });
        await client.UpdateUnitDemographicsAsync(new UpdateUnitDemographicsRequest
        {
            Province = "64", Code = "625", Population = 77, Version = unit.Version,
        });
        var reread = await client.GetUnitAsync(new GetUnitRequest { Province = "64", Code = "625" });

        Assert.True(cached, $"expected key {instance} in the Redis server after a listing");
        Assert.Equal(77, reread.Population);
    }
}
