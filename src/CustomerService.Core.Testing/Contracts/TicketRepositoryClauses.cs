using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Testing.Contracts.ContractTime;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>The contract of <see cref="ITicketRepository"/>: the shared clauses, a customer's tickets, and the SLA monitor's next-check bookkeeping.</summary>
internal static class TicketRepositoryClauses
{
    private const string WriterField = "contract-writer";

    internal static TicketPort Port { get; } = new();

    public static IReadOnlyList<Clause<ITicketRepository>> All { get; } =
    [
        .. AggregateClauses.For(Port),
        new("ticket.list_for_customer", "ListForCustomerAsync returns every ticket of the customer, as stored now, oldest first, and none of another customer's.", ListForCustomerAsync),
        new("ticket.sla.never_checked_is_due", "A ticket the SLA monitor never checked is due at once, whatever the instant asked for.", NeverCheckedIsDueAsync),
        new("ticket.sla.due_from_next_check", "A ticket whose next SLA check is recorded is not due before that instant, and is due at it and after.", DueFromNextCheckAsync),
        new("ticket.sla.nothing_to_come", "A ticket whose next SLA check is recorded as null is never due until it changes.", NothingToComeAsync),
        new("ticket.sla.save_makes_due", "Saving a ticket clears its next SLA check: the new version is due at once.", SaveMakesDueAsync),
        new("ticket.sla.stale_check_ignored", "A next SLA check recorded for another version than the stored one changes nothing.", StaleCheckIgnoredAsync),
        new("ticket.sla.closed_never_due", "A closed ticket is never due, checked or not; a solved one still is.", ClosedNeverDueAsync),
        new("ticket.sla.limit_and_order", "ListDueForSlaCheckAsync returns at most the limit: tickets never checked first, then the earliest next check.", LimitAndOrderAsync),
    ];

    private static Ticket OpenTicket(CustomerId customerId, Instant at, string subject = "Contract ticket") =>
        Ticket.Open(TicketId.New(), customerId, Channel.Email, Priority.Normal, subject, at);

    private static Task SetNextCheckAsync(ClauseContext<ITicketRepository> context, Ticket ticket, string name, long version, Instant? nextCheckAt) =>
        context.Do(
            Differences.Invariant($"recording the next SLA check of {name} (version {version}) at {(nextCheckAt is { } at ? at.ToString() : "null")}"),
            ct => context.Open().SetNextSlaCheckAsync(ticket.Id, version, nextCheckAt, ct));

    private static Task<IReadOnlyList<Ticket>> DueAsync(ClauseContext<ITicketRepository> context, Instant dueBy, int limit = 100) =>
        context.Do(
            Differences.Invariant($"listing the tickets due for an SLA check by {dueBy} (limit {limit})"),
            ct => context.Open().ListDueForSlaCheckAsync(dueBy, limit, ct));

    /// <summary>Fails unless <paramref name="ticket"/> is (or is not) among the tickets due by <paramref name="dueBy"/>.</summary>
    private static async Task ExpectDueAsync(ClauseContext<ITicketRepository> context, Ticket ticket, string name, Instant dueBy, bool due, string why)
    {
        var listed = await DueAsync(context, dueBy).ConfigureAwait(false);
        var found = listed.FirstOrDefault(t => t.Id == ticket.Id);
        Expect.That(
            (found is not null) == due,
            Differences.Invariant($"{name} {(due ? "among" : "not among")} the tickets due by {dueBy} ({why})"),
            () => due ? "it was not listed" : "it was listed");
        if (found is not null)
        {
            Port.ExpectSame(ticket, found, $"{name}, as listed due,");
        }
    }

