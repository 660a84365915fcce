using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets.Events;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets;

/// <summary>
/// A customer's request and everything that happened to it: its messages, its status through the
/// lifecycle <c>New -&gt; Open -&gt; Pending / OnHold -&gt; Solved -&gt; Closed</c>, its priority,
/// assignment, tags, custom fields and merges. Its <see cref="History"/> is the full ordered list of
/// events since it was opened; the SLA engine and the KPIs read it, and <see cref="Rehydrate"/>
/// rebuilds the same ticket from it.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the instant at which the thing happened. A command first checks its arguments
/// (an <see cref="ArgumentException"/> for a programmer error), then the lifecycle rule (see
/// docs/tickets.md for the table), then that the instant is not earlier than the last event; a broken
/// rule throws <see cref="DomainRuleViolationException"/> with a code from <see cref="TicketErrors"/> and
/// leaves the ticket unchanged. Each command has a <c>Can...</c> query answering the same rules.
/// </para>
/// <para>
/// A command that would change nothing (the same priority, a tag already there) is accepted and
/// records nothing. A command can record more than one event (a customer message on a Pending ticket
/// records the message and the move back to Open); <see cref="AggregateRoot{TId}.Version"/> counts them.
/// </para>
/// <para>The subject and message bodies are personal data; <see cref="ToString"/> never shows them.</para>
/// </remarks>
public sealed partial class Ticket : AggregateRoot<TicketId>
{
    private readonly List<ITicketEvent> _history = [];
    private readonly List<Interaction> _interactions = [];
    private readonly List<TicketId> _absorbedDuplicates = [];
    private ImmutableSortedSet<string> _tags = TicketLabel.EmptySet;
    private ImmutableSortedDictionary<string, CustomFieldValue> _customFields = ImmutableSortedDictionary.Create<string, CustomFieldValue>(StringComparer.Ordinal);

    private Ticket(TicketOpened opened)
        : base(opened.TicketId)
    {
        CustomerId = opened.CustomerId;
        Channel = opened.Channel;
        Priority = opened.Priority;
        Subject = opened.Subject;
        OpenedByAgent = opened.OpenedByAgent;
        OpenedAt = opened.OccurredAt;
        UpdatedAt = opened.OccurredAt;
        Status = TicketStatus.New;
        _history.Add(opened);
        History = _history.AsReadOnly();
        Interactions = _interactions.AsReadOnly();
        AbsorbedDuplicates = _absorbedDuplicates.AsReadOnly();
    }

    /// <summary>Gets the customer the ticket is for (the requester).</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the channel the request arrived on.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the subject line (personal data).</summary>
    public string Subject { get; }

    /// <summary>Gets who opened the ticket: the customer, or an agent on the customer's behalf.</summary>
    public AuthorKind OpenedBy => OpenedByAgent is null ? AuthorKind.Customer : AuthorKind.Agent;

    /// <summary>Gets the agent who opened the ticket for the customer; <see langword="null"/> when the customer did.</summary>
    public AgentId? OpenedByAgent { get; }

    /// <summary>Gets the instant the ticket was opened.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets the instant of the last event in <see cref="History"/>; commands must not be earlier.</summary>
    public Instant UpdatedAt { get; private set; }

    /// <summary>Gets the current status.</summary>
    public TicketStatus Status { get; private set; }

    /// <summary>Gets the current priority.</summary>
    public Priority Priority { get; private set; }

    /// <summary>Gets the host-defined category (type) of the ticket, in lower case; <see langword="null"/> if none.</summary>
    public string? Category { get; private set; }

    /// <summary>Gets the agent the ticket is assigned to; <see langword="null"/> if none.</summary>
    public AgentId? AssigneeId { get; private set; }

    /// <summary>Gets the group (department) the ticket is assigned to; <see langword="null"/> if none.</summary>
    public GroupId? GroupId { get; private set; }

    /// <summary>Gets the tags, in lower case, sorted ordinally.</summary>
    public IReadOnlySet<string> Tags => _tags;

    /// <summary>Gets the custom fields by key (keys in lower case, sorted ordinally).</summary>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields => _customFields;

    /// <summary>Gets every message, oldest first.</summary>
    public IReadOnlyList<Interaction> Interactions { get; }

    /// <summary>Gets how many times the ticket has been solved: each reopen starts a new solve cycle.</summary>
    public int SolveCount { get; private set; }

    /// <summary>Gets the instant the ticket was last solved; <see langword="null"/> if it never was.</summary>
    public Instant? SolvedAt { get; private set; }

    /// <summary>Gets the ticket this one was merged into as a duplicate; <see langword="null"/> if it was not.</summary>
    public TicketId? MergedInto { get; private set; }

    /// <summary>Gets the duplicates merged into this ticket, in the order they were absorbed.</summary>
    public IReadOnlyList<TicketId> AbsorbedDuplicates { get; }

    /// <summary>
    /// Gets every event since the ticket was opened, in order (equal instants in the order recorded).
    /// Unlike <see cref="AggregateRoot{TId}.DomainEvents"/>, it is never dequeued.
    /// </summary>
    public IReadOnlyList<ITicketEvent> History { get; }

