using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Escalations;

/// <summary>
/// A step an <see cref="EscalationPolicy"/> asks to raise now: the rule, the SLA fact that fired it, and the instant it
/// takes effect. Raise it with <see cref="TicketEscalations.RaiseFor"/>, or absorb it into the open escalation to the
/// same target for the same reason with <see cref="Escalation.Absorb"/>.
/// </summary>
/// <param name="Key">The step: ticket, metric, cycle, policy and level. It fires once.</param>
/// <param name="Rule">The policy rule that fired.</param>
/// <param name="Fact">The SLA warning or breach that fired it.</param>
/// <param name="At">
/// The instant the step takes effect: the fact's instant, or the instant of the level before it if that is later (levels
/// fire in order). Computed from the calendar, never from when the policy was evaluated.
/// </param>
public sealed record PlannedEscalation(EscalationKey Key, EscalationRule Rule, SlaFact Fact, Instant At)
{
    /// <summary>Gets the ticket.</summary>
    public TicketId TicketId => Key.TicketId;

    /// <summary>Gets the level.</summary>
    public EscalationLevel Level => Rule.Level;

    /// <summary>Gets the kind of escalation.</summary>
    public EscalationKind Kind => Rule.Kind;

    /// <summary>Gets whom to escalate to.</summary>
    public EscalationTarget To => Rule.To;

    /// <summary>Gets the reason: at risk for a warning, breach for a breach.</summary>
    public EscalationReason Reason => Rule.Reason;

    /// <summary>Gets whom to notify and how; <see langword="null"/> for none.</summary>
    public EscalationNotification? Notification => Rule.Notification;
}
