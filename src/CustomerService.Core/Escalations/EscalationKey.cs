using System;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Escalations;

/// <summary>
/// One step of an escalation policy for one ticket: the level fired for one SLA target's cycle. Each key fires at most
/// once, however often the policy is evaluated; a repository that stores it with a unique constraint makes that hold
/// across workers too.
/// </summary>
/// <remarks>
/// The policy version is not part of the key: a new version of the same policy does not fire a level again. The text
/// form (<see cref="ToString"/>) is stable and fit for a unique index.
/// </remarks>
public readonly record struct EscalationKey
{
    /// <summary>Creates a key.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="metricId">The SLA metric's id.</param>
    /// <param name="cycle">The SLA cycle, from 1.</param>
    /// <param name="policyId">The SLA policy's id.</param>
    /// <param name="level">The escalation level.</param>
    /// <exception cref="ArgumentException">An id or the level is the default value, an id is empty, or the cycle is below 1.</exception>
    public EscalationKey(TicketId ticketId, string metricId, int cycle, string policyId, EscalationLevel level)
    {
        TicketId = Guard.Against.Default(ticketId);
        MetricId = Guard.Against.NullOrWhiteSpace(metricId);
        Cycle = Guard.Against.NegativeOrZero(cycle);
        PolicyId = Guard.Against.NullOrWhiteSpace(policyId);
        Level = Guard.Against.Default(level);
    }

    /// <summary>Gets the ticket.</summary>
    public TicketId TicketId { get; }

    /// <summary>Gets the SLA metric's id.</summary>
    public string MetricId { get; }

    /// <summary>Gets the SLA cycle, from 1.</summary>
    public int Cycle { get; }

    /// <summary>Gets the SLA policy's id.</summary>
    public string PolicyId { get; }

    /// <summary>Gets the escalation level.</summary>
    public EscalationLevel Level { get; }

    /// <summary>Returns the stable text form, <c>{ticket}/{metric}#{cycle}/{policy}/L{level}</c>.</summary>
    /// <returns>For example <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301/first-reply#1/gold/L2</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TicketId}/{MetricId}#{Cycle}/{PolicyId}/{Level}");
}
