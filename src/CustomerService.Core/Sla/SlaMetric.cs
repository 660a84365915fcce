using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla;

/// <summary>
/// What an SLA clock measures: when it starts, pauses, resumes, stops, restarts from zero and stops
/// applying, each a list of <see cref="SlaTrigger">triggers</see> over ticket events (SLA-SEMANTICS §2).
/// </summary>
/// <remarks>
/// <para>
/// The engine applies a metric's triggers to each event in this order: <c>Cancel</c>, <c>Stop</c>
/// (only while the clock runs or is paused), <c>Start</c> (only while it does not), <c>Reset</c>, then
/// <c>Pause</c> and <c>Resume</c> (when one event matches both, the clock ends up paused). So one event can
/// stop a cycle and start the next (a reply, for <see cref="PeriodicUpdate"/>), but the event that starts
/// a clock never also stops it.
/// </para>
/// <para>
/// A <see cref="Repeats">repeating</see> metric opens a new <em>cycle</em> each time it starts after a
/// stop; a non-repeating one continues its single cycle with the time already used (how
/// <see cref="Resolution"/> treats a reopen).
/// </para>
/// </remarks>
public sealed class SlaMetric : IEquatable<SlaMetric>
{
    private static readonly SlaTrigger[] EndOfTicket =
        [SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed), SlaTrigger.MergedIntoAnother()];

    internal SlaMetric(
        string id,
        bool repeats,
        IEnumerable<SlaTrigger> start,
        IEnumerable<SlaTrigger> stop,
        IEnumerable<SlaTrigger> pause,
        IEnumerable<SlaTrigger> resume,
        IEnumerable<SlaTrigger> reset,
        IEnumerable<SlaTrigger> cancel,
        bool isBuiltIn = false)
    {
        Id = id;
        Repeats = repeats;
        StartWhen = [.. start.Distinct()];
        StopWhen = [.. stop.Distinct()];
        PauseWhen = [.. pause.Distinct()];
        ResumeWhen = [.. resume.Distinct()];
        ResetWhen = [.. reset.Distinct()];
        CancelWhen = [.. cancel.Distinct()];
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>
    /// Time to the first public agent reply. Starts when the ticket is opened by the customer; on a ticket an
    /// agent opened, at its first public message by the customer or an agent (so an agent's public opening message starts it and the next
    /// public agent reply stops it). Never pauses. Internal notes and automated messages do not stop it.
    /// Cancelled if the ticket is solved, closed or merged before a reply.
    /// </summary>
    public static SlaMetric FirstReply { get; } = new SlaMetricBuilder("first-reply")
        .StartsWhen(SlaTrigger.TicketOpened().OnTicketsOpenedBy(AuthorKind.Customer), SlaTrigger.FirstPublicMessage().OnTicketsOpenedBy(AuthorKind.Agent))
        .StopsWhen(SlaTrigger.PublicAgentReply())
        .CancelsWhen(EndOfTicket)
        .BuildBuiltIn();

    /// <summary>
    /// Time from the oldest customer message not yet answered to the next public agent reply, once the ticket
    /// has had its first reply. One cycle per unanswered run of customer messages; never pauses; cancelled if the
    /// ticket is solved, closed or merged before the reply.
    /// </summary>
    public static SlaMetric NextReply { get; } = new SlaMetricBuilder("next-reply")
        .StartsWhen(SlaTrigger.CustomerMessage().OnlyAfterFirstReply())
        .StopsWhen(SlaTrigger.PublicAgentReply())
        .CancelsWhen(EndOfTicket)
        .Repeating()
        .BuildBuiltIn();

    /// <summary>
    /// Time between public agent updates: starts when the ticket is opened and at each public agent reply, stops at
    /// the next. Never pauses; cancelled once the ticket is solved, closed or merged.
    /// </summary>
    public static SlaMetric PeriodicUpdate { get; } = new SlaMetricBuilder("periodic-update")
        .StartsWhen(SlaTrigger.TicketOpened(), SlaTrigger.PublicAgentReply())
        .StopsWhen(SlaTrigger.PublicAgentReply())
        .CancelsWhen(EndOfTicket)
        .Repeating()
        .BuildBuiltIn();

    /// <summary>As <see cref="PeriodicUpdate"/>, but paused while the ticket is Pending (waiting for the customer).</summary>
    public static SlaMetric PausableUpdate { get; } = new SlaMetricBuilder("pausable-update")
        .StartsWhen(SlaTrigger.TicketOpened(), SlaTrigger.PublicAgentReply())
        .StopsWhen(SlaTrigger.PublicAgentReply())
        .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.Pending))
        .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.Pending))
        .CancelsWhen(EndOfTicket)
        .Repeating()
        .BuildBuiltIn();

    /// <summary>
    /// Time the customer waits: from opening to Solved, paused while Pending. A reopen continues the clock; Closed is final.
    /// </summary>
    public static SlaMetric RequesterWaitTime { get; } = new SlaMetricBuilder("requester-wait-time")
        .StartsWhen(SlaTrigger.TicketOpened(), SlaTrigger.Reopened())
        .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed))
        .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.Pending))
        .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.Pending))
        .CancelsWhen(SlaTrigger.MergedIntoAnother())
        .BuildBuiltIn();

    /// <summary>
    /// Time agents have the ticket: from opening to Solved, paused while Pending or OnHold. A reopen continues the clock.
    /// </summary>
    public static SlaMetric AgentWorkTime { get; } = new SlaMetricBuilder("agent-work-time")
        .StartsWhen(SlaTrigger.TicketOpened(), SlaTrigger.Reopened())
        .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed))
        .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.Pending, TicketStatus.OnHold))
        .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.Pending, TicketStatus.OnHold))
        .CancelsWhen(SlaTrigger.MergedIntoAnother())
        .BuildBuiltIn();

    /// <summary>
    /// Time to resolution: from opening to Solved, paused while the status is in the policy's
    /// <see cref="SlaPolicy.PauseStatuses">pause set</see> (default: Pending). A reopen continues the same clock
    /// with the time already used; Closed is final.
    /// </summary>
    public static SlaMetric Resolution { get; } = new SlaMetricBuilder("resolution")
        .StartsWhen(SlaTrigger.TicketOpened(), SlaTrigger.Reopened())
        .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed))
        .PausesWhen(SlaTrigger.PolicyPauseEntered())
        .ResumesWhen(SlaTrigger.PolicyPauseLeft())
        .CancelsWhen(SlaTrigger.MergedIntoAnother())
        .BuildBuiltIn();

    /// <summary>Gets the built-in metrics, in the order of SLA-SEMANTICS §2.</summary>
    public static IReadOnlyList<SlaMetric> BuiltIn { get; } =
        [FirstReply, NextReply, PeriodicUpdate, PausableUpdate, RequesterWaitTime, AgentWorkTime, Resolution];

    /// <summary>Gets the metric's id: lowercase letters, digits and hyphens, such as <c>first-reply</c>.</summary>
    public string Id { get; }

    /// <summary>Gets a value indicating whether each start after a stop opens a new cycle.</summary>
    public bool Repeats { get; }

    /// <summary>Gets a value indicating whether this is one of the <see cref="BuiltIn"/> metrics.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>Gets the triggers that start the clock (or continue a stopped, non-repeating one).</summary>
    public IReadOnlyList<SlaTrigger> StartWhen { get; }

    /// <summary>Gets the triggers that stop the clock: the target is achieved unless already breached.</summary>
    public IReadOnlyList<SlaTrigger> StopWhen { get; }

    /// <summary>Gets the triggers that pause a running clock.</summary>
    public IReadOnlyList<SlaTrigger> PauseWhen { get; }

    /// <summary>Gets the triggers that resume a paused clock.</summary>
    public IReadOnlyList<SlaTrigger> ResumeWhen { get; }

    /// <summary>Gets the triggers that restart the current cycle from zero at the event.</summary>
    public IReadOnlyList<SlaTrigger> ResetWhen { get; }

    /// <summary>Gets the triggers after which the cycle no longer applies (its stage becomes Cancelled unless already breached).</summary>
    public IReadOnlyList<SlaTrigger> CancelWhen { get; }

    /// <summary>Starts the definition of a custom metric.</summary>
    /// <param name="id">The metric's id: lowercase letters, digits and hyphens; not the id of a built-in metric.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id or is a built-in metric's id.</exception>
    public static SlaMetricBuilder Define(string id)
    {
        Guard.Against.NullOrWhiteSpace(id);
        return IdProblem(id) is { } problem ? throw new ArgumentException(problem.Message, nameof(id)) : new SlaMetricBuilder(id);
    }

    /// <summary>Finds a built-in metric by its id.</summary>
    /// <param name="id">The id, such as <c>first-reply</c>.</param>
    /// <returns>The metric, or <see langword="null"/>.</returns>
    public static SlaMetric? FindBuiltIn(string id) => BuiltIn.FirstOrDefault(m => m.Id == id);

    /// <summary>What is wrong with <paramref name="id"/> as a custom metric's id, or <see langword="null"/> if nothing.</summary>
    internal static DomainError? IdProblem(string id) =>
        !Slug.IsValid(id) ? new(SlaPolicyProblemCodes.InvalidId, $"A metric id is {Slug.Rule}.")
        : FindBuiltIn(id) is not null ? new(SlaPolicyProblemCodes.DuplicateMetric, "The id is a built-in metric's id; choose another.")
        : null;

    /// <inheritdoc/>
    public bool Equals(SlaMetric? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Repeats == other.Repeats
            && StartWhen.SequenceEqual(other.StartWhen)
            && StopWhen.SequenceEqual(other.StopWhen)
            && PauseWhen.SequenceEqual(other.PauseWhen)
            && ResumeWhen.SequenceEqual(other.ResumeWhen)
            && ResetWhen.SequenceEqual(other.ResetWhen)
            && CancelWhen.SequenceEqual(other.CancelWhen));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaMetric);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Repeats, StartWhen.Count, StopWhen.Count);

    /// <summary>Returns the metric's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
