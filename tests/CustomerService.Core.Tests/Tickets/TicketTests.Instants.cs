using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    [Fact]
    public void Command_EarlierThanTheLastEvent_IsRejected_WithBothInstantsInTheMessage()
    {
        var ticket = NewTicket();
        ticket.AddCustomerMessage("Hello", At(10));

        var error = ticket.ShouldViolate(TicketErrors.InstantBeforeLastEvent, () => ticket.ChangePriority(Priority.High, At(9)));

        error.Message.Should().Be(
            "ticket.instant_before_last_event: The instant 2025-03-03T09:09:00Z is earlier than the ticket's last event (2025-03-03T09:10:00Z); instants must not go backwards.");
    }

    [Fact]
    public void Command_EarlierThanTheOpening_IsRejected()
    {
        var ticket = NewTicket();

        ticket.ShouldViolate(TicketErrors.InstantBeforeLastEvent, () => ticket.AddCustomerMessage("Hello", T0 - Duration.FromTicks(1)));
    }

    [Fact]
    public void Commands_AtTheSameInstant_AreAccepted_InCommandOrder()
    {
        var ticket = NewTicket();

        ticket.AddCustomerMessage("Hello", T0);
        ticket.AssignTo(Agent, T0);
        ticket.AddAgentReply(Agent, "Hi", isPublic: true, T0);
        ticket.ChangeStatus(TicketStatus.Pending, T0);

        ticket.History.Should().HaveCount(6);
        ticket.History.Should().AllSatisfy(e => e.OccurredAt.Should().Be(T0));
        ticket.UpdatedAt.Should().Be(T0);
    }

    [Fact]
    public void ARejectedOrNoOpCommand_DoesNotMoveUpdatedAt()
    {
        var ticket = NewTicket();
        ticket.ChangePriority(Priority.Normal, At(10));

        ticket.UpdatedAt.Should().Be(T0);
        ticket.AddCustomerMessage("Hello", At(5));
        ticket.UpdatedAt.Should().Be(At(5));
    }
}
