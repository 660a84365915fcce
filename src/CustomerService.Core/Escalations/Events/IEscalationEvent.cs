using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Escalations.Events;

/// <summary>
/// A fact in an escalation's history. An escalation's <c>History</c> is the ordered list of these since it was raised;
/// <c>Escalation.Rehydrate</c> rebuilds the escalation from it.
/// </summary>
/// <remarks>
/// Notes are personal data, carried only in <see cref="EscalationNote"/>, which redacts itself in <c>ToString()</c>:
/// logging an event never logs a note; serialising one does.
/// </remarks>
public interface IEscalationEvent : IDomainEvent
{
    /// <summary>Gets the escalation the fact belongs to.</summary>
    EscalationId EscalationId { get; }
}
