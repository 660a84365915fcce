using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Escalations.Events;

/// <summary>A ticket was escalated: always the first event of an escalation's history.</summary>
/// <param name="EscalationId">The escalation.</param>
/// <param name="TicketId">The ticket escalated.</param>
/// <param name="Kind">Sideways to another team, or up the management line.</param>
/// <param name="Level">The level, from 1.</param>
/// <param name="From">Who escalated: the team or person the ticket was with.</param>
/// <param name="To">Who the ticket was escalated to.</param>
/// <param name="Reason">Why.</param>
/// <param name="RaisedBy">The agent who raised it; <see langword="null"/> when the system did (the SLA monitor).</param>
/// <param name="Note">What the agent wrote, or <see langword="null"/>; personal data, redacted in <c>ToString()</c>.</param>
/// <param name="SlaFact">For an escalation an escalation policy asked for, the SLA warning or breach it answers; otherwise <see langword="null"/>.</param>
/// <param name="StepKey">For an escalation an escalation policy asked for, the policy step it fires; otherwise <see langword="null"/>.</param>
/// <param name="Notification">For an escalation an escalation policy asked for, whom to notify and with which template; otherwise <see langword="null"/>.</param>
/// <param name="OccurredAt">The instant it was raised: for a policy step, the instant of the SLA fact (or of the level before it, if later).</param>
public sealed record EscalationRaised(
    EscalationId EscalationId,
    TicketId TicketId,
    EscalationKind Kind,
    EscalationLevel Level,
    EscalationTarget From,
    EscalationTarget To,
    EscalationReason Reason,
    AgentId? RaisedBy,
    EscalationNote? Note,
    SlaFact? SlaFact,
    EscalationKey? StepKey,
    EscalationNotification? Notification,
    Instant OccurredAt) : IEscalationEvent;
