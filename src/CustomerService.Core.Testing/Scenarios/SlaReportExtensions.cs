using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime.Text;

namespace CustomerService.Core.Testing.Scenarios;

/// <summary>Finding the one state a test asserts on in an <see cref="SlaReport"/>.</summary>
public static class SlaReportExtensions
{
    /// <summary>
    /// Returns the one state of <paramref name="metric"/> in the report that also matches every filter given, such as
    /// <c>report.StateOf(SlaMetric.NextReply, cycle: 2)</c> or <c>report.StateOf(SlaMetric.Resolution, kind: SlaPolicyKind.Ola)</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="cycle">The cycle, from 1; <see langword="null"/> for any.</param>
    /// <param name="kind">The policy kind; <see langword="null"/> for any.</param>
    /// <param name="policyId">The policy's id; <see langword="null"/> for any.</param>
    /// <param name="priority">The priority of the target in force; <see langword="null"/> for any.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="metric"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// No state matches, or more than one does; the message lists every state the report has, so a failing test says
    /// what the engine did find.
    /// </exception>
    public static SlaTargetState StateOf(
        this SlaReport report,
        SlaMetric metric,
        int? cycle = null,
        SlaPolicyKind? kind = null,
        string? policyId = null,
        Priority? priority = null)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(metric);
        var matches = report.For(metric)
            .Where(s => (cycle is null || s.Cycle == cycle)
                && (kind is null || s.Kind == kind)
                && (policyId is null || s.PolicyId == policyId)
                && (priority is null || s.Target.Priority == priority))
            .Take(2)
            .ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        var wanted = Wanted(metric, cycle, kind, policyId, priority);
        var at = InstantPattern.General.Format(report.EvaluatedAt);
        throw new InvalidOperationException(matches.Count == 0
            ? $"The report at {at} has no state of {wanted}. {Existing(report)}"
            : $"The report at {at} has more than one state of {wanted}: say which with cycle, kind, policyId or priority. {Existing(report)}");
    }

    private static string Wanted(SlaMetric metric, int? cycle, SlaPolicyKind? kind, string? policyId, Priority? priority)
    {
        var filters = new List<string>();
        if (cycle is { } c)
        {
            filters.Add($"cycle {c}");
        }

        if (kind is { } k)
        {
            filters.Add($"kind {k}");
        }

        if (policyId is not null)
        {
            filters.Add($"policy {policyId}");
        }

        if (priority is { } p)
        {
            filters.Add($"priority {p}");
        }

        return filters.Count == 0 ? metric.Id : $"{metric.Id} with {string.Join(", ", filters)}";
    }

    private static string Existing(SlaReport report) =>
        report.Targets.Count == 0
            ? "It has no states at all: no policy's targets applied to the ticket."
            : "It has:" + string.Concat(report.Targets.Select(t => Environment.NewLine + "  " + t));
}
