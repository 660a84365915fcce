using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Tickets;

public sealed partial class TicketTests
{
    private static readonly TicketStatus[] AnyStatus = Enum.GetValues<TicketStatus>();

    private static readonly TicketId[] Duplicates = [OtherTicket, TicketId.Parse("1b4e28ba-2fa1-11d2-883f-0016d3cca427")];

    private static readonly CustomFieldValue[] FieldValues =
    [
        CustomFieldValue.FromText("A-1"), CustomFieldValue.FromNumber(2.5m), CustomFieldValue.FromBoolean(false), CustomFieldValue.FromDate(new LocalDate(2025, 1, 31)),
    ];

    // Every command with its Can... query; `arg` (0..3) picks among a few arguments. MergeInto is
    // left to one argument value so most generated histories live past it.
    private static readonly (Func<Ticket, Instant, int, bool> Can, Action<Ticket, Instant, int> Run)[] Operations =
    [
        ((t, at, _) => t.CanAddCustomerMessage(at), (t, at, a) => t.AddCustomerMessage("msg " + a, at, a == 0 ? Channel.Chat : null)),
        ((t, at, _) => t.CanAddAgentReply(at), (t, at, a) => t.AddAgentReply(a % 2 == 0 ? Agent : OtherAgent, "reply", isPublic: a < 2, at, handleTime: a == 3 ? Duration.FromMinutes(5) : null)),
        ((t, at, _) => t.CanAddSystemMessage(at), (t, at, a) => t.AddSystemMessage("bot", isPublic: a % 2 == 0, at)),
        ((t, at, _) => t.CanChangeStatus(TicketStatus.Open, at), (t, at, _) => t.ChangeStatus(TicketStatus.Open, at)),
        ((t, at, _) => t.CanChangeStatus(TicketStatus.Pending, at), (t, at, _) => t.ChangeStatus(TicketStatus.Pending, at)),
        ((t, at, _) => t.CanChangeStatus(TicketStatus.OnHold, at), (t, at, _) => t.ChangeStatus(TicketStatus.OnHold, at)),
        ((t, at, a) => t.CanChangeStatus(AnyStatus[a + 2], at), (t, at, a) => t.ChangeStatus(AnyStatus[a + 2], at)),
        ((t, at, _) => t.CanSolve(at), (t, at, _) => t.Solve(at)),
        ((t, at, _) => t.CanSolve(at), (t, at, _) => t.Solve(at)),
        ((t, at, _) => t.CanReopen(at), (t, at, _) => t.Reopen(at)),
        ((t, at, _) => t.CanClose(at), (t, at, _) => t.Close(at)),
        ((t, at, _) => t.CanChangePriority(at), (t, at, a) => t.ChangePriority((Priority)(a + 1), at)),
        ((t, at, _) => t.CanAssign(at), (t, at, a) => t.AssignTo(a % 2 == 0 ? Agent : OtherAgent, at)),
        ((t, at, _) => t.CanAssign(at), (t, at, a) => t.AssignTo(Agent, a % 2 == 0 ? Billing : TechnicalSupport, at)),
        ((t, at, _) => t.CanAssign(at), (t, at, a) => t.AssignToGroup(a % 2 == 0 ? Billing : TechnicalSupport, at)),
        ((t, at, _) => t.CanAssign(at), (t, at, _) => t.Unassign(at)),
        ((t, at, _) => t.CanChangeTags(at), (t, at, a) => t.AddTags(a switch { 0 => ["vip"], 1 => ["vip", "refund"], 2 => ["Outage"], _ => [] }, at)),
        ((t, at, _) => t.CanChangeTags(at), (t, at, a) => t.RemoveTags(a switch { 0 => ["vip"], 1 => ["refund", "outage"], _ => ["vip", "refund"] }, at)),
        ((t, at, _) => t.CanChangeCustomFields(at), (t, at, a) => t.SetCustomField(a % 2 == 0 ? "order" : "amount", FieldValues[a], at)),
        ((t, at, _) => t.CanChangeCustomFields(at), (t, at, a) => t.RemoveCustomField(a % 2 == 0 ? "order" : "amount", at)),
        ((t, at, _) => t.CanChangeCategory(at), (t, at, a) => t.ChangeCategory(a switch { 0 => null, 1 => "billing", _ => "incident" }, at)),
        ((t, at, a) => a == 3 ? t.CanMergeInto(OtherTicket, at) : t.CanAbsorbDuplicate(Duplicates[a % 2], at),
         (t, at, a) =>
         {
             if (a == 3)
             {
                 t.MergeInto(OtherTicket, at);
             }
             else
             {
                 t.AbsorbDuplicate(Duplicates[a % 2], at);
             }
         }),
        ((_, _, _) => true, (t, _, _) => t.DequeueDomainEvents()),
    ];

