namespace CustomerService.Core.Services;

/// <summary>
/// Whom the <see cref="SlaMonitor"/> sends an escalation policy step's notification to when the rule's
/// <see cref="Escalations.EscalationNotification"/> names no recipient.
/// </summary>
public enum DefaultNotificationRecipient
{
    /// <summary>The escalation's target (<see cref="Escalations.Escalation.To"/>): whoever must now act.</summary>
    EscalatedTo = 0,

    /// <summary>The escalation's origin (<see cref="Escalations.Escalation.From"/>): the team or person the ticket was with.</summary>
    EscalatedFrom = 1,
}
