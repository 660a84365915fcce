using System;
using CustomerService.Core.Customers;

namespace CustomerService.Core.Tests.Customers;

public sealed class OrganizationIdTests
{
    [Fact]
    public void OrganizationId_FollowsTheIdentifierRules()
    {
        var id = OrganizationId.New();

        OrganizationId.Parse(id.ToString()).Should().Be(id);
        OrganizationId.TryParse(id.ToString(), out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
        OrganizationId.FromGuid(id.Value).Should().Be(id);
        OrganizationId.TryParse("00000000-0000-0000-0000-000000000000", out _).Should().BeFalse();
        var act = () => new OrganizationId(Guid.Empty);
        act.Should().Throw<ArgumentException>();
        var parse = () => OrganizationId.Parse("not-an-id");
        parse.Should().Throw<FormatException>().WithMessage("*OrganizationId*");
    }
}
