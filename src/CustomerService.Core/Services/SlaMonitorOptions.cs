using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Escalations;
using NodaTime;

namespace CustomerService.Core.Services;

/// <summary>
/// How an <see cref="SlaMonitor"/> works: the escalation policies it applies, how many tickets one run looks at, how
/// it names the origin of an escalation and the recipient of a notification, and how often it looks at a ticket at
/// the least. Immutable; every value is checked when it is set.
/// </summary>
/// <remarks>
/// <code>
/// var options = new SlaMonitorOptions([standardEscalations]) { BatchSize = 500, EscalateFrom = EscalationOrigin.Assignee };
/// </code>
/// </remarks>
public sealed record SlaMonitorOptions
{
    /// <summary>The default <see cref="BatchSize"/>.</summary>
    internal const int DefaultBatchSize = 100;

    /// <summary>The default <see cref="MaxConflictRetries"/>.</summary>
    internal const int DefaultMaxConflictRetries = 3;

    /// <summary>The default <see cref="MaxCheckInterval"/>.</summary>
    internal static readonly Duration DefaultMaxCheckInterval = Duration.FromHours(1);

    /// <summary>The default <see cref="FromWhenUnassigned"/>: the role <c>unassigned</c>.</summary>
    internal static readonly EscalationTarget DefaultFromWhenUnassigned = EscalationTarget.Role("unassigned");

    private readonly int _batchSize = DefaultBatchSize;
    private readonly int _maxConflictRetries = DefaultMaxConflictRetries;
    private readonly Duration? _maxCheckInterval = DefaultMaxCheckInterval;
    private readonly EscalationOrigin _escalateFrom;
    private readonly EscalationTarget _fromWhenUnassigned = DefaultFromWhenUnassigned;
    private readonly DefaultNotificationRecipient _defaultRecipient;

    /// <summary>Creates options with the escalation policies to apply and every other value at its default.</summary>
    /// <param name="escalationPolicies">
    /// The policies, in order; at least one, each with its own id. Each policy plans against the steps fired so far,
    /// those of the policies before it in this run included, so a step key fires once whichever policy asks first.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="escalationPolicies"/> is or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no policy, or two have the same id.</exception>
    public SlaMonitorOptions(IEnumerable<EscalationPolicy> escalationPolicies)
    {
        Guard.Against.Null(escalationPolicies);
        EscalationPolicy[] policies = [.. escalationPolicies];
        Guard.Against.NullOrEmpty(policies, nameof(escalationPolicies));
        if (Array.IndexOf(policies, null) >= 0)
        {
            throw new ArgumentNullException(nameof(escalationPolicies), "An escalation policy must not be null.");
        }

        if (policies.DistinctBy(p => p.Id, StringComparer.Ordinal).Count() != policies.Length)
        {
            throw new ArgumentException("Two escalation policies have the same id.", nameof(escalationPolicies));
        }

        EscalationPolicies = policies;
    }

    /// <summary>Gets the escalation policies, in the order they plan.</summary>
    public IReadOnlyList<EscalationPolicy> EscalationPolicies { get; }

    /// <summary>
    /// Gets the most tickets one run evaluates, and the most escalations with pending notifications it retries.
    /// Default 100. A run that finds a full batch says so (<see cref="SlaMonitorRunResult.IsBatchFull"/>): the host may
    /// run again at once.
    /// </summary>
    /// <exception cref="ArgumentException">Set to zero or less.</exception>
    public int BatchSize
    {
        get => _batchSize;
        init => _batchSize = Guard.Against.NegativeOrZero(value);
    }

    /// <summary>
    /// Gets how many times a ticket's escalations are reloaded and planned again after a save was refused with a
    /// <see cref="Ports.ConcurrencyConflictException"/> (another worker wrote first). Default 3; 0 tries once. A
    /// ticket still in conflict after that is left due for the next run.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int MaxConflictRetries
    {
        get => _maxConflictRetries;
        init => _maxConflictRetries = Guard.Against.Negative(value);
    }

    /// <summary>
    /// Gets the longest the monitor leaves an open ticket unchecked, even when no warning or breach is to come: a
    /// changed policy set, calendar or customer tier reaches every ticket within it. Default one hour;
    /// <see langword="null"/> checks a ticket only when a warning or breach is due or the ticket changes.
    /// </summary>
    /// <exception cref="ArgumentException">Set to zero or a negative duration.</exception>
    public Duration? MaxCheckInterval
    {
        get => _maxCheckInterval;
        init => _maxCheckInterval = value is { } interval ? Guard.Against.NegativeOrZero(interval) : null;
    }

    /// <summary>Gets whom an escalation the monitor raises comes from: the ticket's group (default) or its assignee.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not defined.</exception>
    public EscalationOrigin EscalateFrom
    {
        get => _escalateFrom;
        init => _escalateFrom = Guard.Against.EnumOutOfRange(value);
    }

    /// <summary>Gets whom an escalation comes from when the ticket has neither a group nor an assignee. Default the role <c>unassigned</c>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public EscalationTarget FromWhenUnassigned
    {
        get => _fromWhenUnassigned;
        init => _fromWhenUnassigned = Guard.Against.Null(value);
    }

    /// <summary>Gets whom a step's notification goes to when its rule names no recipient: the escalation's target (default) or its origin.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not defined.</exception>
    public DefaultNotificationRecipient DefaultRecipient
    {
        get => _defaultRecipient;
        init => _defaultRecipient = Guard.Against.EnumOutOfRange(value);
    }
}
