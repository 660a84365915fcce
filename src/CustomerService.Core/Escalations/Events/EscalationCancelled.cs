using NodaTime;

namespace CustomerService.Core.Escalations.Events;

/// <summary>The escalation was withdrawn by its sender, or is no longer needed. Final.</summary>
/// <param name="EscalationId">The escalation.</param>
/// <param name="Note">Why, or <see langword="null"/>; personal data, redacted in <c>ToString()</c>.</param>
/// <param name="OccurredAt">The instant it was cancelled.</param>
public sealed record EscalationCancelled(EscalationId EscalationId, EscalationNote? Note, Instant OccurredAt) : IEscalationEvent;
