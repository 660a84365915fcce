using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <summary>
/// The backlog at an instant: the tickets opened at or before <see cref="At"/> that were not Solved
/// or Closed at <see cref="At"/>, whatever their creation date, by age (<see cref="At"/> less the
/// instant the ticket was opened).
/// </summary>
public sealed class KpiBacklog : IEquatable<KpiBacklog>
{
    private readonly KpiAgeBucket[] _buckets;

    internal KpiBacklog(Instant? at, IReadOnlyList<Duration> limits, ReadOnlySpan<long> counts)
    {
        At = at;
        _buckets = new KpiAgeBucket[limits.Count + 1];
        for (var i = 0; i < _buckets.Length; i++)
        {
            var count = counts.IsEmpty ? 0 : counts[i];
            _buckets[i] = new KpiAgeBucket(i == 0 ? Duration.Zero : limits[i - 1], i < limits.Count ? limits[i] : null, count);
            Count += count;
        }
    }

    /// <summary>Gets the instant the backlog was counted at; <see langword="null"/> when the options asked for no backlog.</summary>
    public Instant? At { get; }

    /// <summary>Gets the number of tickets in the backlog.</summary>
    public long Count { get; }

    /// <summary>Gets the age buckets, youngest first (see <see cref="KpiOptions.BacklogAgeLimits"/>).</summary>
    public IReadOnlyList<KpiAgeBucket> Buckets => _buckets;

    /// <inheritdoc/>
    public bool Equals(KpiBacklog? other) => other is not null && At == other.At && _buckets.AsSpan().SequenceEqual(other._buckets);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiBacklog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(At, Count);

    /// <summary>Describes the backlog, such as <c>12 tickets: 5, 4, 2, 1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Count} tickets: {string.Join(", ", _buckets.Select(b => b.Count))}";
}
