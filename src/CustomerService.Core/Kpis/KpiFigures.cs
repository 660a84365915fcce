using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Kpis;

/// <summary>
/// Every KPI of one group of tickets (or of all of them), as a <see cref="KpiAccumulator"/> computed
/// it. Immutable. Each property states its definition; docs/kpis.md has them all in one table.
/// </summary>
/// <remarks>
/// <para>
/// <b>Which tickets count.</b> A ticket is <em>solved</em> when its status at the end of its history
/// is Solved or Closed and it was solved at least once (a duplicate closed by a merge before it was
/// ever solved is not). Solved-ticket KPIs are counted at the ticket's last solve.
/// </para>
/// <para>
/// <b>Replies.</b> A reply is a public message by an agent. Internal notes and system (bot,
/// automation) messages are never replies.
/// </para>
/// <para>
/// <b>Time KPIs</b> give count, mean, median, p90, p99, min and max (<see cref="DurationSummary"/>:
/// count, mean, min and max exact; percentiles within 1%), in calendar time and in the business
/// time of <see cref="KpiOptions.BusinessCalendar"/>.
/// </para>
/// </remarks>
public sealed class KpiFigures : IEquatable<KpiFigures>
{
    internal KpiFigures()
    {
    }

    /// <summary>Gets the number of tickets opened (counted at the instant each was opened).</summary>
    public long TicketsCreated { get; init; }

    /// <summary>
    /// Gets the number of solved tickets (see the remarks), counted at their last solve: grouped by
    /// agent, the tickets solved per agent.
    /// </summary>
    public long TicketsSolved { get; init; }

    /// <summary>
    /// Gets the first response time: from the ticket's creation to its first reply. On a ticket an
    /// agent opened, from its first public message (by anyone) to the next reply after it, as the SLA
    /// metric <see cref="SlaMetric.FirstReply"/> measures it. A ticket solved, closed or merged before
    /// its first reply has none. Counted at the reply.
    /// </summary>
    public required KpiTime FirstResponseTime { get; init; }

    /// <summary>
    /// Gets the response time (average or next response time): for each customer message, the time to
    /// the next reply after it, over all such pairs (the opening message included; several customer
    /// messages before one reply give one pair each). A message still unanswered when the ticket is
    /// solved, closed or merged gives no pair. Counted at the reply.
    /// </summary>
    public required KpiTime ResponseTime { get; init; }

    /// <summary>Gets the first resolution time: from creation to the ticket's first Solved status. Counted at that solve.</summary>
    public required KpiTime FirstResolutionTime { get; init; }

    /// <summary>Gets the full resolution time of solved tickets: from creation to the last Solved status. Counted at that solve.</summary>
    public required KpiTime FullResolutionTime { get; init; }

    /// <summary>Gets the requester wait time of solved tickets: the time spent New, Open or OnHold before the last solve.</summary>
    public required KpiTime RequesterWaitTime { get; init; }

    /// <summary>Gets the agent work time of solved tickets: the time spent New or Open before the last solve.</summary>
    public required KpiTime AgentWorkTime { get; init; }

    /// <summary>Gets the on-hold time of solved tickets: the time spent OnHold before the last solve.</summary>
    public required KpiTime OnHoldTime { get; init; }

    /// <summary>
    /// Gets the handle time: per solved ticket with at least one recorded entry, the sum of its
    /// interactions' <see cref="Interaction.HandleTime"/>; the mean is the average handle time. A
    /// ticket with no entry recorded is left out rather than counted as zero.
    /// </summary>
    public required DurationSummary HandleTime { get; init; }

    /// <summary>
    /// Gets the first contact resolution rate: solved tickets with no customer message after the
    /// opening one (at most one customer message) / solved tickets.
    /// </summary>
    public KpiRate FirstContactResolution { get; init; }

    /// <summary>Gets the one-touch resolution rate: solved tickets with fewer than two replies / solved tickets.</summary>
    public KpiRate OneTouchResolution { get; init; }

    /// <summary>
    /// Gets the reopen rate: reopens (a move from Solved to Open) / solves (moves into Solved), each
    /// counted at its own instant. A ticket solved, reopened and solved again is 1 of 2.
    /// </summary>
    public KpiRate Reopens { get; init; }

