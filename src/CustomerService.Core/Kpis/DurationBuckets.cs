using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <summary>
/// The one bucket layout every <see cref="DurationDistribution"/> shares: logarithmic buckets over
/// whole nanoseconds from 0 to <see cref="long.MaxValue"/>, each narrow enough that one
/// representative value lies within 1% of every value in it. Because every distribution uses the
/// same buckets, merging two distributions is adding their counts.
/// </summary>
/// <remarks>
/// <para>
/// This is the DDSketch idea (Masson, Rim and Lee, "DDSketch: A Fast and Fully-Mergeable Quantile
/// Sketch with Relative-Error Guarantees", VLDB 2019): buckets whose bounds grow geometrically by
/// γ = (1 + α) / (1 − α), so a value's bucket pins it down to a relative error α. DDSketch's buckets
/// are the real intervals (γ^(i−1), γ^i]; ours are built in integer arithmetic instead, so the
/// guarantee holds exactly for every whole nanosecond rather than up to floating-point rounding:
/// bucket i is [lo, hi] with representative r = lo + ⌊lo / 100⌋ (the largest integer no more than 1%
/// above lo) and hi = r + ⌊r / 99⌋ (the largest integer that r is no more than 1% below). Bucket
/// bounds thus grow by about γ = 101/99 ≈ 1.0202 per bucket, as in DDSketch with α = 1%, and the
/// buckets below 50 ns hold a single value each: zero is its own bucket and is counted exactly.
/// </para>
/// <para>
/// Finding a value's bucket costs no logarithm: the value's binary exponent and its next seven bits
/// select a slice of 1/128 of an octave, narrower than any bucket at or above <see cref="SmallLimit"/>,
/// so the slice's first bucket or the one after it is the answer, told apart by one comparison.
/// </para>
/// </remarks>
internal static class DurationBuckets
{
    /// <summary>Values below this are looked up directly in a table.</summary>
    internal const long SmallLimit = 1 << SmallExponent;

    private const int SmallExponent = 10;
    private const int SliceBits = 7;

    private static readonly long[] UpperBoundsTable = BuildUpperBounds();
    private static readonly ushort[] SmallIndexTable = BuildSmallIndex();
    private static readonly ushort[] SliceIndexTable = BuildSliceIndex();

    /// <summary>Gets the number of buckets: 2,051.</summary>
    internal static int Count => UpperBoundsTable.Length;

    /// <summary>Gets each bucket's largest value, in nanoseconds, in increasing order.</summary>
    internal static ReadOnlySpan<long> UpperBounds => UpperBoundsTable;

    /// <summary>Returns the bucket that holds a number of nanoseconds.</summary>
    /// <param name="nanoseconds">A value from 0 to <see cref="long.MaxValue"/>.</param>
    /// <returns>The bucket's index.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int IndexOf(long nanoseconds)
    {
        if (nanoseconds < SmallLimit)
        {
            return SmallIndexTable[(int)nanoseconds];
        }

        var exponent = 63 - BitOperations.LeadingZeroCount((ulong)nanoseconds);

        // The leading one and the seven bits after it: 128..255 within the octave.
        var slice = (int)(nanoseconds >> (exponent - SliceBits));
        var index = (int)SliceIndexTable[((exponent - SmallExponent - 1) << SliceBits) + slice];
        return nanoseconds > UpperBoundsTable[index] ? index + 1 : index;
    }

    /// <summary>Returns the smallest value of a bucket, in nanoseconds.</summary>
    internal static long LowerBound(int index) => index == 0 ? 0 : UpperBoundsTable[index - 1] + 1;

    /// <summary>Returns the value that stands for every value of a bucket: within 1% of each of them.</summary>
    internal static long Representative(int index)
    {
        var lower = LowerBound(index);

        // The last bucket ends at long.MaxValue; its ideal representative lies beyond it, and the
        // bucket's end is then closer to every value in it.
        return lower <= long.MaxValue - (lower / 100) ? lower + (lower / 100) : long.MaxValue;
    }

    /// <summary>
    /// Answers a quantile from bucket counts: the shared reading behind
    /// <see cref="DurationDistribution.Quantile(double)"/> and <see cref="DurationSummary.Quantile(double)"/>.
    /// </summary>
    /// <param name="q">The quantile, from 0 to 1.</param>
    /// <param name="counts">The counts of the buckets from the one holding <paramref name="min"/> to the one holding <paramref name="max"/>.</param>
    /// <param name="firstIndex">The index of the bucket counted by <c>counts[0]</c>.</param>
    /// <param name="count">The number of values.</param>
    /// <param name="min">The smallest value, in nanoseconds.</param>
    /// <param name="max">The largest value, in nanoseconds.</param>
    /// <returns>The estimate, or <see langword="null"/> when there are no values.</returns>
    internal static Duration? Quantile(double q, ReadOnlySpan<long> counts, int firstIndex, long count, long min, long max)
    {
        Guard.Against.OutOfRange(q, nameof(q), 0.0, 1.0, "The quantile must be a number from 0 to 1.");
        if (count == 0)
        {
            return null;
        }

        var rank = (long)Math.Floor(q * (count - 1));
        var estimate = rank == 0 ? min
            : rank == count - 1 ? max

            // The representative is within 1% of the true value, which lies in [min, max]:
            // clamping can only bring it closer.
            : Math.Clamp(Representative(firstIndex + BucketAtRank(counts, rank)), min, max);
        return Duration.FromNanoseconds(estimate);
    }

    private static int BucketAtRank(ReadOnlySpan<long> counts, long rank)
    {
        long seen = 0;
        var last = counts.Length - 1;
        for (var bucket = 0; bucket < last; bucket++)
        {
            seen += counts[bucket];
            if (seen > rank)
            {
                return bucket;
            }
        }

        return last;
    }

    private static long[] BuildUpperBounds()
    {
        var bounds = new List<long>(2_200) { 0 };
        while (bounds[^1] < long.MaxValue)
        {
            Int128 lower = bounds[^1] + 1;
            var representative = lower + (lower / 100);
            var upper = representative + (representative / 99);
            bounds.Add(upper >= long.MaxValue ? long.MaxValue : (long)upper);
        }

        return [.. bounds];
    }

    private static ushort[] BuildSmallIndex()
    {
        var table = new ushort[SmallLimit];
        for (var value = 0; value < table.Length; value++)
        {
            table[value] = SearchIndexOf(value);
        }

        return table;
    }

    private static ushort[] BuildSliceIndex()
    {
        // One entry per slice of every octave from 2^10 to 2^63: the bucket of the slice's first value.
        var table = new ushort[(63 - SmallExponent) << SliceBits];
        for (var entry = 0; entry < table.Length; entry++)
        {
            var exponent = SmallExponent + (entry >> SliceBits);
            var first = (long)((1 << SliceBits) + (entry & ((1 << SliceBits) - 1))) << (exponent - SliceBits);
            table[entry] = SearchIndexOf(first);
        }

        return table;
    }

    private static ushort SearchIndexOf(long nanoseconds)
    {
        // The first bucket whose upper bound is at least the value.
        var found = Array.BinarySearch(UpperBoundsTable, nanoseconds);
        return (ushort)(found >= 0 ? found : ~found);
    }
}
