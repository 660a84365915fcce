using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerService.Core.Tests.TestSupport;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using CustomerService.Core.Tickets.Rules;

namespace CustomerService.Core.Tests.Tickets.Rules;

public sealed class TicketLifecycleTests
{
    private static readonly TicketVerb[] StatusVerbs =
    [
        TicketVerb.ChangeStatusToNew, TicketVerb.ChangeStatusToOpen, TicketVerb.ChangeStatusToPending, TicketVerb.ChangeStatusToOnHold,
        TicketVerb.Solve, TicketVerb.Reopen, TicketVerb.Close,
    ];

    // The first cell of each row of the table in docs/tickets.md, and the command it stands for.
    private static readonly Dictionary<string, TicketVerb> DocumentedRows = new()
    {
        ["`AddCustomerMessage`"] = TicketVerb.AddCustomerMessage,
        ["`AddAgentReply` (public reply or internal note)"] = TicketVerb.AddAgentMessage,
        ["`AddSystemMessage`"] = TicketVerb.AddSystemMessage,
        ["`ChangeStatus(New)`"] = TicketVerb.ChangeStatusToNew,
        ["`ChangeStatus(Open)`"] = TicketVerb.ChangeStatusToOpen,
        ["`ChangeStatus(Pending)`"] = TicketVerb.ChangeStatusToPending,
        ["`ChangeStatus(OnHold)`"] = TicketVerb.ChangeStatusToOnHold,
        ["`Solve`, `ChangeStatus(Solved)`"] = TicketVerb.Solve,
        ["`Reopen`"] = TicketVerb.Reopen,
        ["`Close`, `ChangeStatus(Closed)`"] = TicketVerb.Close,
        ["`ChangePriority`"] = TicketVerb.ChangePriority,
        ["`AssignTo`, `AssignToGroup`, `Unassign`"] = TicketVerb.Assign,
        ["`AddTags`, `RemoveTags`"] = TicketVerb.ChangeTags,
        ["`SetCustomField`, `RemoveCustomField`"] = TicketVerb.ChangeCustomFields,
        ["`ChangeCategory`"] = TicketVerb.ChangeCategory,
        ["`MergeInto` (the duplicate)"] = TicketVerb.MergeInto,
        ["`AbsorbDuplicate` (the target)"] = TicketVerb.AbsorbDuplicate,
    };

    [Fact]
    public void StatusCommands_EitherMoveTheTicketOrAreRejected_NeverStay()
    {
        foreach (var verb in StatusVerbs)
        {
            foreach (var status in Enum.GetValues<TicketStatus>())
            {
                var outcome = TicketLifecycle.Decide(status, verb);
                (outcome.Next is null).Should().Be(outcome.Error is not null, $"{verb} in {status}");
            }
        }
    }

    [Fact]
    public void EveryCommand_OnAClosedTicket_IsRejectedAsClosed()
    {
        foreach (var verb in Enum.GetValues<TicketVerb>())
        {
            TicketLifecycle.Decide(TicketStatus.Closed, verb).Error!.Code.Should().Be(TicketErrors.Closed);
        }
    }

    [Fact]
    public void NoCommand_EverMovesATicketToNew()
    {
        foreach (var verb in Enum.GetValues<TicketVerb>())
        {
            foreach (var status in Enum.GetValues<TicketStatus>())
            {
                TicketLifecycle.Decide(status, verb).Next.Should().NotBe(TicketStatus.New);
            }
        }
    }

    [Fact]
    public void CheckTransition_AcceptsExactlyTheMovesTheCommandsMake_WithTheirTrigger()
    {
        var made = new HashSet<(TicketStatus, TicketStatus, StatusChangeTrigger)>();
        foreach (var verb in Enum.GetValues<TicketVerb>())
        {
            foreach (var status in Enum.GetValues<TicketStatus>())
            {
                if (TicketLifecycle.Decide(status, verb) is { Next: { } to, Error: null } outcome)
                {
                    made.Add((status, to, outcome.Trigger));
                }
            }
        }

        foreach (var from in Enum.GetValues<TicketStatus>())
        {
            foreach (var to in Enum.GetValues<TicketStatus>())
            {
                foreach (var trigger in Enum.GetValues<StatusChangeTrigger>())
                {
                    var error = TicketLifecycle.CheckTransition(from, to, trigger);
                    (error is null).Should().Be(made.Contains((from, to, trigger)), $"{from} to {to} by {trigger}");
                    if (error is not null)
                    {
                        error.Code.Should().Be(from == TicketStatus.Closed ? TicketErrors.Closed : from == to ? TicketErrors.StatusUnchanged : TicketErrors.IllegalTransition);
                    }
                }
            }
        }

        made.Should().Contain((TicketStatus.Pending, TicketStatus.Open, StatusChangeTrigger.CustomerMessage))
            .And.Contain((TicketStatus.New, TicketStatus.Open, StatusChangeTrigger.AgentMessage))
            .And.Contain((TicketStatus.Solved, TicketStatus.Closed, StatusChangeTrigger.Merge));
    }

    [Fact]
    public void TheDocumentedTable_IsTheTableTheCodeUses()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "tickets.md"));
        var start = Array.IndexOf(doc, "<!-- lifecycle-table:start -->");
        var end = Array.IndexOf(doc, "<!-- lifecycle-table:end -->");
        start.Should().BePositive();
        var rows = doc[(start + 3)..end].Select(line => line.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();

        rows.Select(r => DocumentedRows[r[0]]).Should().Equal(Enum.GetValues<TicketVerb>(), "the page lists every command once, in the code's order");
        foreach (var row in rows)
        {
            var verb = DocumentedRows[row[0]];
            row.Should().HaveCount(7);
            foreach (var status in Enum.GetValues<TicketStatus>())
            {
                row[(int)status + 1].Should().Be(Describe(TicketLifecycle.Decide(status, verb)), $"{row[0]} in {status}");
            }
        }
    }

    private static string Describe(TicketLifecycle.Outcome outcome) =>
        outcome.Error is { } error ? $"`{error.Code}`" : outcome.Next is { } next ? $"→ {next}" : "stays";
}