    /// <summary>Gets <see cref="History"/> as a span, for hot loops (KPIs) that read it without interface calls.</summary>
    internal ReadOnlySpan<ITicketEvent> HistorySpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_history);

    /// <summary>Opens a ticket for a customer who asked for help.</summary>
    /// <param name="ticketId">The new ticket's id.</param>
    /// <param name="customerId">The customer (requester).</param>
    /// <param name="channel">The channel the request arrived on.</param>
    /// <param name="priority">The starting priority.</param>
    /// <param name="subject">The subject line; not empty or white space.</param>
    /// <param name="at">The instant the request arrived.</param>
    /// <returns>A <see cref="TicketStatus.New"/> ticket whose history is one <see cref="TicketOpened"/>.</returns>
    /// <exception cref="ArgumentException">An id or the channel is the default value, the priority is not defined, the subject is empty, or <paramref name="at"/> is not a real instant.</exception>
    /// <remarks>Add the customer's first message with <see cref="AddCustomerMessage"/>, at the same instant.</remarks>
    public static Ticket Open(TicketId ticketId, CustomerId customerId, Channel channel, Priority priority, string subject, Instant at) =>
        Start(new TicketOpened(ticketId, customerId, channel, priority, subject, null, Guard.Against.OutOfEventRange(at)));

    /// <summary>Opens a ticket on a customer's behalf (an agent logging a call, for example).</summary>
    /// <param name="ticketId">The new ticket's id.</param>
    /// <param name="customerId">The customer (requester).</param>
    /// <param name="agentId">The agent opening it.</param>
    /// <param name="channel">The channel the request arrived on.</param>
    /// <param name="priority">The starting priority.</param>
    /// <param name="subject">The subject line; not empty or white space.</param>
    /// <param name="at">The instant it was opened.</param>
    /// <returns>A <see cref="TicketStatus.New"/> ticket whose history is one <see cref="TicketOpened"/>.</returns>
    /// <exception cref="ArgumentException">An id or the channel is the default value, the priority is not defined, the subject is empty, or <paramref name="at"/> is not a real instant.</exception>
    /// <remarks>SLA FirstReply of such a ticket starts at its first public message, not when it was opened.</remarks>
    public static Ticket OpenByAgent(TicketId ticketId, CustomerId customerId, AgentId agentId, Channel channel, Priority priority, string subject, Instant at) =>
        Start(new TicketOpened(ticketId, customerId, channel, priority, subject, Guard.Against.Default(agentId), Guard.Against.OutOfEventRange(at)));

    /// <summary>Describes the ticket for logs, without personal data.</summary>
    /// <returns>For example <c>Ticket 3f2504e0-... (Open, High, email, version 4)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Ticket {Id} ({Status}, {Priority}, {Channel}, version {Version})");

    private static Ticket Start(TicketOpened opened)
    {
        var ticket = new Ticket(opened);
        ticket.Raise(opened);
        return ticket;
    }

    /// <summary>The lifecycle rule, then the instant rule, for a command in the current status.</summary>
    private DomainError? Check(TicketVerb verb, Instant at) => Rule(verb) ?? CheckInstant(at);

    private DomainError? CheckInstant(Instant at) => at < UpdatedAt ? TicketErrors.InstantBefore(at, UpdatedAt) : null;

    /// <summary>Checks a command's rules and returns what it does, or throws the broken rule.</summary>
    private TicketLifecycle.Outcome Require(TicketVerb verb, Instant at, DomainError? specific = null)
    {
        Guard.Against.OutOfEventRange(at);
        ThrowIfBroken(Check(verb, at) ?? specific);
        return TicketLifecycle.Decide(Status, verb);
    }

    private static void ThrowIfBroken(DomainError? error)
    {
        if (error is not null)
        {
            throw new DomainRuleViolationException(error);
        }
    }

    /// <summary>Records an accepted event: applies it, keeps it in the history and raises it for the host.</summary>
    private void Record(ITicketEvent e)
    {
        Apply(e);
        _history.Add(e);
        Raise(e);
    }

    /// <summary>Changes the state as the event says; the one place state changes after opening.</summary>
    private void Apply(ITicketEvent e)
    {
        switch (e)
        {
            case MessageAdded m:
                _interactions.Add(m.Message);
                break;
            case TicketStatusChanged s:
                Status = s.To;
                if (s.To == TicketStatus.Solved)
                {
                    SolveCount++;
                    SolvedAt = s.OccurredAt;
                }

                break;
            case PriorityChanged p:
                Priority = p.To;
                break;
            case AssignmentChanged a:
                AssigneeId = a.ToAgent;
                GroupId = a.ToGroup;
                break;
            case TagsChanged t:
                _tags = t.ToSet;
                break;
            case CustomFieldChanged f:
                _customFields = f.To is null ? _customFields.Remove(f.Key) : _customFields.SetItem(f.Key, f.To);
                break;
            case CategoryChanged c:
                Category = c.To;
                break;
            case TicketMergedInto m:
                MergedInto = m.TargetTicketId;
                break;
            case DuplicateAbsorbed d when !_absorbedDuplicates.Contains(d.DuplicateTicketId):
                _absorbedDuplicates.Add(d.DuplicateTicketId);
                break;
        }

        UpdatedAt = e.OccurredAt;
    }
}
