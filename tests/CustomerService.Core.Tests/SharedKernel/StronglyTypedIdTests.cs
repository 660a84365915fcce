using System;
using CsCheck;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class StronglyTypedIdTests
{
    [Fact]
    public void Constructor_RejectsEmptyGuid()
    {
        var act = () => new SampleId(Guid.Empty);

        act.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void New_GivesDistinctNonEmptyIds()
    {
        var a = SampleId.New();
        var b = SampleId.New();

        a.Should().NotBe(b);
        a.Value.Should().NotBe(Guid.Empty);
    }

    [Fact]
    public void ToString_IsTheCanonicalGuidForm()
    {
        var id = new SampleId(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));

        id.ToString().Should().Be("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }

    [Fact]
    public void FormatThenParse_RoundTrips_ForAnyNonEmptyGuid()
    {
        Gen.Guid.Where(g => g != Guid.Empty).Sample(g =>
        {
            var id = new SampleId(g);
            return SampleId.Parse(id.ToString()) == id
                && SampleId.TryParse(id.ToString().AsSpan(), null, out var parsed) && parsed == id;
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("3f2504e04f8911d39a0c0305e82c3301")]
    [InlineData("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}")]
    public void Parse_RejectsAnythingButANonEmptyCanonicalGuid(string text)
    {
        SampleId.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().Be(default(SampleId));
        var act = () => SampleId.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*SampleId*");
    }

    [Fact]
    public void Parse_Null_IsAProgrammerError_TryParse_IsFalse()
    {
        SampleId.TryParse((string?)null, null, out _).Should().BeFalse();
        var act = () => SampleId.Parse(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
