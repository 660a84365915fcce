using System;
using CustomerService.Core.Customers;

namespace CustomerService.Core.Tests.Customers;

public sealed class CustomerTierTests
{
    [Theory]
    [InlineData("standard")]
    [InlineData("gold")]
    [InlineData("enterprise-plus")]
    [InlineData("tier_2")]
    public void Create_WithAValidName_IsThatTier(string name)
    {
        var tier = CustomerTier.Create(name);

        tier.Name.Should().Be(name);
        tier.ToString().Should().Be(name);
        CustomerTier.TryCreate(name, out var parsed).Should().BeTrue();
        parsed.Should().Be(tier);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Gold")]
    [InlineData("2gold")]
    [InlineData("gold tier")]
    [InlineData("gōld")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Create_WithAnInvalidName_IsAProgrammerError_TryCreate_IsFalse(string text)
    {
        var act = () => CustomerTier.Create(text);

        act.Should().Throw<ArgumentException>().WithParameterName("name").Which.Message.Should().Contain(CustomerErrors.InvalidTier.Code);
        CustomerTier.TryCreate(text, out var tier).Should().BeFalse();
        tier.Should().Be(default(CustomerTier));
    }

    [Fact]
    public void Standard_IsNamedStandard_AndNull_IsRejected()
    {
        CustomerTier.Standard.Should().Be(CustomerTier.Create("standard"));
        CustomerTier.TryCreate(null, out _).Should().BeFalse();
        var act = () => CustomerTier.Create(null!);
        act.Should().Throw<ArgumentNullException>();
        default(CustomerTier).ToString().Should().BeEmpty();
    }
}
