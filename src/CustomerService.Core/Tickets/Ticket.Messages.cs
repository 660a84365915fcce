using System;
using CustomerService.Core.Tickets.Events;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets;

/// <content>Messages: customer messages, agent replies and internal notes, system messages.</content>
public sealed partial class Ticket
{
    /// <summary>Gets a value indicating whether <see cref="AddCustomerMessage"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the message.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanAddCustomerMessage(Instant at) => Check(TicketVerb.AddCustomerMessage, at) is null;

    /// <summary>
    /// Adds a message from the customer. On a <see cref="TicketStatus.Pending"/> ticket (the team was
    /// waiting for the customer) or a <see cref="TicketStatus.Solved"/> one (the customer disagrees or
    /// has more), it also moves the ticket back to <see cref="TicketStatus.Open"/>, as help desks do; a
    /// reopen from Solved starts a new solve cycle. New and OnHold tickets keep their status.
    /// </summary>
    /// <param name="body">The text; not empty or white space.</param>
    /// <param name="at">The instant the message was written.</param>
    /// <param name="channel">The channel it came in on; <see langword="null"/> for the ticket's own channel.</param>
    /// <exception cref="ArgumentException">The body is empty, the channel is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void AddCustomerMessage(string body, Instant at, Channel? channel = null) =>
        AddMessage(Interaction.FromCustomer(body, channel ?? Channel, at));

    /// <summary>Gets a value indicating whether <see cref="AddAgentReply"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the reply.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanAddAgentReply(Instant at) => Check(TicketVerb.AddAgentMessage, at) is null;

    /// <summary>
    /// Adds an agent's public reply or, with <paramref name="isPublic"/> <see langword="false"/>, an
    /// internal note. Either moves a <see cref="TicketStatus.New"/> ticket to <see cref="TicketStatus.Open"/>
    /// (an agent has started on it); other statuses are kept.
    /// </summary>
    /// <param name="agentId">The agent who wrote it.</param>
    /// <param name="body">The text; not empty or white space.</param>
    /// <param name="isPublic"><see langword="true"/> for a reply the customer sees; <see langword="false"/> for an internal note.</param>
    /// <param name="at">The instant it was written.</param>
    /// <param name="channel">The channel it went out on; <see langword="null"/> for the ticket's own channel.</param>
    /// <param name="handleTime">The time the agent spent on it, for average handle time; not negative.</param>
    /// <exception cref="ArgumentException">The agent id or channel is the default value, the body is empty, <paramref name="at"/> is not a real instant, or the handle time is negative.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void AddAgentReply(AgentId agentId, string body, bool isPublic, Instant at, Channel? channel = null, Duration? handleTime = null) =>
        AddMessage(Interaction.FromAgent(agentId, body, isPublic, channel ?? Channel, at, handleTime));

    /// <summary>Gets a value indicating whether <see cref="AddSystemMessage"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the message.</param>
    /// <returns><see langword="true"/> unless the ticket is closed or <paramref name="at"/> is before its last event.</returns>
    public bool CanAddSystemMessage(Instant at) => Check(TicketVerb.AddSystemMessage, at) is null;

    /// <summary>
    /// Adds a message written by automation (a bot answer, an auto-reply, a trigger's note). It never
    /// changes the status and never counts as an agent reply for SLAs or KPIs.
    /// </summary>
    /// <param name="body">The text; not empty or white space.</param>
    /// <param name="isPublic"><see langword="true"/> if the customer sees it.</param>
    /// <param name="at">The instant it was written.</param>
    /// <param name="channel">The channel it went out on; <see langword="null"/> for the ticket's own channel.</param>
    /// <exception cref="ArgumentException">The body is empty, the channel is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void AddSystemMessage(string body, bool isPublic, Instant at, Channel? channel = null) =>
        AddMessage(Interaction.FromSystem(body, isPublic, channel ?? Channel, at));

    private void AddMessage(Interaction message)
    {
        var at = message.OccurredAt;
        var outcome = Require(TicketLifecycle.MessageVerb(message.Author), at);
        var from = Status;
        Record(new MessageAdded(Id, message));
        if (outcome.Next is { } next)
        {
            Record(new TicketStatusChanged(Id, from, next, outcome.Trigger, at));
        }
    }
}
