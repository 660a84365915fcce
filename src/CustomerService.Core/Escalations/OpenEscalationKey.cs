using CustomerService.Core.Tickets;

namespace CustomerService.Core.Escalations;

/// <summary>
/// What must be unique among a ticket's open escalations: the target and the reason. A repository that keeps a unique
/// index on it (over open escalations only) enforces "not two open escalations to the same target for the same reason"
/// when two workers raise at once; <see cref="TicketEscalations.CanRaise(EscalationTarget, EscalationReason)"/> checks
/// it in memory.
/// </summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="To">The target.</param>
/// <param name="Reason">The reason.</param>
public sealed record OpenEscalationKey(TicketId TicketId, EscalationTarget To, EscalationReason Reason)
{
    /// <summary>Returns the stable text form, <c>{ticket}/{target}/{reason}</c>, fit for a unique index.</summary>
    /// <returns>For example <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301/role team-lead/SlaAtRisk</c>.</returns>
    public override string ToString() => $"{TicketId}/{To}/{Reason}";
}
