using System;
using System.ComponentModel;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    // The lifecycle, written out independently of the production table: for each command, what it
    // does in New, Open, Pending, OnHold, Solved, Closed. "stay" = accepted, status kept; a status
    // name = accepted, ticket moves there; anything else = the rule code it is rejected with.
    private const string Stay = "stay";
    private const string Closed = TicketErrors.Closed;
    private const string Illegal = TicketErrors.IllegalTransition;
    private const string Unchanged = TicketErrors.StatusUnchanged;
    private const string NotSolved = TicketErrors.NotSolved;

    private static readonly Dictionary<string, string[]> ExpectedMatrix = new()
    {
        //                                 New          Open       Pending    OnHold     Solved     Closed
        ["AddCustomerMessage"] = [Stay, Stay, "Open", Stay, "Open", Closed],
        ["AddAgentReply(public)"] = ["Open", Stay, Stay, Stay, Stay, Closed],
        ["AddAgentReply(internal)"] = ["Open", Stay, Stay, Stay, Stay, Closed],
        ["AddSystemMessage"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["ChangeStatus(New)"] = [Illegal, Illegal, Illegal, Illegal, Illegal, Closed],
        ["ChangeStatus(Open)"] = ["Open", Unchanged, "Open", "Open", "Open", Closed],
        ["ChangeStatus(Pending)"] = ["Pending", "Pending", Unchanged, "Pending", Illegal, Closed],
        ["ChangeStatus(OnHold)"] = ["OnHold", "OnHold", "OnHold", Unchanged, Illegal, Closed],
        ["ChangeStatus(Solved)"] = ["Solved", "Solved", "Solved", "Solved", Unchanged, Closed],
        ["ChangeStatus(Closed)"] = [NotSolved, NotSolved, NotSolved, NotSolved, "Closed", Closed],
        ["Solve"] = ["Solved", "Solved", "Solved", "Solved", Unchanged, Closed],
        ["Reopen"] = [NotSolved, NotSolved, NotSolved, NotSolved, "Open", Closed],
        ["Close"] = [NotSolved, NotSolved, NotSolved, NotSolved, "Closed", Closed],
        ["ChangePriority"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["AssignTo"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["AssignToGroup"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["AddTags"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["RemoveTags"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["SetCustomField"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["RemoveCustomField"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["ChangeCategory"] = [Stay, Stay, Stay, Stay, Stay, Closed],
        ["MergeInto"] = ["Closed", "Closed", "Closed", "Closed", "Closed", Closed],
        ["AbsorbDuplicate"] = [Stay, Stay, Stay, Stay, Stay, Closed],
    };

    // Each command with its Can... query. Attribute commands are given something to change, so an
    // accepted one records at least one event.
    private static readonly Dictionary<string, (Func<Ticket, Instant, bool> Can, Action<Ticket, Instant> Run)> Commands = new()
    {
        ["AddCustomerMessage"] = ((t, at) => t.CanAddCustomerMessage(at), (t, at) => t.AddCustomerMessage("Any news?", at)),
        ["AddAgentReply(public)"] = ((t, at) => t.CanAddAgentReply(at), (t, at) => t.AddAgentReply(Agent, "Try this.", isPublic: true, at)),
        ["AddAgentReply(internal)"] = ((t, at) => t.CanAddAgentReply(at), (t, at) => t.AddAgentReply(Agent, "Checking logs.", isPublic: false, at)),
        ["AddSystemMessage"] = ((t, at) => t.CanAddSystemMessage(at), (t, at) => t.AddSystemMessage("We got your message.", isPublic: true, at)),
        ["ChangeStatus(New)"] = Status(TicketStatus.New),
        ["ChangeStatus(Open)"] = Status(TicketStatus.Open),
        ["ChangeStatus(Pending)"] = Status(TicketStatus.Pending),
        ["ChangeStatus(OnHold)"] = Status(TicketStatus.OnHold),
        ["ChangeStatus(Solved)"] = Status(TicketStatus.Solved),
        ["ChangeStatus(Closed)"] = Status(TicketStatus.Closed),
        ["Solve"] = ((t, at) => t.CanSolve(at), (t, at) => t.Solve(at)),
        ["Reopen"] = ((t, at) => t.CanReopen(at), (t, at) => t.Reopen(at)),
        ["Close"] = ((t, at) => t.CanClose(at), (t, at) => t.Close(at)),
        ["ChangePriority"] = ((t, at) => t.CanChangePriority(at), (t, at) => t.ChangePriority(Priority.Urgent, at)),
        ["AssignTo"] = ((t, at) => t.CanAssign(at), (t, at) => t.AssignTo(Agent, Billing, at)),
        ["AssignToGroup"] = ((t, at) => t.CanAssign(at), (t, at) => t.AssignToGroup(Billing, at)),
        ["AddTags"] = ((t, at) => t.CanChangeTags(at), (t, at) => t.AddTags(["vip"], at)),
        ["RemoveTags"] = ((t, at) => t.CanChangeTags(at), RemoveTagThatIsThere),
        ["SetCustomField"] = ((t, at) => t.CanChangeCustomFields(at), (t, at) => t.SetCustomField("order", CustomFieldValue.FromNumber(42), at)),
        ["RemoveCustomField"] = ((t, at) => t.CanChangeCustomFields(at), RemoveFieldThatIsThere),
        ["ChangeCategory"] = ((t, at) => t.CanChangeCategory(at), (t, at) => t.ChangeCategory("billing", at)),
        ["MergeInto"] = ((t, at) => t.CanMergeInto(OtherTicket, at), (t, at) => t.MergeInto(OtherTicket, at)),
        ["AbsorbDuplicate"] = ((t, at) => t.CanAbsorbDuplicate(OtherTicket, at), (t, at) => t.AbsorbDuplicate(OtherTicket, at)),
    };

    public static TheoryData<string, TicketStatus> EveryCommandInEveryStatus()
    {
        var data = new TheoryData<string, TicketStatus>();
        foreach (var command in ExpectedMatrix.Keys)
        {
            foreach (var status in Enum.GetValues<TicketStatus>())
            {
                data.Add(command, status);
            }
        }

        return data;
    }

    [Fact]
    public void LifecycleMatrix_CoversEveryCommandAndEveryStatus()
    {
        ExpectedMatrix.Keys.Should().BeEquivalentTo(Commands.Keys);
        ExpectedMatrix.Values.Should().AllSatisfy(row => row.Should().HaveCount(Enum.GetValues<TicketStatus>().Length));
    }

    [Theory]
    [MemberData(nameof(EveryCommandInEveryStatus))]
    public void Command_InEachStatus_FollowsTheLifecycleTable(string command, TicketStatus status)
    {
        var ticket = InStatus(status);
        PrepareForRemoval(ticket, command, status);
        var expected = ExpectedMatrix[command][(int)status];
        var (can, run) = Commands[command];
        var at = At(10);
        var version = ticket.Version;

        if (expected.StartsWith("ticket.", StringComparison.Ordinal))
        {
            can(ticket, at).Should().BeFalse();
            ticket.ShouldViolate(expected, () => run(ticket, at));
            return;
        }

        can(ticket, at).Should().BeTrue();
        run(ticket, at);

        var recorded = ticket.EventsSince(version);
        recorded.Should().NotBeEmpty().And.AllSatisfy(e => e.OccurredAt.Should().Be(at));
        ticket.Version.Should().Be(version + recorded.Count);
        if (expected == Stay)
        {
            ticket.Status.Should().Be(status);
            recorded.OfType<TicketStatusChanged>().Should().BeEmpty();
        }
        else
        {
            var to = Enum.Parse<TicketStatus>(expected);
            ticket.Status.Should().Be(to);
            var change = recorded.OfType<TicketStatusChanged>().Should().ContainSingle().Subject;
            (change.From, change.To).Should().Be((status, to));
            recorded[^1].Should().BeSameAs(change, "a command's status change comes after the fact that caused it");
        }
    }

    [Theory]
    [MemberData(nameof(EveryCommandInEveryStatus))]
    public void CanQuery_WithAnInstantBeforeTheLastEvent_IsFalse_AndTheCommandThrowsTheRuleItChecksFirst(string command, TicketStatus status)
    {
        var ticket = InStatus(status);
        PrepareForRemoval(ticket, command, status);
        var (can, run) = Commands[command];
        var expected = ExpectedMatrix[command][(int)status];
        var before = ticket.UpdatedAt - Duration.FromSeconds(1);

        can(ticket, before).Should().BeFalse();
        var code = expected.StartsWith("ticket.", StringComparison.Ordinal) ? expected : TicketErrors.InstantBeforeLastEvent;
        ticket.ShouldViolate(code, () => run(ticket, before));
    }

    [Fact]
    public void ChangeStatus_ToAnUndefinedStatus_IsAProgrammerError_AndCanIsFalse()
    {
        var ticket = NewTicket();

        ticket.CanChangeStatus((TicketStatus)42, At(1)).Should().BeFalse();
        ticket.ShouldRejectArgument<InvalidEnumArgumentException>("status", () => ticket.ChangeStatus((TicketStatus)42, At(1)));
    }

    [Fact]
    public void ChangeStatus_FromSolvedToOpen_IsAReopen()
    {
        var ticket = InStatus(TicketStatus.Solved);

        ticket.ChangeStatus(TicketStatus.Open, At(5));

        ticket.History[^1].Should().Be(new TicketStatusChanged(ticket.Id, TicketStatus.Solved, TicketStatus.Open, StatusChangeTrigger.Command, At(5)));
    }

    [Fact]
    public void Error_Messages_NameTheStatuses()
    {
        var solved = InStatus(TicketStatus.Solved);
        solved.ShouldViolate(Illegal, () => solved.ChangeStatus(TicketStatus.Pending, At(5)))
            .Message.Should().Be("ticket.illegal_transition: A ticket cannot move from Solved to Pending.");
        var open = InStatus(TicketStatus.Open);
        open.ShouldViolate(NotSolved, () => open.Reopen(At(5)))
            .Message.Should().Be("ticket.not_solved: Only a solved ticket can be reopened; this one is Open.");
        open.ShouldViolate(Unchanged, () => open.ChangeStatus(TicketStatus.Open, At(5)))
            .Message.Should().Be("ticket.status_unchanged: The ticket is already Open.");
    }

    private static (Func<Ticket, Instant, bool>, Action<Ticket, Instant>) Status(TicketStatus to) =>
        ((t, at) => t.CanChangeStatus(to, at), (t, at) => t.ChangeStatus(to, at));

    private static void RemoveTagThatIsThere(Ticket ticket, Instant at) => ticket.RemoveTags(["vip"], at);

    private static void RemoveFieldThatIsThere(Ticket ticket, Instant at) => ticket.RemoveCustomField("order", at);

    // Removal commands need something to remove, or an accepted one would record nothing. A closed
    // ticket cannot be given anything, and rejects the command before it looks.
    private static void PrepareForRemoval(Ticket ticket, string command, TicketStatus status)
    {
        if (status == TicketStatus.Closed)
        {
            return;
        }

        if (command == "RemoveTags")
        {
            ticket.AddTags(["vip"], At(3));
        }
        else if (command == "RemoveCustomField")
        {
            ticket.SetCustomField("order", CustomFieldValue.FromNumber(7), At(3));
        }
    }
}