    /// <summary>
    /// Gets the escalation rate: tickets with at least one escalation / tickets opened, counted at the
    /// instant each ticket was opened. Only tickets added with their escalations count as escalated.
    /// </summary>
    public KpiRate Escalations { get; init; }

    /// <summary>Gets the functional escalation rate: tickets with at least one functional escalation (to another team) / tickets opened.</summary>
    public KpiRate FunctionalEscalations { get; init; }

    /// <summary>Gets the hierarchical escalation rate: tickets with at least one hierarchical escalation (to a lead or manager) / tickets opened.</summary>
    public KpiRate HierarchicalEscalations { get; init; }

    /// <summary>
    /// Gets SLA achievement per policy kind, metric and priority, from the SLA reports given with the
    /// tickets: targets achieved / (achieved + breached), counted per target state (each cycle of a
    /// repeating metric) at the instant it was achieved or breached. Running, paused and cancelled
    /// targets are left out. Ordered by kind, metric id and priority.
    /// </summary>
    public required IReadOnlyList<SlaAchievement> SlaAchievements { get; init; }

    /// <summary>
    /// Gets the backlog at <see cref="KpiOptions.BacklogAt"/>, by age: tickets opened by then and not
    /// Solved or Closed then. Counted in the period holding that instant.
    /// </summary>
    public required KpiBacklog Backlog { get; init; }

    /// <summary>Gets customer satisfaction: satisfied / rated × 100.</summary>
    public CsatTally Csat { get; init; }

    /// <summary>Gets the Net Promoter Score: % promoters − % detractors.</summary>
    public NpsTally Nps { get; init; }

    /// <summary>Gets the Customer Effort Score: mean score and % easy.</summary>
    public CesTally Ces { get; init; }

    /// <summary>Gets SLA achievement of a metric over every priority, or one.</summary>
    /// <param name="metricId">The metric's id, such as <c>first-reply</c>.</param>
    /// <param name="kind">The policy kind; default <see cref="SlaPolicyKind.Sla"/>.</param>
    /// <param name="priority">A priority, or <see langword="null"/> for all of them.</param>
    /// <returns>Achieved of achieved plus breached; 0 of 0 when none.</returns>
    public KpiRate SlaAchievementRate(string metricId, SlaPolicyKind kind = SlaPolicyKind.Sla, Priority? priority = null)
    {
        var rate = default(KpiRate);
        foreach (var entry in SlaAchievements)
        {
            if (entry.Kind == kind && entry.MetricId == metricId && (priority is null || entry.Priority == priority))
            {
                rate = rate.Merge(entry.Rate);
            }
        }

        return rate;
    }

    /// <inheritdoc/>
    public bool Equals(KpiFigures? other) =>
        other is not null
        && TicketsCreated == other.TicketsCreated
        && TicketsSolved == other.TicketsSolved
        && FirstResponseTime.Equals(other.FirstResponseTime)
        && ResponseTime.Equals(other.ResponseTime)
        && FirstResolutionTime.Equals(other.FirstResolutionTime)
        && FullResolutionTime.Equals(other.FullResolutionTime)
        && RequesterWaitTime.Equals(other.RequesterWaitTime)
        && AgentWorkTime.Equals(other.AgentWorkTime)
        && OnHoldTime.Equals(other.OnHoldTime)
        && HandleTime.Equals(other.HandleTime)
        && FirstContactResolution == other.FirstContactResolution
        && OneTouchResolution == other.OneTouchResolution
        && Reopens == other.Reopens
        && Escalations == other.Escalations
        && FunctionalEscalations == other.FunctionalEscalations
        && HierarchicalEscalations == other.HierarchicalEscalations
        && SlaAchievements.SequenceEqual(other.SlaAchievements)
        && Backlog.Equals(other.Backlog)
        && Csat == other.Csat
        && Nps == other.Nps
        && Ces == other.Ces;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiFigures);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TicketsCreated, TicketsSolved, FirstResponseTime.CalendarTime.Count, Reopens, Csat, Nps, Ces);

    /// <summary>Summarizes the figures, such as <c>120 created, 97 solved, ...</c>.</summary>
    /// <returns>The text; counts only.</returns>
    public override string ToString() =>
        $"{TicketsCreated} created, {TicketsSolved} solved, {Backlog.Count} in backlog, {FirstResponseTime.CalendarTime.Count} first responses";
}
