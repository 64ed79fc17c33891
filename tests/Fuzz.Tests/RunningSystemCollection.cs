using GiaLaiIct.TestSupport;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>The tests that fuzz through the gateway share one started system.</summary>
[CollectionDefinition(RunningSystemFixture.Collection)]
public sealed class RunningSystemCollection : ICollectionFixture<UnthrottledSystemFixture>;
