using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <summary>
/// Accumulates durations (response times, resolution times, wait times) in one pass and answers
/// their count, mean, minimum, maximum and any quantile, such as the median, p90 and p99 a KPI
/// report shows: a mergeable percentile sketch.
/// </summary>
/// <remarks>
/// <para>
/// <b>What is exact.</b> <see cref="Count"/>, <see cref="TotalNanoseconds"/>, <see cref="Mean"/>
/// (rounded down to the nanosecond), <see cref="Min"/> and <see cref="Max"/> are exact.
/// </para>
/// <para>
/// <b>Quantiles.</b> For n values sorted as x₀ ≤ x₁ ≤ … ≤ xₙ₋₁, the quantile q is the value at rank
/// k = ⌊q·(n − 1)⌋ (the lower quantile: the median of an even number of values is the lower of the
/// two middle ones; p90 of 11 values is x₉). <see cref="Quantile(double)"/> returns an estimate
/// within <see cref="RelativeAccuracy"/> (1%) of xₖ: |estimate − xₖ| ≤ 0.01 · xₖ, for any data.
/// It is exact at q = 0 (the minimum), at q = 1 (the maximum), for zero, and for values below 50 ns.
/// </para>
/// <para>
/// <b>How.</b> Values are counted in logarithmic buckets, each about 2% wider than the previous one,
/// with a representative within 1% of every value in it: the DDSketch of Masson, Rim and Lee
/// ("DDSketch: A Fast and Fully-Mergeable Quantile Sketch with Relative-Error Guarantees",
/// VLDB 2019), with bucket bounds computed in whole nanoseconds so the bound holds without
/// rounding error. Adding a value is a few arithmetic operations and two table reads; memory is one
/// 8-byte count per bucket between the smallest and the largest value seen (about 115 buckets per
/// factor of 10, so about 460 for values from a minute to a week, and at most 2,051, 16 KB).
/// </para>
/// <para>
/// <b>Merging.</b> Every distribution uses the same buckets, so <see cref="Merge(DurationDistribution)"/>
/// adds counts: merging the distributions of disjoint partitions gives exactly the distribution of
/// their union (identical quantiles, not merely within the bound), in any order and grouping.
/// </para>
/// <para>
/// <b>Range.</b> Values are from zero to <see cref="MaxSupportedValue"/> (<see cref="long.MaxValue"/>
/// nanoseconds, about 292 years). The total is kept as a 128-bit number of nanoseconds and cannot
/// overflow.
/// </para>
/// <para>
/// Instances are not thread-safe: give each thread its own and merge them.
/// </para>
/// </remarks>
public sealed class DurationDistribution
{
    /// <summary>The guaranteed relative accuracy of quantiles: 1%.</summary>
    public const double RelativeAccuracy = 0.01;

    private const string OutOfRangeMessage = "A duration in a distribution must be from zero to about 292 years (long.MaxValue nanoseconds).";

    // Spare buckets allocated beyond a new extreme value, so a slowly widening range grows rarely.
    private const int GrowthSlack = 16;

    private long[] _counts = [];
    private int _firstIndex;
    private long _count;
    private Int128 _totalNanoseconds;
    private long _min = long.MaxValue;
    private long _max = long.MinValue;

    /// <summary>Gets the largest duration a distribution accepts: <see cref="long.MaxValue"/> nanoseconds, about 292 years.</summary>
    public static Duration MaxSupportedValue { get; } = Duration.FromNanoseconds(long.MaxValue);

    /// <summary>Gets the number of values added.</summary>
    public long Count => _count;

    /// <summary>Gets a value indicating whether no value has been added.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Gets the exact sum of the values, in nanoseconds (a 128-bit number: it cannot overflow).</summary>
    public Int128 TotalNanoseconds => _totalNanoseconds;

    /// <summary>Gets the smallest value, exactly; <see langword="null"/> when empty.</summary>
    public Duration? Min => IsEmpty ? null : Duration.FromNanoseconds(_min);

    /// <summary>Gets the largest value, exactly; <see langword="null"/> when empty.</summary>
    public Duration? Max => IsEmpty ? null : Duration.FromNanoseconds(_max);

    /// <summary>Gets the arithmetic mean, exact but rounded down to the nanosecond; <see langword="null"/> when empty.</summary>
    public Duration? Mean => IsEmpty ? null : Duration.FromNanoseconds((long)(_totalNanoseconds / _count));

