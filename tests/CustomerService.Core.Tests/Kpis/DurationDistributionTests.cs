using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Kpis;
using NodaTime;

namespace CustomerService.Core.Tests.Kpis;

public sealed partial class DurationDistributionTests
{
    private static readonly double[] StandardQuantiles = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

    [Fact]
    public void New_IsEmpty_AndHasNoStatistics()
    {
        var distribution = new DurationDistribution();

        distribution.IsEmpty.Should().BeTrue();
        distribution.Count.Should().Be(0);
        distribution.TotalNanoseconds.Should().Be(Int128.Zero);
        distribution.Min.Should().BeNull();
        distribution.Max.Should().BeNull();
        distribution.Mean.Should().BeNull();
        distribution.Quantile(0.5).Should().BeNull();

        var summary = distribution.ToSummary();
        summary.Count.Should().Be(0);
        new[] { summary.Mean, summary.Min, summary.Max, summary.Median, summary.P90, summary.P99, summary.Quantile(0.3) }
            .Should().AllSatisfy(statistic => statistic.Should().BeNull());
    }

    [Fact]
    public void Add_OneValue_EveryStatisticIsThatValueExactly()
    {
        var value = Duration.FromHours(3) + Duration.FromMilliseconds(12_345) + Duration.FromNanoseconds(7);
        var distribution = Build(value);

        distribution.Count.Should().Be(1);
        distribution.IsEmpty.Should().BeFalse();
        distribution.TotalNanoseconds.Should().Be((Int128)value.ToInt64Nanoseconds());
        distribution.Min.Should().Be(value);
        distribution.Max.Should().Be(value);
        distribution.Mean.Should().Be(value);
        foreach (var q in StandardQuantiles)
        {
            distribution.Quantile(q).Should().Be(value);
        }
    }

    [Fact]
    public void Add_Zero_IsCountedExactly()
    {
        var distribution = Build(Duration.Zero, Duration.Zero, Duration.Zero, Duration.FromSeconds(5));

        distribution.Min.Should().Be(Duration.Zero);
        distribution.Quantile(0.5).Should().Be(Duration.Zero);
        distribution.Quantile(0.66).Should().Be(Duration.Zero, "rank ⌊0.66 × 3⌋ = 1 is still a zero");
        distribution.Quantile(1).Should().Be(Duration.FromSeconds(5));
        distribution.Mean.Should().Be(Duration.FromMilliseconds(1_250));
    }

    [Fact]
    public void Quantile_IsTheValueAtRankFloorOfQTimesNMinusOne()
    {
        // Values below 50 ns are exact, so the rank definition shows without any estimation:
        // for 1..10 ns, rank k = ⌊q × 9⌋ and the value at rank k is k + 1 ns.
        var distribution = Build(Enumerable.Range(1, 10).Select(n => Duration.FromNanoseconds(n)).Reverse().ToArray());

        var expected = new Dictionary<double, long>
        {
            [0] = 1,
            [0.1] = 1,     // ⌊0.9⌋ = 0
            [0.12] = 2,    // ⌊1.08⌋ = 1
            [0.5] = 5,     // ⌊4.5⌋ = 4: the lower of the two middle values
            [0.9] = 9,     // ⌊8.1⌋ = 8
            [0.99] = 9,    // ⌊8.91⌋ = 8
            [1] = 10,
        };
        foreach (var (q, nanoseconds) in expected)
        {
            distribution.Quantile(q).Should().Be(Duration.FromNanoseconds(nanoseconds), "q = {0}", q);
        }

        var summary = distribution.ToSummary();
        summary.Median.Should().Be(Duration.FromNanoseconds(5));
        summary.P90.Should().Be(Duration.FromNanoseconds(9));
        summary.P99.Should().Be(Duration.FromNanoseconds(9));
    }

    [Fact]
    public void Quantile_OfMinutes_IsWithinOnePercentOfTheValueAtItsRank()
    {
        var values = Enumerable.Range(1, 100).Select(m => Duration.FromMinutes(m)).ToArray();
        var distribution = Build(values);

        AssertWithinBound(distribution.Quantile(0.9), Duration.FromMinutes(90));    // ⌊0.9 × 99⌋ = 89
        AssertWithinBound(distribution.Quantile(0.5), Duration.FromMinutes(50));    // ⌊49.5⌋ = 49
        AssertWithinBound(distribution.Quantile(0.99), Duration.FromMinutes(99));   // ⌊98.01⌋ = 98
        distribution.Mean.Should().Be(Duration.FromSeconds(50.5 * 60));
        distribution.Min.Should().Be(Duration.FromMinutes(1));
        distribution.Max.Should().Be(Duration.FromMinutes(100));
    }

