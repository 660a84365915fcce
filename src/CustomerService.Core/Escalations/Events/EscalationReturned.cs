using NodaTime;

namespace CustomerService.Core.Escalations.Events;

/// <summary>The receiving team or person sent the escalation back to its sender, saying why. Final.</summary>
/// <param name="EscalationId">The escalation.</param>
/// <param name="Note">Why it was sent back; personal data, redacted in <c>ToString()</c>.</param>
/// <param name="OccurredAt">The instant it was returned.</param>
public sealed record EscalationReturned(EscalationId EscalationId, EscalationNote Note, Instant OccurredAt) : IEscalationEvent;
