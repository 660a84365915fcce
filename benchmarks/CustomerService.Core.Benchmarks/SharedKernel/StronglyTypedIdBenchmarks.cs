using System;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Benchmarks.SharedKernel;

/// <summary>
/// Parsing a strongly-typed id must cost no more than parsing the GUID inside it: ids are parsed
/// on every request a host serves.
/// </summary>
[MemoryDiagnoser]
public class StronglyTypedIdBenchmarks
{
    private const string Text = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Benchmark(Baseline = true)]
    public Guid GuidParseExact() => Guid.ParseExact(Text, "D");

    [Benchmark]
    public BenchmarkId StronglyTypedIdParse() => StronglyTypedId.Parse<BenchmarkId>(Text.AsSpan());

    /// <summary>An id shaped like the package's own, for measuring the shared parsing path.</summary>
    public readonly record struct BenchmarkId(Guid Value) : IStronglyTypedId<BenchmarkId>
    {
        public static BenchmarkId FromGuid(Guid value) => new(StronglyTypedId.Require(value));

        public static BenchmarkId Parse(string s, IFormatProvider? provider) => StronglyTypedId.Parse<BenchmarkId>(s);

        public static BenchmarkId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => StronglyTypedId.Parse<BenchmarkId>(s);

        public static bool TryParse(string? s, IFormatProvider? provider, out BenchmarkId result) => StronglyTypedId.TryParse(s, out result);

        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out BenchmarkId result) => StronglyTypedId.TryParse(s, out result);
    }
}