    // One step: which operation, how many minutes after the last accepted event (-1 goes back in
    // time, which the ticket must reject), and which argument.
    private static readonly Gen<(int Operation, int Minutes, int Argument)[]> Histories =
        Gen.Select(Gen.Int[0, Operations.Length - 1], Gen.Int[-1, 3], Gen.Int[0, 3]).Array[0, 60];

    [Fact]
    public void Property_CanQueries_AgreeWithTheCommands_AndARejectedCommandChangesNothing()
    {
        Histories.Sample(steps =>
        {
            var ticket = NewTicket();
            ticket.AddCustomerMessage("Opening message", T0);
            long dequeued = 0;
            foreach (var (operation, minutes, argument) in steps)
            {
                var at = ticket.UpdatedAt + Duration.FromMinutes(minutes);
                var (can, run) = Operations[operation];
                var allowed = can(ticket, at, argument);
                var before = TicketSnapshot.Of(ticket);
                var pending = ticket.DomainEvents.Count;
                try
                {
                    run(ticket, at, argument);
                }
                catch (DomainRuleViolationException)
                {
                    allowed.Should().BeFalse("the command was rejected, so its Can... query must say so");
                    TicketSnapshot.Of(ticket).ShouldMatch(before);
                    continue;
                }

                allowed.Should().BeTrue("the command was accepted, so its Can... query must say so");
                if (operation == Operations.Length - 1)
                {
                    dequeued += pending;
                }

                ticket.History.Should().HaveCount((int)ticket.Version);
                ticket.DomainEvents.Should().HaveCount((int)(ticket.Version - dequeued));
                ticket.History.Skip((int)before.Version).All(e => e.OccurredAt == at).Should().BeTrue("a command records its events at its own instant");
            }
        }, iter: MutationRun.Iter(300));
    }

    [Fact]
    public void Property_RehydrateAndImport_OfAnyLegalHistory_GiveTheSameTicket()
    {
        Histories.Sample(steps =>
        {
            var live = LegalHistory(steps);
            var expected = TicketSnapshot.Of(live).WithoutPendingEvents();

            TicketSnapshot.Of(Ticket.Rehydrate(live.Id, live.History)).ShouldMatch(expected);

            // Import sorts by instant and keeps the given order within an instant: give it the
            // instants newest first, each instant's events in their order.
            var newestFirst = live.History.GroupBy(e => e.OccurredAt).Reverse().SelectMany(g => g);
            var imported = Ticket.Import(live.Id, newestFirst);
            imported.Problems.Should().BeEmpty();
            TicketSnapshot.Of(imported.Value).ShouldMatch(expected);
        }, iter: MutationRun.Iter(300));
    }

    /// <summary>Applies only the steps whose Can... query allows them.</summary>
    private static Ticket LegalHistory(IEnumerable<(int Operation, int Minutes, int Argument)> steps)
    {
        var ticket = NewTicket();
        foreach (var (operation, minutes, argument) in steps)
        {
            var at = ticket.UpdatedAt + Duration.FromMinutes(Math.Max(0, minutes));
            var (can, run) = Operations[operation];
            if (can(ticket, at, argument))
            {
                run(ticket, at, argument);
            }
        }

        return ticket;
    }
}
