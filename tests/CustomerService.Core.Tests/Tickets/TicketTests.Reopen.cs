using System.Linq;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    [Fact]
    public void ReopenCycles_EachSolveEndsACycle_AndEveryReopenIsASolvedToOpenChange()
    {
        var ticket = NewTicket();
        ticket.AddCustomerMessage("Broken.", At(0));
        ticket.AddAgentReply(Agent, "Fixed.", isPublic: true, At(10));
        ticket.Solve(At(11));
        ticket.SolvedAt.Should().Be(At(11));

        ticket.Reopen(At(20));
        ticket.SolvedAt.Should().Be(At(11), "it is the last solve, kept while the ticket is reopened");
        ticket.Solve(At(30));
        ticket.AddCustomerMessage("Broken again.", At(40));
        ticket.Status.Should().Be(TicketStatus.Open);
        ticket.Solve(At(50));
        ticket.Close(At(60));

        ticket.SolveCount.Should().Be(3);
        ticket.SolvedAt.Should().Be(At(50));
        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.History.OfType<TicketStatusChanged>().Select(s => (s.From, s.To, s.Trigger)).Should().Equal(
            (TicketStatus.New, TicketStatus.Open, StatusChangeTrigger.AgentMessage),
            (TicketStatus.Open, TicketStatus.Solved, StatusChangeTrigger.Command),
            (TicketStatus.Solved, TicketStatus.Open, StatusChangeTrigger.Command),
            (TicketStatus.Open, TicketStatus.Solved, StatusChangeTrigger.Command),
            (TicketStatus.Solved, TicketStatus.Open, StatusChangeTrigger.CustomerMessage),
            (TicketStatus.Open, TicketStatus.Solved, StatusChangeTrigger.Command),
            (TicketStatus.Solved, TicketStatus.Closed, StatusChangeTrigger.Command));
    }

    [Fact]
    public void Closed_IsTerminal_EvenForACustomerMessage()
    {
        var ticket = InStatus(TicketStatus.Closed);

        ticket.CanAddCustomerMessage(At(10)).Should().BeFalse();
        ticket.ShouldViolate(TicketErrors.Closed, () => ticket.AddCustomerMessage("Hello again", At(10)))
            .Message.Should().Be("ticket.closed: The ticket is closed; a closed ticket cannot change (a follow-up is a new ticket).");
    }
}
