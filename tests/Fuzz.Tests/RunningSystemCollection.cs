namespace GiaLaiIct.Fuzz.Tests;

/// <summary>The tests that fuzz through the gateway share one started system.</summary>
[CollectionDefinition(Name)]
public sealed class RunningSystemCollection : ICollectionFixture<RunningSystemFixture>
{
    public const string Name = "running system";
}
