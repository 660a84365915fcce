using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class SlugTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("email", true)]
    [InlineData("social-media", true)]
    [InlineData("tier_2", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Email", false)]
    [InlineData("1st", false)]
    [InlineData("-a", false)]
    [InlineData("_a", false)]
    [InlineData("a b", false)]
    [InlineData("a.b", false)]
    [InlineData("ä", false)]
    public void IsValid_FollowsTheNamingRule(string? name, bool expected)
    {
        Slug.IsValid(name).Should().Be(expected);
    }
}
