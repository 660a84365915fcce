namespace CustomerService.Core.Kpis;

/// <summary>A rate KPI: how many of how many, such as 42 one-touch resolutions of 60 solved tickets.</summary>
/// <param name="Count">The number that qualify (the numerator).</param>
/// <param name="Total">The number considered (the denominator).</param>
/// <remarks>Counts are exact and merge by addition; the rate is computed from them when asked.</remarks>
public readonly record struct KpiRate(long Count, long Total)
{
    /// <summary>Gets <see cref="Count"/> / <see cref="Total"/>, from 0 to 1; <see langword="null"/> when <see cref="Total"/> is 0.</summary>
    public double? Value => Total == 0 ? null : (double)Count / Total;

    /// <summary>Gets the rate as a percentage, from 0 to 100; <see langword="null"/> when <see cref="Total"/> is 0.</summary>
    public double? Percent => Total == 0 ? null : Count * 100d / Total;

    /// <summary>Adds the counts of another rate (of a disjoint set).</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>The sum.</returns>
    public KpiRate Merge(KpiRate other) => new(Count + other.Count, Total + other.Total);

    internal KpiRate Add(bool qualifies) => new(qualifies ? Count + 1 : Count, Total + 1);
}
