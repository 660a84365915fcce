using System;
using CustomerService.Core.Customers;

namespace CustomerService.Core.Tests.Customers;

public sealed class RegionTests
{
    [Theory]
    [InlineData("US", "US")]
    [InlineData("de", "DE")]
    [InlineData("gB", "GB")]
    [InlineData("XK", "XK")]
    public void Create_WithTwoLetters_IsTheUpperCaseCode(string code, string expected)
    {
        Region.Create(code).Code.Should().Be(expected);
        Region.TryCreate(code, out var region).Should().BeTrue();
        region.ToString().Should().Be(expected);
        region.Should().Be(Region.Create(expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData("U")]
    [InlineData("USA")]
    [InlineData("1A")]
    [InlineData("U ")]
    [InlineData("ÜS")]
    [InlineData("840")]
    public void Create_WithAnythingElse_IsAProgrammerError_TryCreate_IsFalse(string text)
    {
        var act = () => Region.Create(text);

        act.Should().Throw<ArgumentException>().WithParameterName("code").Which.Message.Should().Contain(CustomerErrors.InvalidRegion.Code);
        Region.TryCreate(text, out var region).Should().BeFalse();
        region.Should().Be(default(Region));
    }

    [Fact]
    public void Null_IsRejected()
    {
        Region.TryCreate(null, out _).Should().BeFalse();
        var act = () => Region.Create(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