    /// <summary>Adds a value.</summary>
    /// <param name="value">The duration, from zero to <see cref="MaxSupportedValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or greater than <see cref="MaxSupportedValue"/>; the distribution is unchanged.</exception>
    public void Add(Duration value)
    {
        // Checked inline first: the guard's generic comparisons cost a nanosecond on a path that runs
        // several times per ticket.
        if (value < Duration.Zero || value > MaxSupportedValue)
        {
            Guard.Against.OutOfRange(value, nameof(value), Duration.Zero, MaxSupportedValue, OutOfRangeMessage);
        }

        AddNanoseconds(value.ToInt64Nanoseconds());
    }

    /// <summary>Adds a value in nanoseconds, not negative: the KPIs' path, which computes in nanoseconds.</summary>
    internal void AddNanoseconds(long nanoseconds)
    {
        if (nanoseconds < 0)
        {
            Guard.Against.Negative(nanoseconds, nameof(nanoseconds), OutOfRangeMessage);
        }

        var index = DurationBuckets.IndexOf(nanoseconds);
        var slot = index - _firstIndex;
        if ((uint)slot >= (uint)_counts.Length)
        {
            Cover(index, index);
            slot = index - _firstIndex;
        }

        _counts[slot]++;
        _count++;
        _totalNanoseconds += nanoseconds;
        _min = Math.Min(_min, nanoseconds);
        _max = Math.Max(_max, nanoseconds);
    }

    /// <summary>
    /// Adds every value of another distribution to this one, as if they had been added here.
    /// <paramref name="other"/> is unchanged.
    /// </summary>
    /// <param name="other">The distribution to add; may be this one (which doubles every count).</param>
    /// <returns>This distribution, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public DurationDistribution Merge(DurationDistribution other)
    {
        Guard.Against.Null(other);
        if (other.IsEmpty)
        {
            return this;
        }

        var first = DurationBuckets.IndexOf(other._min);
        var last = DurationBuckets.IndexOf(other._max);
        Cover(first, last);

        var source = other.UsedCounts();
        var target = _counts.AsSpan(first - _firstIndex, source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            target[i] += source[i];
        }

        _count += other._count;
        _totalNanoseconds += other._totalNanoseconds;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
        return this;
    }

    /// <summary>Estimates a quantile: the value at rank ⌊q·(n − 1)⌋ of the sorted values, within 1% of it.</summary>
    /// <param name="q">The quantile, from 0 to 1: 0.5 for the median, 0.9 for p90, 0.99 for p99.</param>
    /// <returns>The estimate, or <see langword="null"/> when the distribution is empty (there is no such value).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is below 0, above 1 or NaN.</exception>
    public Duration? Quantile(double q) =>
        DurationBuckets.Quantile(q, UsedCounts(), IsEmpty ? 0 : DurationBuckets.IndexOf(_min), _count, _min, _max);

    /// <summary>Takes an immutable snapshot for a report: later additions and merges do not change it.</summary>
    /// <returns>The summary.</returns>
    public DurationSummary ToSummary() =>
        new(UsedCounts(), IsEmpty ? 0 : DurationBuckets.IndexOf(_min), _count, _totalNanoseconds, _min, _max);

    /// <summary>The counts from the bucket of the smallest value to the bucket of the largest.</summary>
    private ReadOnlySpan<long> UsedCounts()
    {
        if (IsEmpty)
        {
            return [];
        }

        var first = DurationBuckets.IndexOf(_min);
        return _counts.AsSpan(first - _firstIndex, DurationBuckets.IndexOf(_max) - first + 1);
    }

    /// <summary>Grows the counts, if needed, so they cover the buckets from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private void Cover(int first, int last)
    {
        var end = _firstIndex + _counts.Length;
        if (_counts.Length != 0 && first >= _firstIndex && last < end)
        {
            return;
        }

        var newFirst = _counts.Length == 0 || first < _firstIndex ? Math.Max(0, first - GrowthSlack) : _firstIndex;
        var newEnd = _counts.Length == 0 || last >= end ? Math.Min(DurationBuckets.Count, last + 1 + GrowthSlack) : end;
        var grown = new long[newEnd - newFirst];
        if (_counts.Length != 0)
        {
            _counts.CopyTo(grown.AsSpan(_firstIndex - newFirst));
        }

        _counts = grown;
        _firstIndex = newFirst;
    }
}
