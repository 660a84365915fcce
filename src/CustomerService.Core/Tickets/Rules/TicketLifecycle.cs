using System;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets.Events;

namespace CustomerService.Core.Tickets.Rules;

/// <summary>
/// The ticket lifecycle as data: for every command (a row) and every status (a column), whether the
/// command is allowed, and if so whether it moves the ticket and to where. The commands, their
/// <c>Can...</c> queries and the replay of a history all read this one table; docs/tickets.md shows it.
/// </summary>
internal static class TicketLifecycle
{
    private static readonly Cell Stay = new(CellKind.Stay);
    private static readonly Cell Illegal = new(CellKind.Illegal);
    private static readonly Cell Same = new(CellKind.Unchanged);
    private static readonly Cell NotSolved = new(CellKind.NotSolved);
    private static readonly Cell Shut = new(CellKind.Closed);
    private static readonly Cell ToOpen = new(CellKind.Move, TicketStatus.Open);
    private static readonly Cell ToPending = new(CellKind.Move, TicketStatus.Pending);
    private static readonly Cell ToOnHold = new(CellKind.Move, TicketStatus.OnHold);
    private static readonly Cell ToSolved = new(CellKind.Move, TicketStatus.Solved);
    private static readonly Cell ToClosed = new(CellKind.Move, TicketStatus.Closed);

    // One row per TicketVerb, in its order; one column per TicketStatus, in its order.
    // The trigger is what a move in that row records in TicketStatusChanged.
    private static readonly Row[] Table =
    [
        //                                                                           New        Open       Pending    OnHold     Solved     Closed
        new(TicketVerb.AddCustomerMessage,    StatusChangeTrigger.CustomerMessage, [Stay,      Stay,      ToOpen,    Stay,      ToOpen,    Shut]),
        new(TicketVerb.AddAgentMessage,       StatusChangeTrigger.AgentMessage,    [ToOpen,    Stay,      Stay,      Stay,      Stay,      Shut]),
        new(TicketVerb.AddSystemMessage,      StatusChangeTrigger.Command,         [Stay,      Stay,      Stay,      Stay,      Stay,      Shut]),
        new(TicketVerb.ChangeStatusToNew,     StatusChangeTrigger.Command,         [Illegal,   Illegal,   Illegal,   Illegal,   Illegal,   Shut]),
        new(TicketVerb.ChangeStatusToOpen,    StatusChangeTrigger.Command,         [ToOpen,    Same,      ToOpen,    ToOpen,    ToOpen,    Shut]),
        new(TicketVerb.ChangeStatusToPending, StatusChangeTrigger.Command,         [ToPending, ToPending, Same,      ToPending, Illegal,   Shut]),
        new(TicketVerb.ChangeStatusToOnHold,  StatusChangeTrigger.Command,         [ToOnHold,  ToOnHold,  ToOnHold,  Same,      Illegal,   Shut]),
        new(TicketVerb.Solve,                 StatusChangeTrigger.Command,         [ToSolved,  ToSolved,  ToSolved,  ToSolved,  Same,      Shut]),
        new(TicketVerb.Reopen,                StatusChangeTrigger.Command,         [NotSolved, NotSolved, NotSolved, NotSolved, ToOpen,    Shut]),
        new(TicketVerb.Close,                 StatusChangeTrigger.Command,         [NotSolved, NotSolved, NotSolved, NotSolved, ToClosed,  Shut]),
        new(TicketVerb.ChangePriority,        StatusChangeTrigger.Command,         [Stay,      Stay,      Stay,      Stay,      Stay,      Shut]),
        new(TicketVerb.Assign,                StatusChangeTrigger.Command,         [Stay,      Stay,      Stay,      Stay,      Stay,      Shut]),
        new(TicketVerb.ChangeTags,            StatusChangeTrigger.Command,         [Stay,      Stay,      Stay,      Stay,      Stay,      Shut]),
        new(TicketVerb.ChangeCustomFields,    StatusChangeTrigger.Command,         [Stay,      Stay,      Stay,      Stay,      Stay,      Shut]),
        new(TicketVerb.ChangeCategory,        StatusChangeTrigger.Command,         [Stay,      Stay,      Stay,      Stay,      Stay,      Shut]),
        new(TicketVerb.MergeInto,             StatusChangeTrigger.Merge,           [ToClosed,  ToClosed,  ToClosed,  ToClosed,  ToClosed,  Shut]),
        new(TicketVerb.AbsorbDuplicate,       StatusChangeTrigger.Command,         [Stay,      Stay,      Stay,      Stay,      Stay,      Shut]),
    ];

    private static readonly int StatusCount = Enum.GetValues<TicketStatus>().Length;

    private static readonly int TriggerCount = Enum.GetValues<StatusChangeTrigger>().Length;

    private static readonly Outcome[] Outcomes = BuildOutcomes();

    // LegalMoves[trigger, from, to]: some row with that trigger moves a ticket from `from` to `to`.
    private static readonly bool[,,] LegalMoves = BuildLegalMoves();

