using System;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Escalations;

/// <summary>
/// Whom an escalation policy step notifies, and with which of the host's message templates (ServiceNow's 50/75/100%
/// notifications). The package only carries it; the host's notification channel sends it.
/// </summary>
public sealed record EscalationNotification
{
    /// <summary>Creates a notification.</summary>
    /// <param name="templateId">The host's template id: 1 to 64 lower-case ASCII letters, digits, <c>-</c> or <c>_</c>, starting with a letter.</param>
    /// <param name="recipient">Whom to notify; <see langword="null"/> for the SLA monitor's default: the escalation's target, or its origin if the host chose so.</param>
    /// <exception cref="ArgumentNullException"><paramref name="templateId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> does not follow the rule.</exception>
    public EscalationNotification(string templateId, EscalationTarget? recipient = null)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        TemplateId = Slug.IsValid(templateId) ? templateId : throw new ArgumentException($"A template id is {Slug.Rule}.", nameof(templateId));
        Recipient = recipient;
    }

    /// <summary>Gets the host's template id.</summary>
    public string TemplateId { get; }

    /// <summary>Gets whom to notify; <see langword="null"/> for the SLA monitor's default: the escalation's target, or its origin if the host chose so.</summary>
    public EscalationTarget? Recipient { get; }
}
