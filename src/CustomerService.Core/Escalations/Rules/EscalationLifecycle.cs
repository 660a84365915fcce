using System;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Escalations.Rules;

/// <summary>
/// The escalation lifecycle as data: for every command (a row) and every status (a column), whether the command is
/// allowed and where it moves the escalation. The commands, their <c>Can...</c> queries and the replay of a history all
/// read this one table; docs/escalations.md shows it.
/// </summary>
internal static class EscalationLifecycle
{
    private static readonly Outcome Stay = new(null, null);
    private static readonly Outcome ToAcknowledged = new(EscalationStatus.Acknowledged, null);
    private static readonly Outcome ToResolved = new(EscalationStatus.Resolved, null);
    private static readonly Outcome ToReturned = new(EscalationStatus.Returned, null);
    private static readonly Outcome ToCancelled = new(EscalationStatus.Cancelled, null);
    private static readonly Outcome Acked = new(null, EscalationErrors.Acknowledged);
    private static readonly Outcome NotAcked = new(null, EscalationErrors.NotYetAcknowledged);
    private static readonly Outcome ShutResolved = new(null, EscalationErrors.EscalationClosed(EscalationStatus.Resolved));
    private static readonly Outcome ShutReturned = new(null, EscalationErrors.EscalationClosed(EscalationStatus.Returned));
    private static readonly Outcome ShutCancelled = new(null, EscalationErrors.EscalationClosed(EscalationStatus.Cancelled));

    // One row per EscalationVerb, in its order; one column per EscalationStatus, in its order.
    private static readonly Outcome[][] Table =
    [
        //                Raised          Acknowledged    Resolved      Returned      Cancelled
        /* Acknowledge */ [ToAcknowledged, Acked,          ShutResolved, ShutReturned, ShutCancelled],
        /* Resolve     */ [NotAcked,       ToResolved,     ShutResolved, ShutReturned, ShutCancelled],
        /* Return      */ [ToReturned,     ToReturned,     ShutResolved, ShutReturned, ShutCancelled],
        /* Cancel      */ [ToCancelled,    ToCancelled,    ShutResolved, ShutReturned, ShutCancelled],
        /* Absorb      */ [Stay,           Stay,           ShutResolved, ShutReturned, ShutCancelled],
    ];

    static EscalationLifecycle()
    {
        var statuses = Enum.GetValues<EscalationStatus>().Length;
        if (Table.Length != Enum.GetValues<EscalationVerb>().Length || Array.Exists(Table, row => row.Length != statuses))
        {
            throw new InvalidOperationException("The escalation lifecycle table must have one row per verb and one cell per status.");
        }
    }

    /// <summary>What a command does to an escalation in a given status.</summary>
    public static Outcome Decide(EscalationStatus status, EscalationVerb verb) => Table[(int)verb][(int)status];

    /// <summary>Whether a status is open: the escalation still waits for, or is being worked by, its target.</summary>
    public static bool IsOpen(EscalationStatus status) => status is EscalationStatus.Raised or EscalationStatus.Acknowledged;

    /// <summary>The result of a command in a status: allowed (moving to <see cref="Next"/> or staying), or the broken rule.</summary>
    /// <param name="Next">The status the command moves the escalation to; <see langword="null"/> when it stays.</param>
    /// <param name="Error">The broken rule; <see langword="null"/> when allowed.</param>
    internal readonly record struct Outcome(EscalationStatus? Next, DomainError? Error);
}
