using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets.Events;
using CustomerService.Core.Tickets.Rules;

namespace CustomerService.Core.Tickets;

/// <content>Rebuilding a ticket from its history: Rehydrate (stored histories) and Import (histories from elsewhere).</content>
public sealed partial class Ticket
{
    /// <summary>
    /// Rebuilds a ticket from the history it recorded (as a repository stores it): the same state, the
    /// same <see cref="History"/>, <see cref="AggregateRoot{TId}.Version"/> equal to the number of events,
    /// and no pending <see cref="AggregateRoot{TId}.DomainEvents"/> (they were published when recorded).
    /// </summary>
    /// <param name="ticketId">The ticket's id; every event must carry it.</param>
    /// <param name="history">The events in the order they were recorded, starting with <see cref="TicketOpened"/>.</param>
    /// <returns>The ticket.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="ticketId"/> is the default value, or the history is not one a ticket could have
    /// recorded: empty, not starting with <see cref="TicketOpened"/>, holding another ticket's events,
    /// going back in time, or breaking a lifecycle rule. The message lists the problems (codes from
    /// <see cref="TicketErrors"/>, no personal data). For histories from another system use <see cref="Import"/>.
    /// </exception>
    public static Ticket Rehydrate(TicketId ticketId, IEnumerable<ITicketEvent> history)
    {
        Guard.Against.Default(ticketId);
        Guard.Against.Null(history);
        var (ticket, problems) = Replay(ticketId, history.Select((e, i) => ((ITicketEvent?)e, i)));
        if (problems.Count > 0)
        {
            throw HistoryProblems.Exception([.. problems.Select(p => p.Problem)], nameof(history));
        }

        return ticket!;
    }

    /// <summary>
    /// Rebuilds a ticket from events that come from elsewhere (another help desk, a file, a backfill):
    /// the events are sorted by instant (stably: equal instants keep the order given, with
    /// <see cref="TicketOpened"/> first), then the whole history is checked as <see cref="Rehydrate"/>
    /// checks it. Never throws for bad content: the result lists every problem found, each with the
    /// event's position in the sequence given as its path (<c>$[3]</c> is the fourth event; <c>$</c> the
    /// whole sequence).
    /// </summary>
    /// <param name="ticketId">The ticket's id; every event must carry it.</param>
    /// <param name="events">The events in any order; <see langword="null"/> entries are reported as problems.</param>
    /// <returns>The ticket with its sorted history and no pending domain events, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is the default value.</exception>
    /// <remarks>
    /// Each event is checked on its own against the state before it (is it allowed in that status, does
    /// its "from" side match); the events a live ticket records alongside (the move back to Open after a
    /// customer message) are not required, so histories from systems with other automations still load.
    /// A problem can make later events look wrong too: fix the first ones first.
    /// </remarks>
    public static ParseResult<Ticket> Import(TicketId ticketId, IEnumerable<ITicketEvent?> events)
    {
        Guard.Against.Default(ticketId);
        Guard.Against.Null(events);
        var sorted = events
            .Select((e, i) => (Event: e, Index: i))
            .OrderBy(x => x.Event?.OccurredAt ?? NodaTime.Instant.MinValue)
            .ThenBy(x => x.Event is TicketOpened ? 0 : 1);
        var (ticket, problems) = Replay(ticketId, sorted);
        return ticket is not null
            ? ParseResult<Ticket>.Success(ticket)
            : ParseResult<Ticket>.Failure(problems.OrderBy(p => p.Index).Select(p => p.Problem));
    }

    private static (Ticket? Ticket, List<(int Index, InputProblem Problem)> Problems) Replay(TicketId ticketId, IEnumerable<(ITicketEvent? Event, int Index)> events)
    {
        var problems = new List<(int Index, InputProblem Problem)>();
        Ticket? ticket = null;
        var count = 0;
        foreach (var (e, index) in events)
        {
            count++;
            var error = e is null ? new DomainError(TicketErrors.HistoryNullEvent, "The event is null.")
                : e.TicketId != ticketId ? new DomainError(TicketErrors.HistoryOtherTicket, string.Create(CultureInfo.InvariantCulture, $"The event belongs to ticket {e.TicketId}."))
                : ticket is null ? (e is TicketOpened ? null : new DomainError(TicketErrors.HistoryNotOpened, "The history must start with TicketOpened."))
                : ticket.CheckReplayed(e);
            if (error is not null)
            {
                problems.Add((index, HistoryProblems.At(index, e, error)));
            }

            if (e is null || e.TicketId != ticketId || error?.Code is TicketErrors.HistoryOpenedTwice or TicketErrors.HistoryUnknownEvent)
            {
                continue;
            }

            if (ticket is null)
            {
                ticket = e is TicketOpened opened ? new Ticket(opened) : null;
                continue;
            }

            // Applied even when it breaks a rule, so one bad event does not make every later one look wrong.
            ticket.Apply(e);
            ticket._history.Add(e);
        }

        if (count == 0)
        {
            problems.Add((-1, new InputProblem(TicketErrors.HistoryEmpty, "The history has no events; it must start with TicketOpened.", "$")));
        }

        ticket?.RestoreVersion(ticket._history.Count);
        return (problems.Count == 0 ? ticket : null, problems);
    }

    /// <summary>The rules an event of the history breaks given the state before it, if any.</summary>
    private DomainError? CheckReplayed(ITicketEvent e)
    {
        var error = e switch
        {
            TicketOpened => new DomainError(TicketErrors.HistoryOpenedTwice, "The ticket was already opened."),
            MessageAdded m => Rule(TicketLifecycle.MessageVerb(m.Message.Author)),
            TicketStatusChanged s => s.From != Status ? Mismatch("status") : TicketLifecycle.CheckTransition(s.From, s.To, s.Trigger),
            PriorityChanged p => Rule(TicketVerb.ChangePriority) ?? (p.From != Priority ? Mismatch("priority") : null),
            AssignmentChanged a => Rule(TicketVerb.Assign) ?? (a.FromAgent != AssigneeId || a.FromGroup != GroupId ? Mismatch("assignment") : null),
            TagsChanged t => Rule(TicketVerb.ChangeTags) ?? (!t.FromSet.SetEquals(_tags) ? Mismatch("tags") : null),
            CustomFieldChanged f => Rule(TicketVerb.ChangeCustomFields) ?? (f.From != _customFields.GetValueOrDefault(f.Key) ? Mismatch("custom field") : null),
            CategoryChanged c => Rule(TicketVerb.ChangeCategory) ?? (c.From != Category ? Mismatch("category") : null),
            TicketMergedInto => Rule(TicketVerb.MergeInto),
            DuplicateAbsorbed => Rule(TicketVerb.AbsorbDuplicate),
            _ => new DomainError(TicketErrors.HistoryUnknownEvent, "The event type is not a ticket event this package knows."),
        };
        return error ?? CheckInstant(e.OccurredAt);
    }

    private DomainError? Rule(TicketVerb verb) => TicketLifecycle.Decide(Status, verb).Error;

    private static DomainError Mismatch(string what) =>
        new(TicketErrors.HistoryStateMismatch, $"The event's previous {what} is not the ticket's {what} at that point.");
}
