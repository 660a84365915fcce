using System.Collections.Generic;
using System.Globalization;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Ports;
using CustomerService.Core.Sla;
using NodaTime.Text;

namespace CustomerService.Core.Services;

/// <summary>Turns a pending notification of an escalation into the message the host's channel sends.</summary>
internal static class EscalationNotifications
{
    /// <summary>
    /// The notification for <paramref name="pending"/>: to the rule's recipient, or the escalation's target or origin;
    /// keyed on the step, so every retry carries the same idempotency key; with ids, codes and instants only.
    /// </summary>
    public static Notification Compose(Escalation escalation, PendingEscalationNotification pending, DefaultNotificationRecipient fallback)
    {
        var step = pending.StepKey;
        var recipient = pending.Notification.Recipient
            ?? (fallback == DefaultNotificationRecipient.EscalatedFrom ? escalation.From : escalation.To);
        var parameters = new Dictionary<string, string>
        {
            ["ticketId"] = step.TicketId.ToString(),
            ["escalationId"] = escalation.Id.ToString(),
            ["kind"] = escalation.Kind.ToString(),
            ["reason"] = escalation.Reason.ToString(),
            ["from"] = escalation.From.ToString(),
            ["to"] = escalation.To.ToString(),
            ["level"] = step.Level.ToString(),
            ["metricId"] = step.MetricId,
            ["cycle"] = step.Cycle.ToString(CultureInfo.InvariantCulture),
            ["slaPolicyId"] = step.PolicyId,
        };
        if (FactOf(escalation, step) is { } fact)
        {
            parameters["slaFact"] = fact is SlaBreached ? "breach" : "warning";
            parameters["slaFactAt"] = InstantPattern.ExtendedIso.Format(fact.At);
            if (fact is SlaWarningReached warning)
            {
                parameters["threshold"] = warning.Threshold.ToString();
            }
        }

        return new Notification(NotificationRecipient.Internal(recipient), pending.Notification.TemplateId, step.ToString(), parameters);
    }

    /// <summary>The SLA fact that fired <paramref name="step"/>: the one the escalation was raised for, or an absorbed step's.</summary>
    private static SlaFact? FactOf(Escalation escalation, EscalationKey step)
    {
        if (escalation.StepKeys.Count > 0 && escalation.StepKeys[0] == step)
        {
            return escalation.SlaFact;
        }

        foreach (var e in escalation.History)
        {
            if (e is EscalationStepAbsorbed absorbed && absorbed.StepKey == step)
            {
                return absorbed.SlaFact;
            }
        }

        return null;
    }
}
