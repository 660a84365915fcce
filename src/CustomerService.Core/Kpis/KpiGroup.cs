namespace CustomerService.Core.Kpis;

/// <summary>The KPIs of one group of a <see cref="KpiReport"/>.</summary>
/// <param name="Key">Which group: the grouping's dimensions and their values.</param>
/// <param name="Figures">The KPIs of the facts counted in the group.</param>
public sealed record KpiGroup(KpiGroupKey Key, KpiFigures Figures);
