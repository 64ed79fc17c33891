using System.Globalization;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// How many inputs each category tries, and the one seed they are drawn from: the same run every time, sized
/// to take a few minutes on a 2-core machine. <c>GIALAI_FUZZ_SCALE</c> multiplies every count (e.g. 10 for a
/// longer campaign); <c>GIALAI_FUZZ_SEED</c> replaces the seed.
/// </summary>
public sealed record FuzzBudget(ulong Seed, double Scale)
{
    public const ulong DefaultSeed = 20261202;

    public static FuzzBudget FromEnvironment() => new(
        ulong.TryParse(Environment.GetEnvironmentVariable("GIALAI_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed,
        double.TryParse(Environment.GetEnvironmentVariable("GIALAI_FUZZ_SCALE"), CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1);

    public int Of(int inputs) => Math.Max(1, (int)Math.Round(inputs * Scale));
}
