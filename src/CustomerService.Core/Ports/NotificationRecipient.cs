using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Ports;

/// <summary>
/// Who a <see cref="Notification"/> is for: a customer on one of the ticket channels
/// (<see cref="Customer"/>), or someone inside the organisation named as an escalation target
/// (<see cref="Internal"/>: a group, an agent, or a role such as the team lead that the host resolves).
/// </summary>
public sealed record NotificationRecipient
{
    private NotificationRecipient(CustomerId? customerId, Channel? channel, EscalationTarget? target)
    {
        CustomerId = customerId;
        Channel = channel;
        Target = target;
    }

    /// <summary>Gets whether the recipient is a customer (rather than someone inside the organisation).</summary>
    public bool IsCustomer => CustomerId is not null;

    /// <summary>Gets the customer, for a customer recipient; otherwise <see langword="null"/>.</summary>
    public CustomerId? CustomerId { get; }

    /// <summary>Gets the channel to reach the customer on, for a customer recipient; otherwise <see langword="null"/>.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets the group, agent or role, for an internal recipient; otherwise <see langword="null"/>.</summary>
    public EscalationTarget? Target { get; }

    /// <summary>A customer, reached on a channel.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="channel">The channel; the host finds the customer's address on it.</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> or <paramref name="channel"/> is the default value.</exception>
    public static NotificationRecipient Customer(CustomerId customerId, Channel channel) =>
        new(Guard.Against.Default(customerId), Guard.Against.Default(channel), null);

    /// <summary>Someone inside the organisation: a group, an agent or a role.</summary>
    /// <param name="target">Who.</param>
    /// <returns>The recipient.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static NotificationRecipient Internal(EscalationTarget target) => new(null, null, Guard.Against.Null(target));

    /// <inheritdoc />
    public override string ToString() => IsCustomer ? $"customer {CustomerId} on {Channel}" : $"{Target}";
}
