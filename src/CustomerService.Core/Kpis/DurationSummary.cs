using System;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <summary>
/// An immutable snapshot of a <see cref="DurationDistribution"/>, as a KPI report shows a time KPI:
/// count, mean, minimum, maximum, median, p90 and p99, and any other quantile on request.
/// </summary>
/// <remarks>
/// The definitions and the 1% bound are those of <see cref="DurationDistribution"/>: quantile q is
/// an estimate of the value at rank ⌊q·(n − 1)⌋ of the sorted values, within 1% of it; count, mean,
/// minimum and maximum are exact. Every statistic is <see langword="null"/> when there are no values.
/// Two summaries are equal when they summarize the same bucket counts, count, total, minimum and
/// maximum, and then every quantile of one equals that of the other.
/// </remarks>
public sealed record DurationSummary
{
    private readonly long[] _counts;
    private readonly int _firstIndex;

    internal DurationSummary(ReadOnlySpan<long> counts, int firstIndex, long count, Int128 totalNanoseconds, long min, long max)
    {
        _counts = counts.ToArray();
        _firstIndex = firstIndex;
        Count = count;
        TotalNanoseconds = totalNanoseconds;
        if (count != 0)
        {
            Min = Duration.FromNanoseconds(min);
            Max = Duration.FromNanoseconds(max);
            Mean = Duration.FromNanoseconds((long)(totalNanoseconds / count));
        }

        Median = Quantile(0.5);
        P90 = Quantile(0.9);
        P99 = Quantile(0.99);
    }

    /// <summary>Gets the number of values.</summary>
    public long Count { get; }

    /// <summary>Gets the exact sum of the values, in nanoseconds.</summary>
    public Int128 TotalNanoseconds { get; }

    /// <summary>Gets the arithmetic mean, exact but rounded down to the nanosecond; <see langword="null"/> when empty.</summary>
    public Duration? Mean { get; }

    /// <summary>Gets the smallest value, exactly; <see langword="null"/> when empty.</summary>
    public Duration? Min { get; }

    /// <summary>Gets the largest value, exactly; <see langword="null"/> when empty.</summary>
    public Duration? Max { get; }

    /// <summary>Gets the median, <c>Quantile(0.5)</c>: the lower middle value, within 1%; <see langword="null"/> when empty.</summary>
    public Duration? Median { get; }

    /// <summary>Gets the 90th percentile, <c>Quantile(0.9)</c>, within 1%; <see langword="null"/> when empty.</summary>
    public Duration? P90 { get; }

    /// <summary>Gets the 99th percentile, <c>Quantile(0.99)</c>, within 1%; <see langword="null"/> when empty.</summary>
    public Duration? P99 { get; }

    /// <summary>Estimates a quantile: the value at rank ⌊q·(n − 1)⌋ of the sorted values, within 1% of it.</summary>
    /// <param name="q">The quantile, from 0 to 1.</param>
    /// <returns>The estimate, or <see langword="null"/> when there are no values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is below 0, above 1 or NaN.</exception>
    public Duration? Quantile(double q) =>
        DurationBuckets.Quantile(q, _counts, _firstIndex, Count, Min?.ToInt64Nanoseconds() ?? 0, Max?.ToInt64Nanoseconds() ?? 0);

    /// <inheritdoc/>
    public bool Equals(DurationSummary? other) =>
        other is not null
        && Count == other.Count
        && TotalNanoseconds == other.TotalNanoseconds
        && Min == other.Min
        && Max == other.Max
        && _firstIndex == other._firstIndex
        && _counts.AsSpan().SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, TotalNanoseconds, Min, Max);
}
