using CustomerService.Core.Sla;
using NodaTime;

namespace CustomerService.Core.Escalations.Events;

/// <summary>
/// A step of an escalation policy found this escalation already open to the same target for the same reason, and was
/// counted as fired by it rather than raising a second one.
/// </summary>
/// <param name="EscalationId">The open escalation.</param>
/// <param name="StepKey">The policy step absorbed.</param>
/// <param name="SlaFact">The SLA warning or breach the step answers.</param>
/// <param name="Notification">What the step's rule asks to send, now pending; <see langword="null"/> when nothing.</param>
/// <param name="OccurredAt">The instant the step was absorbed.</param>
public sealed record EscalationStepAbsorbed(EscalationId EscalationId, EscalationKey StepKey, SlaFact SlaFact, EscalationNotification? Notification, Instant OccurredAt) : IEscalationEvent;
