namespace CustomerService.Core.Escalations;

/// <summary>
/// A notification an escalation policy step asked for that has not been sent yet: it stays on the
/// escalation, and so in the store, until <see cref="Escalation.RecordNotificationSent"/>, so a
/// failing channel loses nothing.
/// </summary>
/// <param name="StepKey">The policy step that asked for it.</param>
/// <param name="Notification">The template and recipient to send to.</param>
public sealed record PendingEscalationNotification(EscalationKey StepKey, EscalationNotification Notification);
