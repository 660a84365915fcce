using System;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Testing.Scenarios;

/// <content>The ticket as it arrived: allowed right after <c>OpenedAt</c>, before the story's first verb or move of its clock.</content>
public sealed partial class TicketScenario
{
    /// <summary>Opens the ticket with this priority (default <see cref="Priority.Normal"/>).</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening: use <see cref="PriorityChangedTo"/>.</exception>
    public TicketScenario WithPriority(Priority priority) =>
        Describe(nameof(WithPriority), "To change the priority during the story, use PriorityChangedTo.", o => o with { Priority = priority });

    /// <summary>Opens the ticket on this channel (default <see cref="Channel.Email"/>).</summary>
    /// <param name="channel">The channel the request arrived on.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening (a ticket's channel never changes).</exception>
    public TicketScenario Via(Channel channel) =>
        Describe(nameof(Via), "A ticket's channel never changes.", o => o with { Channel = channel });

    /// <summary>
    /// Has an agent open the ticket on the customer's behalf (a call logged by an agent): FirstReply then starts at
    /// the ticket's first public message, not at the opening.
    /// </summary>
    /// <param name="agent">The agent; <see langword="null"/> for the story's own <see cref="Agent"/>, who then acts for every verb that names none.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentException"><paramref name="agent"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening.</exception>
    public TicketScenario ByAgent(AgentId? agent = null) =>
        Describe(nameof(ByAgent), "Who opened a ticket never changes.", o => o with { OpenedByAgent = agent ?? o.Agent });

    /// <summary>Makes the ticket a customer's (default: a new customer id), for tests that also store it.</summary>
    /// <param name="customerId">The customer.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening.</exception>
    public TicketScenario ForCustomer(CustomerId customerId) =>
        Describe(nameof(ForCustomer), "A ticket's customer never changes.", o => o with { CustomerId = customerId });

    /// <summary>Tells the engine the customer's tier (default <see cref="CustomerTier.Standard"/>), which policy conditions test, for a customer with no calendar of their own.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentException"><paramref name="tier"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening.</exception>
    public TicketScenario ForCustomer(CustomerTier tier)
    {
        var customer = new SlaCustomerContext(tier);
        return Describe(nameof(ForCustomer), "The customer's tier holds for the whole story.", o => o with { Customer = customer });
    }

    /// <summary>Tells the engine the customer's tier and the calendar of their entitlement (third in the calendar chain).</summary>
    /// <param name="customer">The customer's tier and calendar; the calendar must be one of the engine's when the story is evaluated.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening.</exception>
    public TicketScenario ForCustomer(SlaCustomerContext customer)
    {
        Guard.Against.Null(customer);
        return Describe(nameof(ForCustomer), "The customer's tier holds for the whole story.", o => o with { Customer = customer });
    }

    /// <summary>Opens the ticket in a group's queue (recorded at the opening instant), for group conditions and group calendars.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening: use <see cref="MovedToGroup"/>.</exception>
    public TicketScenario InGroup(GroupId group) =>
        Describe(nameof(InGroup), "To move the ticket during the story, use MovedToGroup or AssignedTo.", o => o with { Group = group });

    /// <summary>Opens the ticket with tags (recorded at the opening instant); calls add up.</summary>
    /// <param name="tags">The tags: ASCII letters, digits, <c>-</c> or <c>_</c>, starting with a letter.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not valid.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening: use <see cref="Tagged"/>.</exception>
    public TicketScenario WithTags(params string[] tags)
    {
        ImmutableArray<string> added = [.. Guard.Against.Null(tags)];
        return Describe(nameof(WithTags), "To tag the ticket during the story, use Tagged.", o => o with { Tags = o.Tags.AddRange(added) });
    }

    /// <summary>Opens the ticket with a custom field set (recorded at the opening instant); a later call for the same key replaces it.</summary>
    /// <param name="key">The field's key, a label like a tag.</param>
    /// <param name="value">The value.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is not valid.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening: use <see cref="CustomFieldSet"/>.</exception>
    public TicketScenario WithCustomField(string key, CustomFieldValue value)
    {
        Guard.Against.Null(key);
        Guard.Against.Null(value);
        return Describe(
            nameof(WithCustomField),
            "To set a field during the story, use CustomFieldSet.",
            o => o with
            {
                CustomFields = [.. o.CustomFields.Where(f => !string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)), new(key, value)],
            });
    }

    /// <summary>Gives the ticket this id (default: a new id), for tests that also store it or merge into it.</summary>
    /// <param name="ticketId">The id.</param>
    /// <returns>The scenario with the ticket opened so.</returns>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is the default value.</exception>
    /// <exception cref="InvalidOperationException">The story has moved on from the opening.</exception>
    public TicketScenario WithTicketId(TicketId ticketId) =>
        Describe(nameof(WithTicketId), "A ticket's id never changes.", o => o with { TicketId = ticketId });
}
