using System;
using CustomerService.Core.Escalations;

namespace CustomerService.Core.Services;

/// <summary>
/// A notification the channel refused during an <see cref="SlaMonitor"/> run. It stays pending on its escalation and
/// is tried again on the next run; the host logs this to see why.
/// </summary>
/// <param name="EscalationId">The escalation whose notification failed.</param>
/// <param name="StepKey">The policy step that asked for the notification.</param>
/// <param name="Error">What the channel threw. Its message is the host's own; the package never puts personal data in it.</param>
public sealed record SlaMonitorNotificationFailure(EscalationId EscalationId, EscalationKey StepKey, Exception Error)
{
    /// <summary>Returns the escalation, step and error type, without the error's message.</summary>
    /// <returns>For example <c>escalation 3f2504e0-... step 5b6f1e0a-.../first-reply#1/standard/L2: TimeoutException</c>.</returns>
    public override string ToString() => $"escalation {EscalationId} step {StepKey}: {Error.GetType().Name}";
}
