using CustomerService.Core.Sla;
using NodaTime;

namespace CustomerService.Core.Services;

/// <summary>When the SLA monitor must look at a ticket again, from the report of the version it evaluated.</summary>
internal static class NextSlaCheck
{
    /// <summary>
    /// The earliest instant after <paramref name="now"/> at which a running target of <paramref name="report"/> reaches
    /// a warning or breaches, if the ticket does not change; capped at <paramref name="maxInterval"/> from now. Paused
    /// and ended targets have nothing to come until the ticket changes, and a change makes the ticket due at once.
    /// </summary>
    public static Instant? After(SlaReport report, Instant now, Duration? maxInterval)
    {
        Instant? next = maxInterval is { } interval ? now + interval : null;
        foreach (var state in report.Targets)
        {
            if (state.Stage != SlaStage.Running)
            {
                continue;
            }

            var target = state.Target;
            foreach (var threshold in target.Warnings)
            {
                var share = threshold.AmountOf(target.Duration);
                if (state.Elapsed < share)
                {
                    // A warning is reached when its share is used: after that much more open time of the target's calendar.
                    next = Earliest(next, state.Calendar.Add(now, share - state.Elapsed));
                }
            }

            // At BreachAt the target is exactly used; it is breached only once elapsed exceeds it, the next instant.
            next = Earliest(next, state.BreachAt + Duration.Epsilon);
        }

        return next;
    }

    private static Instant Earliest(Instant? current, Instant candidate) =>
        current is { } c && c < candidate ? c : candidate;
}
