using CsCheck;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>Draws values from CsCheck generators with one seeded random source, so a run is repeatable.</summary>
public sealed class Fuzzer(ulong seed, uint stream)
{
    private readonly PCG _random = new(stream, seed);

    public T Draw<T>(Gen<T> gen) => gen.Generate(_random, null, out _);

    public int Next(int maxExclusive) => Draw(Gen.Int[0, maxExclusive - 1]);

    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>Random bytes, between <paramref name="min"/> and <paramref name="max"/> of them.</summary>
    public byte[] Bytes(int min, int max)
    {
        var bytes = new byte[Draw(Gen.Int[min, max])];
        for (var index = 0; index < bytes.Length; index++)
        {
            bytes[index] = Draw(Gen.Byte);
        }
        return bytes;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