    private enum CellKind
    {
        Stay,
        Move,
        Illegal,
        Unchanged,
        NotSolved,
        Closed,
    }

    /// <summary>What a command does to a ticket in a given status.</summary>
    public static Outcome Decide(TicketStatus status, TicketVerb verb) => Outcomes[((int)verb * StatusCount) + (int)status];

    /// <summary>Whether a recorded status change is one the lifecycle can make; the error if not.</summary>
    public static DomainError? CheckTransition(TicketStatus from, TicketStatus to, StatusChangeTrigger trigger) =>
        from == TicketStatus.Closed ? TicketErrors.TicketClosed
        : LegalMoves[(int)trigger, (int)from, (int)to] ? null
        : from == to ? TicketErrors.Unchanged(from)
        : TicketErrors.Illegal(from, to);

    /// <summary>The status command that moves a ticket to <paramref name="status"/>.</summary>
    public static TicketVerb StatusVerb(TicketStatus status) => status switch
    {
        TicketStatus.New => TicketVerb.ChangeStatusToNew,
        TicketStatus.Open => TicketVerb.ChangeStatusToOpen,
        TicketStatus.Pending => TicketVerb.ChangeStatusToPending,
        TicketStatus.OnHold => TicketVerb.ChangeStatusToOnHold,
        TicketStatus.Solved => TicketVerb.Solve,
        _ => TicketVerb.Close,
    };

    /// <summary>The message command for a message by <paramref name="author"/>.</summary>
    public static TicketVerb MessageVerb(AuthorKind author) => author switch
    {
        AuthorKind.Customer => TicketVerb.AddCustomerMessage,
        AuthorKind.Agent => TicketVerb.AddAgentMessage,
        _ => TicketVerb.AddSystemMessage,
    };

    private static Outcome[] BuildOutcomes()
    {
        var outcomes = new Outcome[Table.Length * StatusCount];
        for (var v = 0; v < Table.Length; v++)
        {
            var row = Table[v];
            if ((int)row.Verb != v || row.Cells.Length != StatusCount)
            {
                throw new InvalidOperationException($"Lifecycle row {v} ({row.Verb}) is out of order or has the wrong number of cells.");
            }

            for (var s = 0; s < StatusCount; s++)
            {
                outcomes[(v * StatusCount) + s] = ToOutcome(row, (TicketStatus)s, row.Cells[s]);
            }
        }

        return outcomes;
    }

    private static Outcome ToOutcome(Row row, TicketStatus from, Cell cell) => cell.Kind switch
    {
        CellKind.Stay => new Outcome(null, row.Trigger, null),
        CellKind.Move => new Outcome(cell.To, row.Trigger, null),
        CellKind.Unchanged => new Outcome(null, row.Trigger, TicketErrors.Unchanged(from)),
        CellKind.Illegal => new Outcome(null, row.Trigger, TicketErrors.Illegal(from, TargetOf(row.Verb))),
        CellKind.NotSolved => new Outcome(null, row.Trigger, TicketErrors.NotSolvedFor(row.Verb == TicketVerb.Reopen ? "reopened" : "closed", from)),
        _ => new Outcome(null, row.Trigger, TicketErrors.TicketClosed),
    };

    private static TicketStatus TargetOf(TicketVerb verb) => verb switch
    {
        TicketVerb.ChangeStatusToNew => TicketStatus.New,
        TicketVerb.ChangeStatusToOpen or TicketVerb.Reopen => TicketStatus.Open,
        TicketVerb.ChangeStatusToPending => TicketStatus.Pending,
        TicketVerb.ChangeStatusToOnHold => TicketStatus.OnHold,
        TicketVerb.Solve => TicketStatus.Solved,
        TicketVerb.Close => TicketStatus.Closed,
        _ => throw new InvalidOperationException($"{verb} does not target a status, so it cannot be an illegal transition."),
    };

    private static bool[,,] BuildLegalMoves()
    {
        var legal = new bool[TriggerCount, StatusCount, StatusCount];
        foreach (var row in Table)
        {
            for (var s = 0; s < StatusCount; s++)
            {
                if (row.Cells[s].Kind == CellKind.Move)
                {
                    legal[(int)row.Trigger, s, (int)row.Cells[s].To] = true;
                }
            }
        }

        return legal;
    }

    /// <summary>The result of a command in a status: allowed (moving to <see cref="Next"/> or staying), or the broken rule.</summary>
    /// <param name="Next">The status the command moves the ticket to; <see langword="null"/> when it stays.</param>
    /// <param name="Trigger">What a move records as its cause.</param>
    /// <param name="Error">The broken rule; <see langword="null"/> when allowed.</param>
    internal readonly record struct Outcome(TicketStatus? Next, StatusChangeTrigger Trigger, DomainError? Error);

    private readonly record struct Cell(CellKind Kind, TicketStatus To = TicketStatus.New);

    private sealed record Row(TicketVerb Verb, StatusChangeTrigger Trigger, Cell[] Cells);
}
