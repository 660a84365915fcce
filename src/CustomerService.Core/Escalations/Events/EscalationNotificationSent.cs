using NodaTime;

namespace CustomerService.Core.Escalations.Events;

/// <summary>
/// The notification of a policy step was handed to the host's channel: it is no longer pending.
/// </summary>
/// <param name="EscalationId">The escalation.</param>
/// <param name="StepKey">The policy step whose notification was sent.</param>
/// <param name="OccurredAt">The instant the channel accepted it.</param>
public sealed record EscalationNotificationSent(EscalationId EscalationId, EscalationKey StepKey, Instant OccurredAt) : IEscalationEvent;
