using NodaTime;

namespace CustomerService.Core.Kpis;

/// <summary>A backlog age bucket: how many open tickets had an age from <see cref="From"/> (included) to <see cref="To"/> (excluded).</summary>
/// <param name="From">The lowest age in the bucket; zero for the first.</param>
/// <param name="To">The age at which the next bucket starts; <see langword="null"/> for the last (no upper limit).</param>
/// <param name="Count">The number of tickets.</param>
public readonly record struct KpiAgeBucket(Duration From, Duration? To, long Count);
