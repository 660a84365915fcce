using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets.Events;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets;

/// <content>Status commands: ChangeStatus, Solve, Reopen, Close.</content>
public sealed partial class Ticket
{
    /// <summary>Gets a value indicating whether <see cref="ChangeStatus"/> to <paramref name="status"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="status">The status to move to.</param>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the lifecycle allows the move and <paramref name="at"/> is not before the last event.</returns>
    public bool CanChangeStatus(TicketStatus status, Instant at) =>
        Enum.IsDefined(status) && Check(TicketLifecycle.StatusVerb(status), at) is null;

    /// <summary>
    /// Moves the ticket to <paramref name="status"/>: Open, Pending (waiting on the customer) or OnHold
    /// (waiting on another team or a vendor) from New, Open, Pending or OnHold; Open from Solved is a
    /// reopen (as <see cref="Reopen"/>); Solved is <see cref="Solve"/>, Closed is <see cref="Close"/>.
    /// No ticket ever returns to New.
    /// </summary>
    /// <param name="status">The status to move to.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not defined, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException">
    /// <see cref="TicketErrors.Closed"/>, <see cref="TicketErrors.IllegalTransition"/>, <see cref="TicketErrors.StatusUnchanged"/>,
    /// <see cref="TicketErrors.NotSolved"/> (to Closed) or <see cref="TicketErrors.InstantBeforeLastEvent"/>.
    /// </exception>
    public void ChangeStatus(TicketStatus status, Instant at) =>
        Move(TicketLifecycle.StatusVerb(Guard.Against.EnumOutOfRange(status)), at);

    /// <summary>Gets a value indicating whether <see cref="Solve"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the solve.</param>
    /// <returns><see langword="true"/> if the ticket is New, Open, Pending or OnHold and <paramref name="at"/> is not before its last event.</returns>
    public bool CanSolve(Instant at) => Check(TicketVerb.Solve, at) is null;

    /// <summary>Marks the ticket solved: an agent has given a solution. Ends a solve cycle (<see cref="SolveCount"/> goes up).</summary>
    /// <param name="at">The instant of the solve.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/>, <see cref="TicketErrors.StatusUnchanged"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void Solve(Instant at) => Move(TicketVerb.Solve, at);

    /// <summary>Gets a value indicating whether <see cref="Reopen"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the reopen.</param>
    /// <returns><see langword="true"/> if the ticket is Solved and <paramref name="at"/> is not before its last event.</returns>
    public bool CanReopen(Instant at) => Check(TicketVerb.Reopen, at) is null;

    /// <summary>Moves a solved ticket back to Open, starting a new solve cycle.</summary>
    /// <param name="at">The instant of the reopen.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/>, <see cref="TicketErrors.NotSolved"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void Reopen(Instant at) => Move(TicketVerb.Reopen, at);

    /// <summary>Gets a value indicating whether <see cref="Close"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the close.</param>
    /// <returns><see langword="true"/> if the ticket is Solved and <paramref name="at"/> is not before its last event.</returns>
    public bool CanClose(Instant at) => Check(TicketVerb.Close, at) is null;

    /// <summary>Closes a solved ticket for good: afterwards every command throws <see cref="TicketErrors.Closed"/>.</summary>
    /// <param name="at">The instant of the close.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="SharedKernel.DomainRuleViolationException"><see cref="TicketErrors.Closed"/>, <see cref="TicketErrors.NotSolved"/> or <see cref="TicketErrors.InstantBeforeLastEvent"/>.</exception>
    public void Close(Instant at) => Move(TicketVerb.Close, at);

    private void Move(TicketVerb verb, Instant at)
    {
        // Every status command's row either moves the ticket or rejects the command.
        var outcome = Require(verb, at);
        Record(new TicketStatusChanged(Id, Status, outcome.Next!.Value, outcome.Trigger, at));
    }
}
