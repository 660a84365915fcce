using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Tests.SharedKernel;

public sealed class OptionalGuardsTests
{
    [Fact]
    public void DefaultWhenPresent_AcceptsNullAndRealValues()
    {
        var agent = AgentId.New();

        Guard.Against.DefaultWhenPresent((AgentId?)null).Should().BeNull();
        Guard.Against.DefaultWhenPresent((AgentId?)agent).Should().Be(agent);
    }

    [Fact]
    public void DefaultWhenPresent_RejectsAPresentDefault_NamingTheArgument()
    {
        AgentId? assignee = default(AgentId);

        var act = () => Guard.Against.DefaultWhenPresent(assignee);

        act.Should().Throw<ArgumentException>().WithParameterName("assignee");
    }
}
