using System;
using System.Linq;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    [Fact]
    public void Rehydrate_FromTheHistory_GivesTheSameTicket_WithNoPendingEvents()
    {
        var live = BusyTicket();

        var rebuilt = Ticket.Rehydrate(live.Id, live.History);

        TicketSnapshot.Of(rebuilt).ShouldMatch(TicketSnapshot.Of(live).WithoutPendingEvents());
        rebuilt.DomainEvents.Should().BeEmpty();
        rebuilt.Version.Should().Be(live.History.Count);
    }

    [Fact]
    public void Rehydrate_ThenMoreCommands_ContinuesTheVersionAndHistory()
    {
        var live = BusyTicket();
        var rebuilt = Ticket.Rehydrate(live.Id, live.History);

        rebuilt.AddCustomerMessage("Thanks!", At(100));

        rebuilt.Version.Should().Be(live.Version + 2);
        rebuilt.DomainEvents.Should().HaveCount(2);
    }

    [Fact]
    public void Rehydrate_WithAnEmptyHistory_IsAProgrammerError()
    {
        var act = () => Ticket.Rehydrate(TicketId.New(), []);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "history" && e.Message.Contains(TicketErrors.HistoryEmpty));
    }

    [Fact]
    public void Rehydrate_WithNullArguments_IsAProgrammerError()
    {
        ((Action)(() => Ticket.Rehydrate(TicketId.New(), null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("history");
        ((Action)(() => Ticket.Rehydrate(default, NewTicket().History))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ticketId");
        ((Action)(() => Ticket.Import(default, NewTicket().History))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ticketId");
        ((Action)(() => Ticket.Import(TicketId.New(), null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("events");
    }

    [Fact]
    public void Rehydrate_WhenTheFirstEventIsNotTicketOpened_IsAProgrammerError()
    {
        var live = BusyTicket();

        var act = () => Ticket.Rehydrate(live.Id, live.History.Skip(1));

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("$[0]: " + TicketErrors.HistoryNotOpened);
    }

    [Fact]
    public void Rehydrate_WithAnotherTicketsEvents_IsAProgrammerError()
    {
        var live = BusyTicket();
        var other = NewTicket(OtherTicket);
        other.AddCustomerMessage("x", At(1));

        var act = () => Ticket.Rehydrate(live.Id, [.. live.History, other.History[1]]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"$[{live.History.Count}]: {TicketErrors.HistoryOtherTicket}");
    }

    [Fact]
    public void Rehydrate_WithEventsOutOfOrder_IsAProgrammerError()
    {
        var live = NewTicket();
        live.AddCustomerMessage("a", At(1));
        live.AddCustomerMessage("b", At(2));

        var act = () => Ticket.Rehydrate(live.Id, [live.History[0], live.History[2], live.History[1]]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("$[2]: " + TicketErrors.InstantBeforeLastEvent);
    }

    [Fact]
    public void Rehydrate_WithAnEventThatBreaksARule_IsAProgrammerError()
    {
        var ticket = InStatus(TicketStatus.Closed);

        var act = () => Ticket.Rehydrate(ticket.Id, [.. ticket.History, new PriorityChanged(ticket.Id, Priority.Normal, Priority.High, At(9))]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("$[3]: ticket.closed");
    }

    [Fact]
    public void Rehydrate_ListsAtMostFiveProblems()
    {
        var ticket = NewTicket();
        var wrong = Enumerable.Range(1, 7).Select(i => (ITicketEvent)new PriorityChanged(ticket.Id, Priority.Low, Priority.High, At(i)));

        var act = () => Ticket.Rehydrate(ticket.Id, [ticket.History[0], .. wrong]);

        var message = act.Should().Throw<ArgumentException>().Which.Message;
        message.Should().Contain("(7 problem(s))").And.Contain("$[5]: ").And.NotContain("$[6]: ").And.Contain("; ...");
    }

    [Fact]
    public void Import_SortsByInstant_KeepingTheGivenOrderForEqualInstants_WithTheOpeningFirst()
    {
        var live = BusyTicket();
        var shuffled = live.History.Reverse().ToList();
        // Events at equal instants must keep their given order, so restore it within each instant.
        var given = shuffled.GroupBy(e => e.OccurredAt).SelectMany(g => g.Reverse()).ToList();

        var result = Ticket.Import(live.Id, given);

        result.IsSuccess.Should().BeTrue();
        result.Problems.Should().BeEmpty();
        result.Value.History.Should().Equal(live.History);
        TicketSnapshot.Of(result.Value).ShouldMatch(TicketSnapshot.Of(live).WithoutPendingEvents());
        result.TryGetValue(out var ticket).Should().BeTrue();
        ticket.Should().BeSameAs(result.Value);
    }

    [Fact]
    public void Import_PutsTheOpeningFirstAmongEventsAtTheSameInstant()
    {
        var live = NewTicket();
        live.AddCustomerMessage("Hello", T0);

        var result = Ticket.Import(live.Id, [live.History[1], live.History[0]]);

        result.Value.History.Should().Equal(live.History);
    }

    [Fact]
    public void Import_ReportsEveryProblem_WithItsPositionInTheGivenSequence()
    {
        var id = TicketId.New();
        ITicketEvent?[] events =
        [
            new PriorityChanged(id, Priority.High, Priority.Low, At(3)),                                                // 0: the priority is Normal then
            new TicketOpened(id, Customer, Channel.Email, Priority.Normal, "Subject", null, T0),                      // 1
            null,                                                                                                       // 2
            new PriorityChanged(OtherTicket, Priority.Normal, Priority.High, At(1)),                                    // 3
            new TicketOpened(id, Customer, Channel.Email, Priority.Normal, "Subject", null, At(2)),                    // 4
            new TicketStatusChanged(id, TicketStatus.New, TicketStatus.Solved, StatusChangeTrigger.Command, At(4)),    // 5
            new TicketStatusChanged(id, TicketStatus.Solved, TicketStatus.Pending, StatusChangeTrigger.Command, At(5)), // 6: no such move
            new TagsChanged(id, ["x"], ["y"], At(6)),                                                                  // 7: tags were empty
            new StrangeEvent(id, At(7)),                                                                                // 8
        ];

        var result = Ticket.Import(id, events);

        result.IsSuccess.Should().BeFalse();
        result.TryGetValue(out var none).Should().BeFalse();
        none.Should().BeNull();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$[0]", TicketErrors.HistoryStateMismatch),
            ("$[2]", TicketErrors.HistoryNullEvent),
            ("$[3]", TicketErrors.HistoryOtherTicket),
            ("$[4]", TicketErrors.HistoryOpenedTwice),
            ("$[6]", TicketErrors.IllegalTransition),
            ("$[7]", TicketErrors.HistoryStateMismatch),
            ("$[8]", TicketErrors.HistoryUnknownEvent));
        result.Problems[4].Message.Should().Be("TicketStatusChanged at 2025-03-03T09:05:00Z: A ticket cannot move from Solved to Pending.");
        result.Problems[4].ToString().Should().StartWith("$[6]: ticket.illegal_transition: TicketStatusChanged at");
        ((Func<Ticket>)(() => result.Value)).Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("7 problem(s)");
    }

    [Fact]
    public void Import_WithNoEvents_OrNoOpening_ReportsIt()
    {
        Ticket.Import(TicketId.New(), []).Problems.Should().ContainSingle().Which.Should().Be(
            new InputProblem(TicketErrors.HistoryEmpty, "The history has no events; it must start with TicketOpened.", "$"));

        var id = TicketId.New();
        Ticket.Import(id, [new PriorityChanged(id, Priority.Normal, Priority.High, T0)]).Problems
            .Should().ContainSingle().Which.Code.Should().Be(TicketErrors.HistoryNotOpened);
    }

    [Fact]
    public void Import_ChecksEachEventOnItsOwn_NotTheEventsALiveTicketWouldAddAlongside()
    {
        var id = TicketId.New();
        var message = new MessageAdded(id, Interaction.FromCustomer("Any news?", Channel.Email, At(2)));

        var result = Ticket.Import(id,
        [
            new TicketOpened(id, Customer, Channel.Email, Priority.Normal, "Subject", null, T0),
            new TicketStatusChanged(id, TicketStatus.New, TicketStatus.Pending, StatusChangeTrigger.Command, At(1)),
            message,
        ]);

        result.IsSuccess.Should().BeTrue();
        result.Value.Status.Should().Be(TicketStatus.Pending, "the source system did not reopen it, and the history says so");
    }

    [Fact]
    public void Import_RejectsAStatusChangeWithATriggerThatCannotCauseIt()
    {
        var id = TicketId.New();

        var result = Ticket.Import(id,
        [
            new TicketOpened(id, Customer, Channel.Email, Priority.Normal, "Subject", null, T0),
            new TicketStatusChanged(id, TicketStatus.New, TicketStatus.Pending, StatusChangeTrigger.CustomerMessage, At(1)),
            new TicketStatusChanged(id, TicketStatus.Pending, TicketStatus.Pending, StatusChangeTrigger.Command, At(2)),
        ]);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$[1]", TicketErrors.IllegalTransition),
            ("$[2]", TicketErrors.StatusUnchanged));
    }

    /// <summary>A ticket that used every kind of command.</summary>
    private static Ticket BusyTicket()
    {
        var ticket = Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Phone, Priority.Normal, "Printer on fire", T0);
        ticket.AddAgentReply(Agent, "Logged the call.", isPublic: true, T0, handleTime: Duration.FromMinutes(6));
        ticket.AddCustomerMessage("Photo attached.", At(1), Channel.Email);
        ticket.AssignTo(Agent, TechnicalSupport, At(1));
        ticket.ChangePriority(Priority.Urgent, At(2));
        ticket.AddTags(["hardware", "fire"], At(2));
        ticket.SetCustomField("printer", CustomFieldValue.FromText("HP-4000"), At(3));
        ticket.SetCustomField("floor", CustomFieldValue.FromNumber(3), At(3));
        ticket.ChangeCategory("incident", At(3));
        ticket.AddSystemMessage("Escalated to facilities.", isPublic: false, At(4));
        ticket.ChangeStatus(TicketStatus.OnHold, At(5));
        ticket.AbsorbDuplicate(OtherTicket, At(6));
        ticket.ChangeStatus(TicketStatus.Open, At(7));
        ticket.Solve(At(8));
        ticket.AddCustomerMessage("It is smoking again.", At(9));
        ticket.RemoveTags(["fire"], At(10));
        ticket.RemoveCustomField("floor", At(10));
        ticket.AssignToGroup(Billing, At(11));
        ticket.Solve(At(12));
        return ticket;
    }

    private sealed record StrangeEvent(TicketId TicketId, Instant OccurredAt) : ITicketEvent;
}