    private static async Task ListForCustomerAsync(ClauseContext<ITicketRepository> context)
    {
        var customer = CustomerId.New();
        var labels = new Labels<TicketId>();
        var early = OpenTicket(customer, At(0));
        var middle = OpenTicket(customer, At(60));
        var late = OpenTicket(customer, At(120));
        var stranger = OpenTicket(CustomerId.New(), At(-60));
        labels.Name(early.Id, "early");
        labels.Name(middle.Id, "middle");
        labels.Name(late.Id, "late");
        labels.Name(stranger.Id, "another customer's ticket");
        await Port.AddAllAsync(context, (late, "the late ticket"), (early, "the early ticket"), (stranger, "another customer's ticket"), (middle, "the middle ticket")).ConfigureAwait(false);
        var saved = await Port.ChangeAsync(context, middle.Id, "the middle ticket", t => Port.Change(t, 1)).ConfigureAwait(false);

        var listed = await context.Do("listing the customer's tickets", ct => context.Open().ListForCustomerAsync(customer, ct)).ConfigureAwait(false);

        Expect.That(
            listed.Select(t => t.Id).SequenceEqual([early.Id, middle.Id, late.Id]),
            "early, middle, late (oldest first)",
            () => labels.Of(listed.Select(t => t.Id)));
        Port.ExpectSame(saved, listed[1], "the middle ticket, saved after it was added, as listed");
        Port.ExpectSame(early, listed[0], "the early ticket, as listed");
        var none = await context.Do("listing the tickets of a customer with none", ct => context.Open().ListForCustomerAsync(CustomerId.New(), ct)).ConfigureAwait(false);
        Expect.That(none.Count == 0, "no tickets for a customer with none", () => labels.Of(none.Select(t => t.Id)));
    }

    private static async Task NeverCheckedIsDueAsync(ClauseContext<ITicketRepository> context)
    {
        var ticket = OpenTicket(CustomerId.New(), At(0));
        await Port.AddAllAsync(context, (ticket, "a ticket")).ConfigureAwait(false);

        await ExpectDueAsync(context, ticket, "the ticket never checked", At(-60 * 24 * 365), due: true, "never checked, even when asked for an instant before it opened").ConfigureAwait(false);
    }

    private static async Task DueFromNextCheckAsync(ClauseContext<ITicketRepository> context)
    {
        var ticket = OpenTicket(CustomerId.New(), At(0));
        await Port.AddAllAsync(context, (ticket, "a ticket")).ConfigureAwait(false);
        await SetNextCheckAsync(context, ticket, "the ticket", ticket.Version, At(60)).ConfigureAwait(false);

        await ExpectDueAsync(context, ticket, "the ticket", At(60) - Duration.FromSeconds(1), due: false, "a second before its next check").ConfigureAwait(false);
        await ExpectDueAsync(context, ticket, "the ticket", At(60), due: true, "at its next check").ConfigureAwait(false);
        await ExpectDueAsync(context, ticket, "the ticket", At(60 * 24), due: true, "after its next check").ConfigureAwait(false);
    }

    private static async Task NothingToComeAsync(ClauseContext<ITicketRepository> context)
    {
        var ticket = OpenTicket(CustomerId.New(), At(0));
        await Port.AddAllAsync(context, (ticket, "a ticket")).ConfigureAwait(false);
        await SetNextCheckAsync(context, ticket, "the ticket", ticket.Version, null).ConfigureAwait(false);

        await ExpectDueAsync(context, ticket, "the ticket", FarFuture, due: false, "nothing to come until it changes").ConfigureAwait(false);
    }

    private static async Task SaveMakesDueAsync(ClauseContext<ITicketRepository> context)
    {
        var ticket = OpenTicket(CustomerId.New(), At(0));
        await Port.AddAllAsync(context, (ticket, "a ticket")).ConfigureAwait(false);
        await SetNextCheckAsync(context, ticket, "the ticket", ticket.Version, At(60 * 24)).ConfigureAwait(false);
        await ExpectDueAsync(context, ticket, "the ticket", At(0), due: false, "its next check is a day later").ConfigureAwait(false);

        var saved = await Port.ChangeAsync(context, ticket.Id, "the ticket", t => Port.Change(t, 1)).ConfigureAwait(false);

        await ExpectDueAsync(context, saved, "the saved ticket", At(0), due: true, "the save cleared its next check").ConfigureAwait(false);
    }

    private static async Task StaleCheckIgnoredAsync(ClauseContext<ITicketRepository> context)
    {
        var ticket = OpenTicket(CustomerId.New(), At(0));
        await Port.AddAllAsync(context, (ticket, "a ticket")).ConfigureAwait(false);
        var evaluated = ticket.Version;
        var saved = await Port.ChangeAsync(context, ticket.Id, "the ticket", t => Port.Change(t, 1)).ConfigureAwait(false);

        await SetNextCheckAsync(context, saved, "the ticket", evaluated, At(60 * 24)).ConfigureAwait(false);
        await ExpectDueAsync(context, saved, "the ticket", At(0), due: true, "the check was recorded for the version before the save").ConfigureAwait(false);
        await SetNextCheckAsync(context, saved, "the ticket", saved.Version + 1, At(60 * 24)).ConfigureAwait(false);
        await ExpectDueAsync(context, saved, "the ticket", At(0), due: true, "the check was recorded for a version never stored").ConfigureAwait(false);
        await SetNextCheckAsync(context, saved, "the ticket", saved.Version, At(60 * 24)).ConfigureAwait(false);
        await ExpectDueAsync(context, saved, "the ticket", At(0), due: false, "the check was recorded for the stored version").ConfigureAwait(false);
    }

