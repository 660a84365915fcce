using System;
using System.Text;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Tickets.Events;

/// <summary>
/// A ticket was opened, by its customer or by an agent on the customer's behalf. Always the first
/// event of a history; the ticket starts <see cref="TicketStatus.New"/>, unassigned, with no tags,
/// fields or category.
/// </summary>
/// <remarks>The subject is personal data: <see cref="ToString"/> shows only its length.</remarks>
public sealed record TicketOpened : ITicketEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="ticketId">The new ticket.</param>
    /// <param name="customerId">The customer the ticket is for (the requester).</param>
    /// <param name="channel">The channel the request arrived on.</param>
    /// <param name="priority">The priority it starts with.</param>
    /// <param name="subject">The subject line; not empty or white space.</param>
    /// <param name="openedByAgent">The agent who opened it for the customer, or <see langword="null"/> if the customer opened it.</param>
    /// <param name="occurredAt">The instant it was opened.</param>
    /// <exception cref="ArgumentException">An id or the channel is the default value, the priority is not defined, the subject is empty, or the instant is not a real one.</exception>
    public TicketOpened(TicketId ticketId, CustomerId customerId, Channel channel, Priority priority, string subject, AgentId? openedByAgent, Instant occurredAt)
    {
        TicketId = Guard.Against.Default(ticketId);
        CustomerId = Guard.Against.Default(customerId);
        Channel = Guard.Against.Default(channel);
        Priority = Guard.Against.EnumOutOfRange(priority);
        Subject = Guard.Against.NullOrWhiteSpace(subject);
        OpenedByAgent = Guard.Against.DefaultWhenPresent(openedByAgent);
        OccurredAt = Guard.Against.OutOfEventRange(occurredAt);
    }

    /// <inheritdoc />
    public TicketId TicketId { get; }

    /// <summary>Gets the customer the ticket is for.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the channel the request arrived on.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the priority the ticket starts with.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the subject line (personal data).</summary>
    public string Subject { get; }

    /// <summary>Gets the agent who opened the ticket on the customer's behalf; <see langword="null"/> when the customer opened it.</summary>
    public AgentId? OpenedByAgent { get; }

    /// <summary>Gets who opened the ticket: <see cref="AuthorKind.Agent"/> when <see cref="OpenedByAgent"/> is set, else <see cref="AuthorKind.Customer"/>.</summary>
    /// <remarks>SLA FirstReply of an agent-opened ticket starts at its first public message, not here.</remarks>
    public AuthorKind OpenedBy => OpenedByAgent is null ? AuthorKind.Customer : AuthorKind.Agent;

    /// <inheritdoc />
    public Instant OccurredAt { get; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("TicketId = ").Append(TicketId)
            .Append(", CustomerId = ").Append(CustomerId)
            .Append(", Channel = ").Append(Channel)
            .Append(", Priority = ").Append(Priority)
            .Append(", Subject = ").Append(PersonalData.Redact(Subject))
            .Append(", OpenedBy = ").Append(OpenedBy)
            .Append(", OpenedByAgent = ").Append(OpenedByAgent)
            .Append(", OccurredAt = ").Append(OccurredAt);
        return true;
    }
}
