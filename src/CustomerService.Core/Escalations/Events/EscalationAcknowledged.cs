using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Escalations.Events;

/// <summary>The receiving team or person took the escalation: its time to acknowledge ends here.</summary>
/// <param name="EscalationId">The escalation.</param>
/// <param name="AcknowledgedBy">The agent who took it.</param>
/// <param name="OccurredAt">The instant it was acknowledged.</param>
public sealed record EscalationAcknowledged(EscalationId EscalationId, AgentId AcknowledgedBy, Instant OccurredAt) : IEscalationEvent;
