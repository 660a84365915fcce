using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Kpis;

/// <summary>
/// SLA achievement of one metric for one priority and policy kind: targets achieved against targets
/// achieved or breached, counted per target state (a repeating metric counts each cycle).
/// </summary>
/// <param name="Kind">The kind of policy the targets belong to (SLA, OLA, contract).</param>
/// <param name="MetricId">The metric's id, such as <c>first-reply</c>.</param>
/// <param name="Priority">The priority of the targets (<see cref="SlaTarget.Priority"/>).</param>
/// <param name="Rate">Achieved (<see cref="KpiRate.Count"/>) of achieved plus breached (<see cref="KpiRate.Total"/>).</param>
public sealed record SlaAchievement(SlaPolicyKind Kind, string MetricId, Priority Priority, KpiRate Rate)
{
    /// <summary>Gets the number of targets achieved.</summary>
    public long Achieved => Rate.Count;

    /// <summary>Gets the number of targets breached.</summary>
    public long Breached => Rate.Total - Rate.Count;
}
