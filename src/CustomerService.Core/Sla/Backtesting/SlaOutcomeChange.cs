using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Backtesting;

/// <summary>What changed for one target state of one ticket between the baseline and the candidate policy set.</summary>
public enum SlaOutcomeChangeKind
{
    /// <summary>The state is breached under the candidate, not under the baseline.</summary>
    NewlyBreached = 0,

    /// <summary>The state was breached under the baseline, not under the candidate.</summary>
    NoLongerBreached = 1,

    /// <summary>A target applies under the candidate only.</summary>
    TargetAdded = 2,

    /// <summary>A target applied under the baseline only.</summary>
    TargetRemoved = 3,
}

/// <summary>
/// A ticket whose outcome changes between two policy sets: one target state (policy kind, metric, cycle) with its stage
/// before and after. States are paired by policy kind, metric id and cycle (and, under
/// <see cref="SlaRetargeting.Restart"/>, the order of the restarts in the cycle).
/// </summary>
public sealed record SlaOutcomeChange
{
    internal SlaOutcomeChange(TicketId ticketId, SlaPolicyKind policyKind, string metricId, int cycle, SlaStage? before, SlaStage? after, SlaOutcomeChangeKind change)
    {
        TicketId = ticketId;
        PolicyKind = policyKind;
        MetricId = metricId;
        Cycle = cycle;
        Before = before;
        After = after;
        Change = change;
    }

    /// <summary>Gets the ticket.</summary>
    public TicketId TicketId { get; }

    /// <summary>Gets the policy kind of the target.</summary>
    public SlaPolicyKind PolicyKind { get; }

    /// <summary>Gets the metric's id.</summary>
    public string MetricId { get; }

    /// <summary>Gets the cycle, from 1.</summary>
    public int Cycle { get; }

    /// <summary>Gets the stage under the baseline; <see langword="null"/> if no baseline target applied.</summary>
    public SlaStage? Before { get; }

    /// <summary>Gets the stage under the candidate; <see langword="null"/> if no candidate target applied.</summary>
    public SlaStage? After { get; }

    /// <summary>Gets what changed.</summary>
    public SlaOutcomeChangeKind Change { get; }

    /// <summary>Returns a summary, such as <c>ticket 3f2c…: Sla first-reply#1 Achieved -> Breached (NewlyBreached)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"ticket {TicketId}: {PolicyKind} {MetricId}#{Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Before?.ToString() ?? "none"} -> {After?.ToString() ?? "none"} ({Change})";
}
