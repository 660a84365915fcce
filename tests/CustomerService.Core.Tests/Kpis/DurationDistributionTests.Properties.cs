using System;
using System.Linq;
using CsCheck;
using CustomerService.Core.Kpis;
using NodaTime;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Kpis;

// The laws of a mergeable sketch, on generated data: the 1% bound against exact sort-based
// quantiles, merge associativity and commutativity, partitions merged equal to one pass, and
// order independence. Values are nanoseconds.
public sealed partial class DurationDistributionTests
{
    private const long Day = 86_400_000_000_000;

    /// <summary>Response-time-like data: log-normal around four hours with a long tail.</summary>
    private static readonly Gen<long> LogNormal =
        Gen.Select(Gen.Double[1e-12, 1], Gen.Double[0, 1], (u1, u2) =>
        {
            var standardNormal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return ToNanoseconds(Math.Exp(Math.Log(4 * 3_600e9) + (2 * standardNormal)));
        });

    /// <summary>Every magnitude from a nanosecond to the top of the range, equally often.</summary>
    private static readonly Gen<long> LogUniform = Gen.Double[0, Math.Log(long.MaxValue)].Select(x => ToNanoseconds(Math.Exp(x)));

    private static readonly Gen<long> Uniform = Gen.Long[0, 30 * Day];

    private static readonly Gen<long> FewDistinct = Gen.OneOfConst(0L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L, Day);

    private static readonly Gen<long> ZerosAndTinyValues =
        Gen.Frequency((3, Gen.Const(0L)), (1, Gen.Long[1, 100]), (1, Uniform));

    private static readonly Gen<long[]> Values = Gen.OneOf(
        LogNormal.Array[1, 2_000],
        LogUniform.Array[1, 2_000],
        Uniform.Array[1, 2_000],
        FewDistinct.Array[1, 2_000],
        ZerosAndTinyValues.Array[1, 2_000],
        Gen.Select(LogUniform, Gen.Int[1, 500], (value, count) => Enumerable.Repeat(value, count).ToArray()));

    [Fact]
    public void Quantile_OfGeneratedData_IsWithinOnePercentOfTheExactSortedValue_AndTheRestIsExact()
    {
        Gen.Select(Values, Gen.Double[0, 1]).Sample(
            (values, randomQ) => AssertMatchesExactStatistics(Build(values), values, [.. StandardQuantiles, randomQ]),
            iter: MutationRun.Iter(400));
    }

    [Fact]
    public void Quantile_OfAHundredThousandValues_IsWithinOnePercentOfTheExactSortedValue()
    {
        Gen.OneOf(LogNormal.Array[100_000], LogUniform.Array[100_000]).Sample(
            values => AssertMatchesExactStatistics(Build(values), values, StandardQuantiles),
            iter: MutationRun.Iter(4));
    }

    [Fact]
    public void Merge_IsCommutative()
    {
        Gen.Select(Values, Values).Sample(
            (a, b) => Build(a).Merge(Build(b)).ToSummary().Should().Be(Build(b).Merge(Build(a)).ToSummary()),
            iter: MutationRun.Iter(300));
    }

    [Fact]
    public void Merge_IsAssociative()
    {
        Gen.Select(Values, Values, Values).Sample(
            (a, b, c) =>
            {
                var left = Build(a).Merge(Build(b)).Merge(Build(c)).ToSummary();
                var right = Build(a).Merge(Build(b).Merge(Build(c))).ToSummary();
                left.Should().Be(right);
            },
            iter: MutationRun.Iter(300));
    }

    [Fact]
    public void Merge_OfPartitions_EqualsOnePassOverTheUnion_AndKeepsTheBound()
    {
        Gen.Select(Values, Gen.Int[1, 8], Gen.Int).Sample(
            (values, partitions, seed) =>
            {
                var random = new Random(seed);
                var parts = Enumerable.Range(0, partitions).Select(_ => new DurationDistribution()).ToArray();
                foreach (var value in values)
                {
                    parts[random.Next(partitions)].Add(Duration.FromNanoseconds(value));
                }

                var merged = parts.Aggregate(new DurationDistribution(), (total, part) => total.Merge(part));
                var onePass = Build(values);

                merged.ToSummary().Should().Be(onePass.ToSummary());
                foreach (var q in StandardQuantiles)
                {
                    merged.Quantile(q).Should().Be(onePass.Quantile(q), "bucket counts add, so quantiles are identical");
                }

                AssertMatchesExactStatistics(merged, values, StandardQuantiles);
            },
            iter: MutationRun.Iter(300));
    }

    [Fact]
    public void Add_InAnyOrder_GivesTheSameSummary()
    {
        Gen.Select(Values, Gen.Int).Sample(
            (values, seed) =>
            {
                var shuffled = values.ToArray();
                new Random(seed).Shuffle(shuffled);
                Build(shuffled).ToSummary().Should().Be(Build(values).ToSummary());
            },
            iter: MutationRun.Iter(300));
    }

    private static void AssertMatchesExactStatistics(DurationDistribution distribution, long[] values, double[] quantiles)
    {
        var sorted = values.Order().ToArray();
        var total = values.Aggregate(Int128.Zero, (sum, value) => sum + value);

        distribution.Count.Should().Be(values.Length);
        distribution.TotalNanoseconds.Should().Be(total);
        distribution.Mean.Should().Be(Duration.FromNanoseconds((long)(total / values.Length)));
        distribution.Min.Should().Be(Duration.FromNanoseconds(sorted[0]));
        distribution.Max.Should().Be(Duration.FromNanoseconds(sorted[^1]));
        foreach (var q in quantiles)
        {
            AssertWithinBound(distribution.Quantile(q), sorted[(int)Math.Floor(q * (sorted.Length - 1))]);
        }
    }

    private static DurationDistribution Build(long[] nanoseconds)
    {
        var distribution = new DurationDistribution();
        foreach (var value in nanoseconds)
        {
            distribution.Add(Duration.FromNanoseconds(value));
        }

        return distribution;
    }

    private static long ToNanoseconds(double value) => value >= long.MaxValue ? long.MaxValue : (long)value;
}
