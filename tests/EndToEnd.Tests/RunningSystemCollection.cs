using GiaLaiIct.TestSupport;

namespace GiaLaiIct.EndToEnd.Tests;

/// <summary>
/// The tests that neither stop processes nor need an environment of their own share one started system. Who may
/// join: a test that only reads, or writes rows (ids, categories, a province) no other test lists or counts, and that
/// asserts only on what it wrote. Tests whose answers depend on everything in a province (ProvinceDatasetTests)
/// keep a system of their own.
/// </summary>
[CollectionDefinition(RunningSystemFixture.Collection)]
public sealed class RunningSystemCollection : ICollectionFixture<RunningSystemFixture>;
