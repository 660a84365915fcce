using System;
using System.Buffers.Binary;
using NodaTime;

namespace CustomerService.Cli.Samples;

/// <summary>
/// The generator's random numbers: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014; constants as published by Vigna), written out here so the same
/// seed gives the same data set on every .NET version, which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class SampleRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A seed for the <paramref name="index"/>-th item of a run, so each item's draws do not depend on the others'.</summary>
    public static ulong Mix(long seed, long index)
    {
        var mixer = new SampleRandom(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ (ulong)index);
        return mixer.NextUInt64();
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A whole number in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One of the values, each as likely as its weight.</summary>
    public T Pick<T>(ReadOnlySpan<(T Value, double Weight)> choices)
    {
        var total = 0d;
        foreach (var choice in choices)
        {
            total += choice.Weight;
        }

        var draw = NextDouble() * total;
        foreach (var choice in choices)
        {
            draw -= choice.Weight;
            if (draw < 0)
            {
                return choice.Value;
            }
        }

        return choices[^1].Value;
    }

    /// <summary>A log-normal duration (the usual shape of waiting times) with the given median, to the second.</summary>
    public Duration LogNormal(Duration median, double sigma)
    {
        // Box-Muller: a standard normal from two uniform draws.
        var normal = Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());
        var seconds = median.TotalSeconds * Math.Exp(sigma * normal);
        return Duration.FromSeconds(Math.Max(1, Math.Round(Math.Min(seconds, 90 * 86_400d))));
    }

    /// <summary>A duration drawn evenly from [<paramref name="min"/>, <paramref name="max"/>), to the second.</summary>
    public Duration Between(Duration min, Duration max) =>
        min + Duration.FromSeconds(Math.Floor(NextDouble() * (max - min).TotalSeconds));

    /// <summary>A random (version 4) GUID.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, NextUInt64());
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
