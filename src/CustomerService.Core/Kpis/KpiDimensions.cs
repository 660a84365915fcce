using System;

namespace CustomerService.Core.Kpis;

/// <summary>
/// The dimensions a KPI report can group by. Combine them to group by several at once
/// (<c>KpiDimensions.Agent | KpiDimensions.Period</c> gives one group per agent and period).
/// </summary>
[Flags]
public enum KpiDimensions
{
    /// <summary>No dimension: the overall figures.</summary>
    None = 0,

    /// <summary>The agent the ticket is assigned to (no agent is a group of its own).</summary>
    Agent = 1,

    /// <summary>The group (department) the ticket is assigned to (no group is a group of its own).</summary>
    Group = 2,

    /// <summary>The channel the ticket arrived on.</summary>
    Channel = 4,

    /// <summary>The ticket's priority.</summary>
    Priority = 8,

    /// <summary>The customer's tier, when the host gives it (unknown tiers are a group of their own).</summary>
    CustomerTier = 16,

    /// <summary>The period (day, ISO week or month in the options' time zone) in which each counted fact happened.</summary>
    Period = 32,

    /// <summary>Every dimension.</summary>
    All = Agent | Group | Channel | Priority | CustomerTier | Period,
}
