using System;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed class InteractionTests
{
    [Fact]
    public void FromCustomer_IsPublic_WithoutAgentOrHandleTime()
    {
        var message = Interaction.FromCustomer("Help", Channel.Web, T0);

        (message.Author, message.AgentId, message.IsPublic, message.Channel, message.OccurredAt, message.HandleTime)
            .Should().Be((AuthorKind.Customer, (AgentId?)null, true, Channel.Web, T0, (Duration?)null));
    }

    [Fact]
    public void FromSystem_HasNoAgent()
    {
        var message = Interaction.FromSystem("Auto-reply", isPublic: false, Channel.Email, T0);

        (message.Author, message.AgentId, message.IsPublic).Should().Be((AuthorKind.System, (AgentId?)null, false));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Interaction.FromAgent(Agent, "x", isPublic: true, Channel.Email, T0, Duration.FromMinutes(1))
            .Should().Be(Interaction.FromAgent(Agent, "x", isPublic: true, Channel.Email, T0, Duration.FromMinutes(1)));
        Interaction.FromAgent(Agent, "x", isPublic: true, Channel.Email, T0)
            .Should().NotBe(Interaction.FromAgent(Agent, "x", isPublic: false, Channel.Email, T0));
    }

    [Fact]
    public void BadArguments_AreProgrammerErrors()
    {
        Invalid(() => Interaction.FromCustomer("", Channel.Email, T0), "body");
        Invalid(() => Interaction.FromCustomer(null!, Channel.Email, T0), "body");
        Invalid(() => Interaction.FromCustomer("b", default, T0), "channel");
        Invalid(() => Interaction.FromCustomer("b", Channel.Email, Instant.MinValue), "at");
        Invalid(() => Interaction.FromAgent(default, "b", isPublic: true, Channel.Email, T0), "agentId");
        Invalid(() => Interaction.FromAgent(Agent, "b", isPublic: true, Channel.Email, T0, Duration.FromTicks(-1)), "handleTime");
        Invalid(() => Interaction.FromSystem(" ", isPublic: true, Channel.Email, T0), "body");
    }

    [Fact]
    public void ToString_RedactsTheBody()
    {
        Interaction.FromCustomer("Jane Doe", Channel.Email, T0).ToString().Should().Be(
            "Interaction { Author = Customer, AgentId = , Body = [redacted, 8 chars], IsPublic = True, Channel = email, OccurredAt = 2025-03-03T09:00:00Z, HandleTime =  }");
    }

    private static void Invalid(Func<object> create, string parameter) =>
        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
}
