using System;
using CsCheck;
using CustomerService.Core.Kpis;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Kpis;

public sealed class DurationBucketsTests
{
    [Fact]
    public void UpperBounds_CoverEveryNanosecondFromZeroToLongMaxValue_InIncreasingOrder()
    {
        var bounds = DurationBuckets.UpperBounds;

        bounds[0].Should().Be(0, "zero is a bucket of its own");
        bounds[^1].Should().Be(long.MaxValue);
        for (var i = 1; i < bounds.Length; i++)
        {
            bounds[i].Should().BeGreaterThan(bounds[i - 1]);
        }

        DurationBuckets.Count.Should().Be(bounds.Length).And.Be(2_051, "the documentation states the number of buckets");
    }

    [Fact]
    public void Representative_IsWithinOnePercentOfEveryValueInItsBucket()
    {
        for (var i = 0; i < DurationBuckets.Count; i++)
        {
            Int128 lower = DurationBuckets.LowerBound(i);
            Int128 upper = DurationBuckets.UpperBounds[i];
            Int128 representative = DurationBuckets.Representative(i);

            // The relative error |r - x| / x is largest at the bucket's ends: below r it falls as x
            // grows, above r it rises. Integer arithmetic: no rounding can hide a miss.
            representative.Should().BeInRange(lower, upper);
            ((representative - lower) * 100).Should().BeLessThanOrEqualTo(lower, "bucket {0} starts at {1}", i, lower);
            ((upper - representative) * 100).Should().BeLessThanOrEqualTo(upper, "bucket {0} ends at {1}", i, upper);
        }
    }

    [Fact]
    public void Buckets_AreAsWideAsTheBoundAllows()
    {
        // DDSketch with α = 1% grows buckets by γ = 1.01 / 0.99 ≈ 1.0202; ours lose at most a
        // nanosecond or two to whole-number rounding, so above a microsecond they are as wide.
        for (var i = 1; i < DurationBuckets.Count - 1; i++)
        {
            var lower = DurationBuckets.LowerBound(i);
            if (lower >= 1_000 && lower < long.MaxValue / 2)
            {
                ((double)DurationBuckets.UpperBounds[i] / lower).Should().BeGreaterThan(1.0185, "bucket {0}", i);
            }
        }

        // Below 50 ns a bucket is a single value: those values are exact.
        for (var i = 0; i < 50; i++)
        {
            DurationBuckets.LowerBound(i).Should().Be(i);
            DurationBuckets.UpperBounds[i].Should().Be(i);
        }
    }

    [Fact]
    public void IndexOf_IsTheBucketHoldingTheValue_ForEverySmallValueEveryBucketEndAndEverySliceEnd()
    {
        for (long value = 0; value < DurationBuckets.SmallLimit; value++)
        {
            DurationBuckets.IndexOf(value).Should().Be(SearchIndexOf(value));
        }

        for (var i = 0; i < DurationBuckets.Count; i++)
        {
            DurationBuckets.IndexOf(DurationBuckets.LowerBound(i)).Should().Be(i);
            DurationBuckets.IndexOf(DurationBuckets.UpperBounds[i]).Should().Be(i);
        }

        // Above the small table a value's octave and next seven bits pick a slice and the answer is
        // the slice's first bucket or the next. Right at both ends of every slice means right
        // everywhere, since bucket indexes only grow with the value.
        for (var exponent = 10; exponent < 63; exponent++)
        {
            var width = 1L << (exponent - 7);
            for (long slice = 128; slice < 256; slice++)
            {
                var first = slice << (exponent - 7);
                var last = first + (width - 1);
                DurationBuckets.IndexOf(first).Should().Be(SearchIndexOf(first));
                DurationBuckets.IndexOf(last).Should().Be(SearchIndexOf(last), "the slice [{0}, {1}]", first, last);
            }
        }
    }

    [Fact]
    public void IndexOf_AnyValue_IsTheBucketHoldingTheValue()
    {
        Gen.Long[0, long.MaxValue].Sample(
            value => DurationBuckets.IndexOf(value).Should().Be(SearchIndexOf(value)),
            iter: MutationRun.Iter(20_000));
    }

    private static int SearchIndexOf(long value)
    {
        // Reference: the first bucket whose upper bound is at least the value, by plain bisection.
        var bounds = DurationBuckets.UpperBounds;
        int low = 0, high = bounds.Length - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (bounds[middle] >= value)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