    [Fact]
    public void Mean_IsExact_RoundedDownToTheNanosecond()
    {
        Build(Duration.FromNanoseconds(1), Duration.FromNanoseconds(2)).Mean.Should().Be(Duration.FromNanoseconds(1));
        Build(Duration.FromSeconds(1), Duration.FromSeconds(2), Duration.FromSeconds(3), Duration.FromSeconds(4))
            .Mean.Should().Be(Duration.FromMilliseconds(2_500));
    }

    [Fact]
    public void Add_AtTheTopOfTheRange_TotalDoesNotOverflow_AndStatisticsStayExact()
    {
        var top = DurationDistribution.MaxSupportedValue;
        var distribution = Build(top, top, top, top);

        top.Should().Be(Duration.FromNanoseconds(long.MaxValue));
        distribution.TotalNanoseconds.Should().Be((Int128)long.MaxValue * 4);
        distribution.Mean.Should().Be(top);
        distribution.Max.Should().Be(top);
        distribution.Quantile(0.5).Should().Be(top);

        distribution.Add(Duration.FromNanoseconds(1));
        distribution.Min.Should().Be(Duration.FromNanoseconds(1));
        distribution.Quantile(0).Should().Be(Duration.FromNanoseconds(1));
        distribution.Quantile(0.5).Should().Be(top);
    }

    [Fact]
    public void Quantile_NearTheTopOfTheRange_IsWithinOnePercent()
    {
        var values = Enumerable.Range(0, 100).Select(i => Duration.FromNanoseconds(long.MaxValue - (i * 90_000_000_000_000_000L))).ToArray();
        var distribution = Build(values);
        var sorted = values.Order().ToArray();

        foreach (var q in StandardQuantiles)
        {
            AssertWithinBound(distribution.Quantile(q), sorted[(int)Math.Floor(q * 99)]);
        }
    }

