using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Conformance.Tests;

/// <summary>
/// A create sent again with the same key and values (a client's retry after a lost answer) answers what the first
/// one created and writes nothing: the service's SQLite file is unchanged, row for row, audit trail included.
/// </summary>
public sealed class IdempotentCreateTests
{
    [Theory]
    [MemberData(nameof(IdempotentCreates.Keys), MemberType = typeof(IdempotentCreates))]
    public async Task A_repeated_create_answers_the_first_and_writes_nothing(string service, string method)
    {
        var create = IdempotentCreates.Find(service, method);
        using var host = ServiceCatalogue.Named(service).Start();
        using var channel = host.Channel(TestCaller.Admin);
        var descriptor = await create.PrepareAsync(host, channel);
        var empty = SqliteDump.Of(host.DatabaseFile);

        var first = await UnaryCall.InvokeAsync(channel, descriptor, UnaryCall.Request(descriptor, create.Request));
        var afterFirst = SqliteDump.Of(host.DatabaseFile);
        var second = await UnaryCall.InvokeAsync(channel, descriptor, UnaryCall.Request(descriptor, create.Request));
        var afterSecond = SqliteDump.Of(host.DatabaseFile);

        Assert.NotEqual(empty, afterFirst);
        Assert.Equal(first, second);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task Every_create_of_every_service_is_in_the_catalogue_of_idempotent_creates()
    {
        var missing = new List<string>();
        foreach (var subject in ServiceCatalogue.All)
        {
            using var host = subject.Start();
            var creates = host.Methods()
                .Where(method => method.IsUnary && (method.Descriptor.Name.StartsWith("Create", StringComparison.Ordinal) || method.Descriptor.Name.StartsWith("Record", StringComparison.Ordinal)))
                .Select(method => $"{method.Descriptor.Service.Name}/{method.Descriptor.Name}");
            missing.AddRange(creates
                .Where(create => !IdempotentCreates.All.Any(known => known.Service == subject.Name && known.Method == create))
                .Select(create => $"{subject.Name} {create}"));
        }

        Assert.True(missing.Count == 0, "Creates without a retry check (add them to IdempotentCreates): " + string.Join(", ", missing));
    }
}
