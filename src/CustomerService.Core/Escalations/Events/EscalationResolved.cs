using NodaTime;

namespace CustomerService.Core.Escalations.Events;

/// <summary>The receiving team or person dealt with the escalation. Final.</summary>
/// <param name="EscalationId">The escalation.</param>
/// <param name="Note">What they wrote, or <see langword="null"/>; personal data, redacted in <c>ToString()</c>.</param>
/// <param name="OccurredAt">The instant it was resolved.</param>
public sealed record EscalationResolved(EscalationId EscalationId, EscalationNote? Note, Instant OccurredAt) : IEscalationEvent;
