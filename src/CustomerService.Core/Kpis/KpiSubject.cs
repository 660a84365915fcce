using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Kpis;

/// <summary>
/// The values of the non-period dimensions of what is counted: a ticket's, or (later) a survey
/// response's. The period comes from each counted fact's instant.
/// </summary>
/// <param name="Agent">The assigned agent, if any.</param>
/// <param name="Group">The assigned group, if any.</param>
/// <param name="Channel">The channel, if known.</param>
/// <param name="Priority">The priority, if known.</param>
/// <param name="Tier">The customer's tier, if known.</param>
internal readonly record struct KpiSubject(AgentId? Agent, GroupId? Group, Channel? Channel, Priority? Priority, CustomerTier? Tier)
{
    /// <summary>The key of this subject in a grouping, for a period (ignored unless the grouping has <see cref="KpiDimensions.Period"/>).</summary>
    public KpiGroupKey KeyIn(KpiDimensions grouping, NodaTime.LocalDate period) => new(
        grouping,
        Has(grouping, KpiDimensions.Agent) ? Agent : null,
        Has(grouping, KpiDimensions.Group) ? Group : null,
        Has(grouping, KpiDimensions.Channel) ? Channel : null,
        Has(grouping, KpiDimensions.Priority) ? Priority : null,
        Has(grouping, KpiDimensions.CustomerTier) ? Tier : null,
        Has(grouping, KpiDimensions.Period) ? period : null);

    private static bool Has(KpiDimensions grouping, KpiDimensions dimension) => (grouping & dimension) != 0;
}