    private static async Task ClosedNeverDueAsync(ClauseContext<ITicketRepository> context)
    {
        var closed = OpenTicket(CustomerId.New(), At(0));
        closed.Solve(At(1));
        closed.Close(At(2));
        var solved = OpenTicket(CustomerId.New(), At(0));
        solved.Solve(At(1));
        var closing = OpenTicket(CustomerId.New(), At(0));
        await Port.AddAllAsync(context, (closed, "a closed ticket"), (solved, "a solved ticket"), (closing, "an open ticket")).ConfigureAwait(false);

        await ExpectDueAsync(context, closed, "the closed ticket", FarFuture, due: false, "closed, never checked").ConfigureAwait(false);
        await SetNextCheckAsync(context, closed, "the closed ticket", closed.Version, At(0)).ConfigureAwait(false);
        await ExpectDueAsync(context, closed, "the closed ticket", FarFuture, due: false, "closed, with a next check recorded").ConfigureAwait(false);
        await ExpectDueAsync(context, solved, "the solved ticket", At(0), due: true, "solved is not closed").ConfigureAwait(false);
        var nowClosed = await Port.ChangeAsync(context, closing.Id, "the open ticket", t =>
        {
            t.Solve(At(3));
            t.Close(At(4));
        }).ConfigureAwait(false);
        await ExpectDueAsync(context, nowClosed, "the ticket closed by a save", FarFuture, due: false, "closed by its last save").ConfigureAwait(false);
    }

    private static async Task LimitAndOrderAsync(ClauseContext<ITicketRepository> context)
    {
        var labels = new Labels<TicketId>();
        var customer = CustomerId.New();
        Ticket Named(string name, int openedAt)
        {
            var ticket = OpenTicket(customer, At(openedAt));
            labels.Name(ticket.Id, name);
            return ticket;
        }

        var (a, b) = (Named("never-checked A", 1), Named("never-checked B", 2));
        var (at10, at5, at20) = (Named("check at +10m", 3), Named("check at +5m", 4), Named("check at +20m", 5));
        var (later, quiet) = (Named("check at +2h", 6), Named("nothing to come", 7));
        await Port.AddAllAsync(context, (a, "A"), (at10, "+10m"), (b, "B"), (at5, "+5m"), (later, "+2h"), (at20, "+20m"), (quiet, "quiet")).ConfigureAwait(false);
        foreach (var (ticket, next) in new (Ticket, Instant?)[] { (at10, At(10)), (at5, At(5)), (at20, At(20)), (later, At(120)), (quiet, null) })
        {
            await SetNextCheckAsync(context, ticket, labels.Of([ticket.Id]), ticket.Version, next).ConfigureAwait(false);
        }

        var neverChecked = new HashSet<TicketId> { a.Id, b.Id };
        foreach (var (limit, expected) in new (int, TicketId[])[] { (10, [at5.Id, at10.Id, at20.Id]), (3, [at5.Id]), (1, []) })
        {
            var due = await DueAsync(context, At(60), limit).ConfigureAwait(false);
            var ids = due.Select(t => t.Id).ToList();
            var firsts = Math.Min(limit, 2);
            Expect.That(
                ids.Count == firsts + expected.Length && ids.Take(firsts).All(neverChecked.Contains) && ids.Skip(firsts).SequenceEqual(expected),
                Differences.Invariant($"with limit {limit}: {(firsts == 2 ? "both never-checked tickets (in any order)" : "one never-checked ticket")}{(expected.Length > 0 ? ", then " + labels.Of(expected) : string.Empty)}"),
                () => labels.Of(ids));
        }
    }

