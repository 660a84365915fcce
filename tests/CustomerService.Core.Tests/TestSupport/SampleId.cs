using System;
using System.Diagnostics.CodeAnalysis;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>A strongly-typed id written exactly as the package's own ids are, for testing the pattern.</summary>
public readonly record struct SampleId : IStronglyTypedId<SampleId>
{
    public SampleId(Guid value) => Value = StronglyTypedId.Require(value);

    public Guid Value { get; }

    public static SampleId New() => new(Guid.NewGuid());

    public static SampleId FromGuid(Guid value) => new(value);

    public static SampleId Parse(string s, IFormatProvider? provider = null) => StronglyTypedId.Parse<SampleId>(s);

    public static SampleId Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null) => StronglyTypedId.Parse<SampleId>(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SampleId result) => StronglyTypedId.TryParse(s, out result);

    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SampleId result) => StronglyTypedId.TryParse(s, out result);

    public override string ToString() => Value.ToString(StronglyTypedId.Format);
}
