using System;
using System.Text;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Kpis;

/// <summary>
/// Which group a set of KPI figures belongs to: the grouping's <see cref="Dimensions"/> and, for
/// each of them, the value. A dimension outside <see cref="Dimensions"/> is always
/// <see langword="null"/>; inside, <see langword="null"/> means "none" (an unassigned ticket, an
/// unknown tier).
/// </summary>
/// <param name="Dimensions">The dimensions of the grouping.</param>
/// <param name="Agent">The assigned agent, with <see cref="KpiDimensions.Agent"/>; <see langword="null"/> for unassigned tickets.</param>
/// <param name="Group">The assigned group, with <see cref="KpiDimensions.Group"/>; <see langword="null"/> for tickets in no group.</param>
/// <param name="Channel">The channel, with <see cref="KpiDimensions.Channel"/>.</param>
/// <param name="Priority">The priority, with <see cref="KpiDimensions.Priority"/>.</param>
/// <param name="CustomerTier">The customer's tier, with <see cref="KpiDimensions.CustomerTier"/>; <see langword="null"/> when not given.</param>
/// <param name="PeriodStart">The first local date of the period, with <see cref="KpiDimensions.Period"/>.</param>
public readonly record struct KpiGroupKey(
    KpiDimensions Dimensions,
    AgentId? Agent = null,
    GroupId? Group = null,
    Channel? Channel = null,
    Priority? Priority = null,
    CustomerTier? CustomerTier = null,
    LocalDate? PeriodStart = null)
{
    /// <summary>
    /// Orders keys by dimensions, then agent, group, channel, priority, tier and period (none
    /// first): the order of <see cref="KpiReport.Groups"/>.
    /// </summary>
    internal static int Compare(KpiGroupKey key, KpiGroupKey other)
    {
        var result = key.Dimensions.CompareTo(other.Dimensions);
        result = result != 0 ? result : Nullable.Compare(key.Agent?.Value, other.Agent?.Value);
        result = result != 0 ? result : Nullable.Compare(key.Group?.Value, other.Group?.Value);
        result = result != 0 ? result : string.CompareOrdinal(key.Channel?.Name, other.Channel?.Name);
        result = result != 0 ? result : Nullable.Compare(key.Priority, other.Priority);
        result = result != 0 ? result : string.CompareOrdinal(key.CustomerTier?.Name, other.CustomerTier?.Name);
        return result != 0 ? result : Nullable.Compare(key.PeriodStart, other.PeriodStart);
    }

    /// <summary>Describes the key, such as <c>Agent=7c9e…, Period=2025-03-03</c>.</summary>
    /// <returns>The text; no personal data (ids and names of labels only).</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var dimensions = Dimensions;
        void Part(KpiDimensions dimension, string? value)
        {
            if ((dimensions & dimension) != 0)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(dimension).Append('=').Append(value ?? "none");
            }
        }

        Part(KpiDimensions.Agent, Agent?.ToString());
        Part(KpiDimensions.Group, Group?.ToString());
        Part(KpiDimensions.Channel, Channel?.Name);
        Part(KpiDimensions.Priority, Priority?.ToString());
        Part(KpiDimensions.CustomerTier, CustomerTier?.Name);
        Part(KpiDimensions.Period, PeriodStart is { } start ? LocalDatePattern.Iso.Format(start) : null);
        return text.Length == 0 ? "overall" : text.ToString();
    }
}
