using System;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets.Events;
using CustomerService.Core.Tickets.Rules;
using NodaTime;

namespace CustomerService.Core.Tickets;

/// <content>Merges: a duplicate is merged into another ticket, which absorbs it.</content>
public sealed partial class Ticket
{
    /// <summary>Gets a value indicating whether <see cref="Merge"/> would be accepted for these two tickets at <paramref name="at"/>.</summary>
    /// <param name="duplicate">The duplicate to merge and close.</param>
    /// <param name="target">The ticket that absorbs it.</param>
    /// <param name="at">The instant of the merge.</param>
    /// <returns><see langword="true"/> if <see cref="CanMergeInto"/> holds for the duplicate and <see cref="CanAbsorbDuplicate"/> for the target.</returns>
    /// <exception cref="ArgumentNullException">A ticket is <see langword="null"/>.</exception>
    public static bool CanMerge(Ticket duplicate, Ticket target, Instant at) => CheckMerge(duplicate, target, at) is null;

    /// <summary>
    /// Merges a duplicate ticket into another, checking both before changing either: the duplicate
    /// records <see cref="TicketMergedInto"/> and is closed (its history is kept), the target records
    /// <see cref="DuplicateAbsorbed"/>. The host saves both.
    /// </summary>
    /// <param name="duplicate">The duplicate to merge and close.</param>
    /// <param name="target">The ticket that absorbs it.</param>
    /// <param name="at">The instant of the merge.</param>
    /// <exception cref="ArgumentNullException">A ticket is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="TicketErrors.Closed"/> (either ticket), <see cref="TicketErrors.MergeIntoSelf"/> or
    /// <see cref="TicketErrors.InstantBeforeLastEvent"/> (either ticket); neither ticket changes.
    /// </exception>
    public static void Merge(Ticket duplicate, Ticket target, Instant at)
    {
        Guard.Against.OutOfEventRange(at);
        ThrowIfBroken(CheckMerge(duplicate, target, at));
        duplicate.MergeInto(target.Id, at);
        target.AbsorbDuplicate(duplicate.Id, at);
    }

    /// <summary>Gets a value indicating whether <see cref="MergeInto"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="targetId">The ticket to merge this one into.</param>
    /// <param name="at">The instant of the merge.</param>
    /// <returns><see langword="true"/> unless this ticket is closed, <paramref name="targetId"/> is its own id, or <paramref name="at"/> is before its last event.</returns>
    public bool CanMergeInto(TicketId targetId, Instant at) => (Check(TicketVerb.MergeInto, at) ?? CheckNotSelf(targetId)) is null;

    /// <summary>
    /// Merges this ticket, a duplicate, into another one: records <see cref="TicketMergedInto"/> and
    /// closes the ticket (trigger <see cref="StatusChangeTrigger.Merge"/>), from any status but Closed.
    /// Its history is kept. The target should record <see cref="AbsorbDuplicate"/>; <see cref="Merge"/>
    /// does both.
    /// </summary>
    /// <param name="targetId">The ticket to merge into; not this one.</param>
    /// <param name="at">The instant of the merge.</param>
    /// <exception cref="ArgumentException"><paramref name="targetId"/> is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>, <see cref="TicketErrors.InstantBeforeLastEvent"/> or <see cref="TicketErrors.MergeIntoSelf"/>.</exception>
    public void MergeInto(TicketId targetId, Instant at)
    {
        Guard.Against.Default(targetId);
        var outcome = Require(TicketVerb.MergeInto, at, CheckNotSelf(targetId));
        var from = Status;
        Record(new TicketMergedInto(Id, targetId, at));
        Record(new TicketStatusChanged(Id, from, outcome.Next!.Value, outcome.Trigger, at));
    }

    /// <summary>Gets a value indicating whether <see cref="AbsorbDuplicate"/> would be accepted at <paramref name="at"/>.</summary>
    /// <param name="duplicateId">The duplicate merged into this ticket.</param>
    /// <param name="at">The instant of the merge.</param>
    /// <returns><see langword="true"/> unless this ticket is closed, <paramref name="duplicateId"/> is its own id, or <paramref name="at"/> is before its last event.</returns>
    public bool CanAbsorbDuplicate(TicketId duplicateId, Instant at) => (Check(TicketVerb.AbsorbDuplicate, at) ?? CheckNotSelf(duplicateId)) is null;

    /// <summary>
    /// Records that a duplicate was merged into this ticket; its status does not change. Absorbing the
    /// same duplicate again records nothing.
    /// </summary>
    /// <param name="duplicateId">The duplicate; not this ticket.</param>
    /// <param name="at">The instant of the merge.</param>
    /// <exception cref="ArgumentException"><paramref name="duplicateId"/> is the default value, or <paramref name="at"/> is not a real instant.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="TicketErrors.Closed"/>, <see cref="TicketErrors.InstantBeforeLastEvent"/> or <see cref="TicketErrors.MergeIntoSelf"/>.</exception>
    public void AbsorbDuplicate(TicketId duplicateId, Instant at)
    {
        Guard.Against.Default(duplicateId);
        Require(TicketVerb.AbsorbDuplicate, at, CheckNotSelf(duplicateId));
        if (!_absorbedDuplicates.Contains(duplicateId))
        {
            Record(new DuplicateAbsorbed(Id, duplicateId, at));
        }
    }

    private static DomainError? CheckMerge(Ticket duplicate, Ticket target, Instant at)
    {
        Guard.Against.Null(duplicate);
        Guard.Against.Null(target);
        return duplicate.Check(TicketVerb.MergeInto, at) ?? duplicate.CheckNotSelf(target.Id)
            ?? target.Check(TicketVerb.AbsorbDuplicate, at);
    }

    private DomainError? CheckNotSelf(TicketId otherId) => otherId == Id ? TicketErrors.MergedIntoSelf : null;
}
