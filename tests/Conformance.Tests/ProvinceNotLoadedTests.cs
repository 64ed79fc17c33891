using GiaLaiIct.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// A write into a province the platform does not hold (99: no units.csv of it was ever imported) is refused, names
/// <c>province</c> and writes nothing, in every service: each create of the catalogue of idempotent creates, sent
/// with province 99 instead of 64, and the yearly writes that name no unit.
/// </summary>
public sealed class ProvinceNotLoadedTests
{
    private const string Loaded = "\"province\":\"64\"";
    private const string NotLoaded = "\"province\":\"99\"";

    /// <summary>Writes that are not creates and name no unit, so that only the province stands between them and the database.</summary>
    private static readonly IdempotentCreate[] YearlyWrites =
    [
        new("inspection", "InspectionPlans/SetPlan", """{"province":"64","year":2018,"title":"Kế hoạch thanh tra năm 2018"}"""),
        new("inspection", "InspectionPlans/SetPlannedInspection",
            """{"province":"64","year":2018,"item":1,"field":"telecom","lead":"department","subject":"Doanh nghiệp viễn thông","quarter":2}"""),
    ];

    private static IEnumerable<IdempotentCreate> Writes =>
        IdempotentCreates.All.Where(create => create.Request.Contains(Loaded, StringComparison.Ordinal)).Concat(YearlyWrites);

    public static TheoryData<string, string> Keys()
    {
        var keys = new TheoryData<string, string>();
        foreach (var write in Writes)
        {
            keys.Add(write.Service, write.Method);
        }
        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_write_into_a_province_not_loaded_is_refused_naming_the_province(string service, string method)
    {
        var write = Writes.Single(w => w.Service == service && w.Method == method);
        using var host = ServiceCatalogue.Named(service).Start();
        using var channel = host.Channel(TestCaller.Admin);
        var descriptor = host.Method(write.Method).Descriptor;
        var before = SqliteDump.Of(host.DatabaseFile);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            UnaryCall.InvokeAsync(channel, descriptor, UnaryCall.Request(descriptor, write.Request.Replace(Loaded, NotLoaded, StringComparison.Ordinal))));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToArray() ?? [];
        // A sanction or a referred case names the inspection it comes from, which cannot exist in a province not loaded.
        Assert.Contains(write.Before.Length == 0 ? "province" : "inspectionId", fields);
        Assert.Equal(before, SqliteDump.Of(host.DatabaseFile));
    }

    [Fact]
    public void Every_division_has_a_write_in_the_check()
    {
        Assert.Equal(ServiceCatalogue.All.Select(s => s.Name).Order(), Writes.Select(w => w.Service).Distinct().Order());
    }
}