    [Fact]
    public void Add_NegativeDuration_IsRejected_AndTheDistributionIsUnchanged()
    {
        var distribution = Build(Duration.FromMinutes(3), Duration.FromHours(2));
        var before = distribution.ToSummary();

        var act = () => distribution.Add(Duration.FromNanoseconds(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        distribution.ToSummary().Should().Be(before);
    }

    [Fact]
    public void Add_AboveTheSupportedRange_IsRejected_AndTheDistributionIsUnchanged()
    {
        var distribution = Build(Duration.FromMinutes(3));
        var before = distribution.ToSummary();

        var act = () => distribution.Add(DurationDistribution.MaxSupportedValue + Duration.Epsilon);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("*292 years*");
        distribution.ToSummary().Should().Be(before);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    public void Quantile_OutsideZeroToOne_IsRejected_EvenWhenEmpty(double q)
    {
        var filled = Build(Duration.FromMinutes(3));
        var empty = new DurationDistribution();

        var actions = new Action[] { () => filled.Quantile(q), () => empty.Quantile(q), () => filled.ToSummary().Quantile(q), () => empty.ToSummary().Quantile(q) };

        actions.Should().AllSatisfy(act => act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(q)));
        filled.Count.Should().Be(1);
    }

    [Fact]
    public void Merge_Null_IsRejected()
    {
        var distribution = Build(Duration.FromMinutes(3));

        var act = () => distribution.Merge(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("other");
        distribution.Count.Should().Be(1);
    }

    [Fact]
    public void Merge_AddsTheOthersValues_ReturnsThis_AndLeavesTheOtherUnchanged()
    {
        var target = Build(Duration.FromMinutes(1), Duration.FromMinutes(2));
        var other = Build(Duration.FromSeconds(5), Duration.FromDays(3));
        var otherBefore = other.ToSummary();

        var result = target.Merge(other);

        result.Should().BeSameAs(target);
        target.ToSummary().Should().Be(Build(Duration.FromMinutes(1), Duration.FromMinutes(2), Duration.FromSeconds(5), Duration.FromDays(3)).ToSummary());
        target.Min.Should().Be(Duration.FromSeconds(5));
        target.Max.Should().Be(Duration.FromDays(3));
        other.ToSummary().Should().Be(otherBefore);
    }

    [Fact]
    public void Merge_WithEmpty_EitherWay_GivesTheNonEmptyOne()
    {
        var values = new[] { Duration.FromMinutes(1), Duration.FromHours(5) };

        Build(values).Merge(new DurationDistribution()).ToSummary().Should().Be(Build(values).ToSummary());
        new DurationDistribution().Merge(Build(values)).ToSummary().Should().Be(Build(values).ToSummary());
        new DurationDistribution().Merge(new DurationDistribution()).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Merge_WithItself_CountsEveryValueTwice()
    {
        var values = new[] { Duration.FromMinutes(1), Duration.FromHours(5), Duration.FromSeconds(1) };
        var distribution = Build(values);

        distribution.Merge(distribution);

        distribution.ToSummary().Should().Be(Build([.. values, .. values]).ToSummary());
    }

    [Fact]
    public void ToSummary_IsASnapshot_LaterChangesDoNotReachIt()
    {
        var distribution = Build(Duration.FromMinutes(1), Duration.FromMinutes(2));
        var summary = distribution.ToSummary();

        distribution.Add(Duration.FromDays(30));
        distribution.Merge(Build(Duration.FromSeconds(1)));

        summary.Count.Should().Be(2);
        summary.Max.Should().Be(Duration.FromMinutes(2));
        summary.Quantile(1).Should().Be(Duration.FromMinutes(2));
        summary.Should().Be(Build(Duration.FromMinutes(1), Duration.FromMinutes(2)).ToSummary());
    }

    [Fact]
    public void Summary_AgreesWithItsDistribution()
    {
        var distribution = Build(Enumerable.Range(1, 1_000).Select(i => Duration.FromSeconds(i * i)).ToArray());
        var summary = distribution.ToSummary();

        summary.Count.Should().Be(distribution.Count);
        summary.TotalNanoseconds.Should().Be(distribution.TotalNanoseconds);
        summary.Mean.Should().Be(distribution.Mean);
        summary.Min.Should().Be(distribution.Min);
        summary.Max.Should().Be(distribution.Max);
        summary.Median.Should().Be(distribution.Quantile(0.5));
        summary.P90.Should().Be(distribution.Quantile(0.9));
        summary.P99.Should().Be(distribution.Quantile(0.99));
        foreach (var q in StandardQuantiles)
        {
            summary.Quantile(q).Should().Be(distribution.Quantile(q));
        }
    }

    [Fact]
    public void Summary_Equality_FollowsTheData()
    {
        var a = Build(Duration.FromMinutes(1), Duration.FromMinutes(2)).ToSummary();
        var same = Build(Duration.FromMinutes(2), Duration.FromMinutes(1)).ToSummary();

        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());
        (a == same).Should().BeTrue();

        // Same count, total, minimum and maximum, but a different middle: only the buckets differ.
        var x = Build(Duration.FromMinutes(1), Duration.FromMinutes(3), Duration.FromMinutes(3), Duration.FromMinutes(5)).ToSummary();
        var y = Build(Duration.FromMinutes(1), Duration.FromMinutes(2), Duration.FromMinutes(4), Duration.FromMinutes(5)).ToSummary();
        x.Should().NotBe(y);
        a.Should().NotBe(Build(Duration.FromMinutes(1)).ToSummary());
        a.Equals(null).Should().BeFalse();
        new DurationDistribution().ToSummary().Should().Be(new DurationDistribution().ToSummary());
    }

    [Fact]
    public void Summary_ToString_ShowsTheStatistics()
    {
        var text = Build(Duration.FromMinutes(1), Duration.FromMinutes(3)).ToSummary().ToString();

        text.Should().Contain("Count = 2").And.Contain("Median = 0:00:01:00").And.Contain("Max = 0:00:03:00");
    }

    private static DurationDistribution Build(params Duration[] values)
    {
        var distribution = new DurationDistribution();
        foreach (var value in values)
        {
            distribution.Add(value);
        }

        return distribution;
    }

    private static void AssertWithinBound(Duration? estimate, Duration exact) =>
        AssertWithinBound(estimate, exact.ToInt64Nanoseconds());

    private static void AssertWithinBound(Duration? estimate, long exact)
    {
        estimate.Should().NotBeNull();
        Int128 error = Int128.Abs((Int128)estimate!.Value.ToInt64Nanoseconds() - exact);
        (error * 100 <= exact).Should().BeTrue("{0} ns should be within 1% of {1} ns", estimate.Value.ToInt64Nanoseconds(), exact);
    }
}
