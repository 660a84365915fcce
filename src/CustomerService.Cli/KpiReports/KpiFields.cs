using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using NodaTime.Text;

namespace CustomerService.Cli.KpiReports;

/// <summary>
/// The KPIs every output shows, in one order, with the label a person reads and the name a program reads
/// (JSON properties, CSV columns): one list, so the table, CSV, JSON and HTML never disagree.
/// </summary>
internal static class KpiFields
{
    public static IReadOnlyList<(string Label, string Name, Func<KpiFigures, KpiTime> Get)> Times { get; } =
    [
        ("first response time", "firstResponseTime", f => f.FirstResponseTime),
        ("response time", "responseTime", f => f.ResponseTime),
        ("first resolution time", "firstResolutionTime", f => f.FirstResolutionTime),
        ("full resolution time", "fullResolutionTime", f => f.FullResolutionTime),
        ("requester wait time", "requesterWaitTime", f => f.RequesterWaitTime),
        ("agent work time", "agentWorkTime", f => f.AgentWorkTime),
        ("on-hold time", "onHoldTime", f => f.OnHoldTime),
    ];

    public static IReadOnlyList<(string Label, string Name, Func<KpiFigures, KpiRate> Get)> Rates { get; } =
    [
        ("first contact resolution", "firstContactResolution", f => f.FirstContactResolution),
        ("one-touch resolution", "oneTouchResolution", f => f.OneTouchResolution),
        ("reopens (of solves)", "reopens", f => f.Reopens),
    ];

    /// <summary>The dimensions in the order of <see cref="KpiGroupKey"/>, each with its name on the command line and in outputs.</summary>
    public static IReadOnlyList<(KpiDimensions Dimension, string Name)> Dimensions { get; } =
    [
        (KpiDimensions.Agent, "agent"),
        (KpiDimensions.Group, "group"),
        (KpiDimensions.Channel, "channel"),
        (KpiDimensions.Priority, "priority"),
        (KpiDimensions.CustomerTier, "tier"),
        (KpiDimensions.Period, "period"),
    ];

    /// <summary>The grouping's name: its dimensions joined by <c>+</c>, such as <c>agent+period</c>.</summary>
    public static string NameOf(KpiDimensions grouping) =>
        string.Join('+', Dimensions.Where(d => (grouping & d.Dimension) != 0).Select(d => d.Name));

    /// <summary>The value of one dimension of a key, as text; <c>none</c> for a ticket without it.</summary>
    public static string ValueOf(KpiGroupKey key, KpiDimensions dimension) => dimension switch
    {
        KpiDimensions.Agent => key.Agent?.ToString(),
        KpiDimensions.Group => key.Group?.ToString(),
        KpiDimensions.Channel => key.Channel?.Name,
        KpiDimensions.Priority => key.Priority is { } p ? SlaJsonNames.Priority.Of(p) : null,
        KpiDimensions.CustomerTier => key.CustomerTier?.Name,
        _ => key.PeriodStart is { } start ? LocalDatePattern.Iso.Format(start) : null,
    } ?? "none";

    /// <summary>SLA achievement over every metric and priority of the SLA policies: achieved of achieved plus breached.</summary>
    public static KpiRate Sla(KpiFigures figures) =>
        figures.SlaAchievements.Where(a => a.Kind == SlaPolicyKind.Sla).Aggregate(default(KpiRate), (sum, a) => sum.Merge(a.Rate));
}
