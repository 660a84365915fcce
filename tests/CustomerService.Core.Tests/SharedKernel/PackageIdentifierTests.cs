using System;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Tests.SharedKernel;

/// <summary>Every identifier the package ships follows the strongly-typed id rules.</summary>
public sealed class PackageIdentifierTests
{
    [Fact]
    public void TicketId_FollowsTheRules() => AssertFollowsTheRules<TicketId>(g => new TicketId(g), TicketId.New, TicketId.Parse, TicketId.TryParse);

    [Fact]
    public void CustomerId_FollowsTheRules() => AssertFollowsTheRules<CustomerId>(g => new CustomerId(g), CustomerId.New, CustomerId.Parse, CustomerId.TryParse);

    [Fact]
    public void AgentId_FollowsTheRules() => AssertFollowsTheRules<AgentId>(g => new AgentId(g), AgentId.New, AgentId.Parse, AgentId.TryParse);

    [Fact]
    public void GroupId_FollowsTheRules() => AssertFollowsTheRules<GroupId>(g => new GroupId(g), GroupId.New, GroupId.Parse, GroupId.TryParse);

    private delegate bool TryParser<TId>(string? s, out TId id);

    private static void AssertFollowsTheRules<TId>(Func<Guid, TId> construct, Func<TId> create, Func<string, TId> parse, TryParser<TId> tryParse)
        where TId : struct, IStronglyTypedId<TId>
    {
        var guid = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        var id = construct(guid);

        id.Value.Should().Be(guid);
        id.ToString().Should().Be("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        parse(id.ToString()!).Should().Be(id);
        TId.FromGuid(guid).Should().Be(id);
        create().Should().NotBe(create());

        ((Action)(() => construct(Guid.Empty))).Should().Throw<ArgumentException>();
        tryParse("00000000-0000-0000-0000-000000000000", out var empty).Should().BeFalse();
        empty.Should().Be(default(TId));
        ((Action)(() => parse("nope"))).Should().Throw<FormatException>().WithMessage($"*{typeof(TId).Name}*");
    }
}
