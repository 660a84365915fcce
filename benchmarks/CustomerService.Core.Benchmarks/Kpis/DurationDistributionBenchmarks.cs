using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerService.Core.Kpis;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Kpis;

/// <summary>
/// The percentile sketch beside the obvious way (collect every value in a list, sort it, index it).
/// A KPI pass adds a dozen durations per ticket within a 200 ns, zero-allocation budget, so adding
/// must cost a few nanoseconds and allocate nothing once warm. Each category has its own baseline.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DurationDistributionBenchmarks
{
    private const int N = 10_000;

    // Response-time-like values: log-normal around four hours with a long tail (fixed seed).
    private static readonly Duration[] Values = LogNormal(N, seed: 1);
    private static readonly Duration[] OtherValues = LogNormal(N, seed: 2);

    private readonly List<Duration> _warmList = new(N);
    private readonly DurationDistribution _warmDistribution = new();
    private readonly List<Duration> _list = new(Values);
    private readonly List<Duration> _otherList = new(OtherValues);
    private DurationDistribution _distribution = null!;
    private DurationDistribution _otherDistribution = null!;

    [GlobalSetup]
    public void Setup()
    {
        _distribution = From(Values);
        _otherDistribution = From(OtherValues);
        foreach (var value in Values)
        {
            _warmDistribution.Add(value);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    [BenchmarkCategory("Add, per value")]
    public int ListAdd()
    {
        _warmList.Clear();
        foreach (var value in Values)
        {
            _warmList.Add(value);
        }

        return _warmList.Count;
    }

    [Benchmark(OperationsPerInvoke = N)]
    [BenchmarkCategory("Add, per value")]
    public long DistributionAdd()
    {
        foreach (var value in Values)
        {
            _warmDistribution.Add(value);
        }

        return _warmDistribution.Count;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    [BenchmarkCategory("Add all, then p50/p90/p99, per value")]
    public Duration ListSortIndex()
    {
        var list = new List<Duration>();
        foreach (var value in Values)
        {
            list.Add(value);
        }

        list.Sort();
        return list[(N - 1) / 2] + list[(int)(0.9 * (N - 1))] + list[(int)(0.99 * (N - 1))];
    }

    [Benchmark(OperationsPerInvoke = N)]
    [BenchmarkCategory("Add all, then p50/p90/p99, per value")]
    public Duration DistributionQuantiles()
    {
        var distribution = From(Values);
        return distribution.Quantile(0.5)!.Value + distribution.Quantile(0.9)!.Value + distribution.Quantile(0.99)!.Value;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Merge two of 10,000")]
    public int ListConcat()
    {
        var merged = new List<Duration>(_list.Count + _otherList.Count);
        merged.AddRange(_list);
        merged.AddRange(_otherList);
        return merged.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Merge two of 10,000")]
    public long DistributionMerge() => new DurationDistribution().Merge(_distribution).Merge(_otherDistribution).Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("p90 of 10,000")]
    public Duration ListCopySortIndex()
    {
        var sorted = _list.ToArray();
        Array.Sort(sorted);
        return sorted[(int)(0.9 * (N - 1))];
    }

    [Benchmark]
    [BenchmarkCategory("p90 of 10,000")]
    public Duration? DistributionQuantile() => _distribution.Quantile(0.9);

    [Benchmark]
    [BenchmarkCategory("p90 of 10,000")]
    public DurationSummary DistributionToSummary() => _distribution.ToSummary();

    private static DurationDistribution From(Duration[] values)
    {
        var distribution = new DurationDistribution();
        foreach (var value in values)
        {
            distribution.Add(value);
        }

        return distribution;
    }

    private static Duration[] LogNormal(int count, int seed)
    {
        var random = new Random(seed);
        var values = new Duration[count];
        for (var i = 0; i < count; i++)
        {
            var standardNormal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            values[i] = Duration.FromNanoseconds((long)Math.Exp(Math.Log(4 * 3_600e9) + (1.5 * standardNormal)));
        }

        return values;
    }
}
