using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Services;

/// <summary>
/// What one <see cref="SlaMonitor.RunOnceAsync"/> did, for the host to log or export as metrics. Holds counts, ids and
/// instants only: no personal data.
/// </summary>
public sealed class SlaMonitorRunResult
{
    internal SlaMonitorRunResult(
        Instant at,
        int ticketsEvaluated,
        bool isBatchFull,
        int escalationsRaised,
        int stepsAbsorbed,
        int notificationsSent,
        IReadOnlyList<SlaMonitorNotificationFailure> notificationFailures,
        int conflictsRetried,
        int deferredAfterConflicts)
    {
        At = at;
        TicketsEvaluated = ticketsEvaluated;
        IsBatchFull = isBatchFull;
        EscalationsRaised = escalationsRaised;
        StepsAbsorbed = stepsAbsorbed;
        NotificationsSent = notificationsSent;
        NotificationFailures = notificationFailures;
        ConflictsRetried = conflictsRetried;
        DeferredAfterConflicts = deferredAfterConflicts;
    }

    /// <summary>Gets the instant the run worked at: the clock's reading when it started.</summary>
    public Instant At { get; }

    /// <summary>Gets how many tickets were due and evaluated.</summary>
    public int TicketsEvaluated { get; }

    /// <summary>Gets a value indicating whether as many tickets were due as <see cref="SlaMonitorOptions.BatchSize"/>: more may be waiting, so the host may run again at once.</summary>
    public bool IsBatchFull { get; }

    /// <summary>Gets how many escalations were raised (and saved).</summary>
    public int EscalationsRaised { get; }

    /// <summary>Gets how many policy steps were absorbed (and saved) into an open escalation to the same target for the same reason.</summary>
    public int StepsAbsorbed { get; }

    /// <summary>Gets how many notifications the channel accepted, new ones and retried ones.</summary>
    public int NotificationsSent { get; }

    /// <summary>Gets how many notifications the channel refused; each stays pending for the next run.</summary>
    public int NotificationsFailed => NotificationFailures.Count;

    /// <summary>Gets every notification the channel refused, with its error, in the order tried.</summary>
    public IReadOnlyList<SlaMonitorNotificationFailure> NotificationFailures { get; }

    /// <summary>Gets how many times a save was refused because another worker wrote first, and the work was reloaded and planned again.</summary>
    public int ConflictsRetried { get; }

    /// <summary>
    /// Gets how many tickets or escalations were left for the next run because their saves kept being refused after
    /// <see cref="SlaMonitorOptions.MaxConflictRetries"/>.
    /// </summary>
    public int DeferredAfterConflicts { get; }

    /// <summary>Returns a one-line summary for logs.</summary>
    /// <returns>For example <c>SLA monitor at 2025-03-10T14:00:00Z: 12 tickets evaluated, 2 escalations raised, 1 step absorbed, 3 notifications sent, 0 failed, 1 conflict retried, 0 deferred</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"SLA monitor at {InstantPattern.General.Format(At)}: {TicketsEvaluated} tickets evaluated{(IsBatchFull ? " (batch full)" : string.Empty)}, {EscalationsRaised} escalations raised, {StepsAbsorbed} steps absorbed, {NotificationsSent} notifications sent, {NotificationsFailed} failed, {ConflictsRetried} conflicts retried, {DeferredAfterConflicts} deferred");
}