    /// <summary><see cref="ITicketRepository"/> for the shared clauses, with tickets that hold every kind of ticket event.</summary>
    internal sealed class TicketPort : AggregatePort<ITicketRepository, Ticket, TicketId>
    {
        public TicketPort()
            : base("ticket", TicketId.New, (r, id, ct) => r.LoadAsync(id, ct), (r, a, ct) => r.AddAsync(a, ct), (r, a, v, ct) => r.SaveAsync(a, v, ct))
        {
        }

        public override Ticket Simple() => OpenTicket(CustomerId.New(), At(0));

        public override void Change(Ticket aggregate, int writer) =>
            aggregate.SetCustomField(WriterField, CustomFieldValue.FromNumber(writer), aggregate.UpdatedAt);

        public override int? WriterOf(Ticket aggregate) =>
            aggregate.CustomFields.TryGetValue(WriterField, out var value) ? (int)value.AsNumber() : null;

        public override IReadOnlyList<ContractSample<Ticket>> Samples()
        {
            var (everything, merged, fresh) = (TicketId.New(), TicketId.New(), TicketId.New());
            var (customer, otherCustomer) = (CustomerId.New(), CustomerId.New());
            var (agent, otherAgent) = (AgentId.New(), AgentId.New());
            var (group, otherGroup) = (GroupId.New(), GroupId.New());
            var duplicate = TicketId.New();
            return
            [
                new(
                    "the ticket with every kind of event",
                    () => Ticket.Open(everything, customer, Channel.Email, Priority.Normal, "Contract ticket: cannot sign in", At(0)),
                    t => t.AddCustomerMessage("Contract message on chat", At(1), Channel.Chat),
                    t => t.AddAgentReply(agent, "Contract public reply", isPublic: true, At(2), handleTime: Duration.FromMinutes(5)),
                    t => t.AddAgentReply(otherAgent, "Contract internal note", isPublic: false, At(3), Channel.Web),
                    t => t.AddSystemMessage("Contract automated message", isPublic: true, At(4)),
                    t => t.ChangePriority(Priority.High, At(5)),
                    t =>
                    {
                        t.AssignTo(agent, group, At(6));
                        t.AssignToGroup(otherGroup, At(6));
                        t.AssignTo(otherAgent, At(6));
                        t.Unassign(At(6));
                    },
                    t =>
                    {
                        t.AddTags(["vip", "refund", "outage"], At(7));
                        t.RemoveTags(["refund"], At(7));
                    },
                    t =>
                    {
                        t.SetCustomField("order", CustomFieldValue.FromText("A-1001"), At(8));
                        t.SetCustomField("amount", CustomFieldValue.FromNumber(12.5m), At(8));
                        t.SetCustomField("expedite", CustomFieldValue.FromBoolean(true), At(8));
                        t.SetCustomField("due", CustomFieldValue.FromDate(new LocalDate(2025, 3, 31)), At(8));
                        t.RemoveCustomField("expedite", At(8));
                    },
                    t =>
                    {
                        t.ChangeCategory("billing", At(9));
                        t.ChangeCategory("incident", At(9));
                        t.ChangeCategory(null, At(9));
                    },
                    t =>
                    {
                        t.ChangeStatus(TicketStatus.Pending, At(10));
                        t.ChangeStatus(TicketStatus.OnHold, At(11));
                        t.ChangeStatus(TicketStatus.Open, At(12));
                    },
                    t => t.AbsorbDuplicate(duplicate, At(13)),
                    t =>
                    {
                        t.Solve(At(14));
                        t.AddCustomerMessage("Contract message after the solve", At(15));
                    },
                    t =>
                    {
                        t.Solve(At(16));
                        t.Reopen(At(17));
                        t.Solve(At(18));
                        t.Close(At(19));
                    }),
                new(
                    "the ticket opened by an agent and merged into another",
                    () => Ticket.OpenByAgent(merged, customer, agent, Channel.Phone, Priority.Urgent, "Contract ticket: same problem", At(0)),
                    t => t.AddCustomerMessage("Contract message", At(1)),
                    t => t.MergeInto(everything, At(2))),
                new(
                    "a new ticket",
                    () => Ticket.Open(fresh, otherCustomer, Channel.Custom("whatsapp"), Priority.Low, "Contract ticket: question", At(0))),
            ];
        }

        protected override IEnumerable<string> StateDifferences(Ticket expected, Ticket found) =>
            Differences.OfHistories(expected.History, found.History);
    }
}
