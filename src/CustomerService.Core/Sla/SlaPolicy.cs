using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Sla;

/// <summary>
/// A service-level policy: which tickets it covers (<see cref="Conditions"/>) and what it promises for them
/// (<see cref="Targets"/>, per metric and priority). Immutable; build one with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// Policies of one <see cref="Kind"/> are ordered in their <see cref="SlaPolicySet"/>: the first that matches a ticket
/// applies. A state the engine reports names the policy's <see cref="Id"/> and <see cref="Version"/>.
/// </remarks>
public sealed class SlaPolicy : IEquatable<SlaPolicy>
{
    private readonly PolicyCondition[] _conditions;
    private readonly SlaTarget[] _targets;
    private readonly TicketStatus[] _pauseStatuses;

    internal SlaPolicy(
        string id,
        int version,
        SlaPolicyKind kind,
        PolicyMatch match,
        IEnumerable<PolicyCondition> conditions,
        IEnumerable<SlaTarget> targets,
        string? calendarId,
        IEnumerable<TicketStatus> pauseStatuses)
    {
        Id = id;
        Version = version;
        Kind = kind;
        Match = match;
        _conditions = [.. conditions];
        _targets = [.. targets];
        CalendarId = calendarId;
        _pauseStatuses = [.. pauseStatuses.Distinct().Order()];
        PauseMask = _pauseStatuses.Aggregate(0, (mask, s) => mask | (1 << (int)s));
    }

    /// <summary>Gets the policy's id: lowercase letters, digits, '-' and '_'.</summary>
    public string Id { get; }

    /// <summary>Gets the policy's version, 1 or more; a backtest compares two versions.</summary>
    public int Version { get; }

    /// <summary>Gets whom the promises are made to.</summary>
    public SlaPolicyKind Kind { get; }

    /// <summary>Gets how <see cref="Conditions"/> combine.</summary>
    public PolicyMatch Match { get; }

    /// <summary>Gets the conditions a ticket must meet; none means every ticket.</summary>
    public IReadOnlyList<PolicyCondition> Conditions => _conditions;

    /// <summary>Gets the targets, one per metric and priority.</summary>
    public IReadOnlyList<SlaTarget> Targets => _targets;

    /// <summary>Gets the policy's calendar, fourth in the calendar chain; <see langword="null"/> if it has none.</summary>
    public string? CalendarId { get; }

    /// <summary>Gets the statuses in which <see cref="SlaMetric.Resolution"/> (and any metric using the policy's pause set) pauses; default Pending.</summary>
    public IReadOnlyList<TicketStatus> PauseStatuses => _pauseStatuses;

    internal int PauseMask { get; }

    /// <summary>Starts building a policy.</summary>
    /// <param name="id">The policy's id: 1 to 64 lowercase letters, digits, '-' or '_', starting with a letter.</param>
    /// <param name="version">The version, 1 or more.</param>
    /// <param name="kind">Whom the promises are made to.</param>
    /// <returns>A builder.</returns>
    public static SlaPolicyBuilder Create(string id, int version = 1, SlaPolicyKind kind = SlaPolicyKind.Sla) =>
        new(Guard.Against.NullOrWhiteSpace(id), version, Guard.Against.EnumOutOfRange(kind));

    /// <summary>Finds the target for <paramref name="metric"/> and <paramref name="priority"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="priority">The priority.</param>
    /// <returns>The target, or <see langword="null"/> if the policy promises nothing for that pair.</returns>
    public SlaTarget? FindTarget(SlaMetric metric, Priority priority)
    {
        Guard.Against.Null(metric);
        return Array.Find(_targets, t => t.Priority == priority && t.Metric.Equals(metric));
    }

    /// <inheritdoc/>
    public bool Equals(SlaPolicy? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Version == other.Version
            && Kind == other.Kind
            && Match == other.Match
            && CalendarId == other.CalendarId
            && _conditions.SequenceEqual(other._conditions)
            && _targets.SequenceEqual(other._targets)
            && _pauseStatuses.SequenceEqual(other._pauseStatuses));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Version, Kind, _targets.Length);

    /// <summary>Returns the policy as text, such as <c>gold v3 (Sla, 8 targets)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} v{Version} ({Kind}, {_targets.Length} targets)";

    /// <summary>Every problem of this policy on its own, with paths relative to it.</summary>
    internal IEnumerable<InputProblem> Validate(string path)
    {
        if (!Slug.IsValid(Id))
        {
            yield return new(SlaPolicyProblemCodes.InvalidId, $"A policy id is {Slug.Rule}.", $"{path}.id");
        }

        if (Version < 1)
        {
            yield return new(SlaPolicyProblemCodes.InvalidVersion, "A policy version is 1 or more.", $"{path}.version");
        }

        for (var i = 0; i < _conditions.Length; i++)
        {
            var condition = _conditions[i];
            if (condition.Values.Count == 0)
            {
                yield return new(
                    SlaPolicyProblemCodes.ConditionNeverMatches,
                    condition.IsNegated ? "A 'not in' condition with no values always holds; remove it." : "An 'in' condition with no values can never match.",
                    $"{path}.conditions[{i}]");
            }

            foreach (var unknown in UnknownValues(condition))
            {
                yield return new(
                    SlaPolicyProblemCodes.ConditionNeverMatches,
                    $"'{InputText.Quote(unknown)}' is not a valid {PolicyCondition.FieldName(condition.Field)} value.",
                    $"{path}.conditions[{i}]");
            }
        }

        for (var i = 0; i < _pauseStatuses.Length; i++)
        {
            if (_pauseStatuses[i] is TicketStatus.Solved or TicketStatus.Closed)
            {
                yield return new(SlaPolicyProblemCodes.InvalidPauseStatus, $"A clock cannot pause in {_pauseStatuses[i]}: it has stopped there.", $"{path}.pauseStatuses");
            }
        }

        if (_targets.Length == 0)
        {
            yield return new(SlaPolicyProblemCodes.NoTargets, "A policy needs at least one target.", $"{path}.targets");
        }

        var seen = new HashSet<(string, Priority)>();
        for (var i = 0; i < _targets.Length; i++)
        {
            var target = _targets[i];
            var at = $"{path}.targets[{i}]";
            if (!seen.Add((target.Metric.Id, target.Priority)))
            {
                yield return new(SlaPolicyProblemCodes.DuplicateTarget, $"A second target for {target.Metric.Id} at {target.Priority} priority.", at);
            }

            if (target.Duration < Duration.FromSeconds(1))
            {
                yield return new(SlaPolicyProblemCodes.NonPositiveTarget, "A target is at least one second.", $"{at}.duration");
            }

            for (var w = 0; w < target.Warnings.Count; w++)
            {
                if (!target.Warnings[w].FallsInside(target.Duration))
                {
                    yield return new(
                        SlaPolicyProblemCodes.WarningOutsideTarget,
                        $"The warning {target.Warnings[w]} does not fall inside the target's {DurationText.Format(target.Duration)}.",
                        $"{at}.warnings[{w}]");
                }
            }
        }
    }

    private static IEnumerable<string> UnknownValues(PolicyCondition condition) => condition.Field switch
    {
        PolicyField.Priority => condition.Values.Where(v => !Enum.GetValues<Priority>().Any(p => PolicyCondition.PriorityText(p) == v)),
        PolicyField.Channel or PolicyField.CustomerTier => condition.Values.Where(v => !Slug.IsValid(v)),
        PolicyField.Group => condition.Values.Where(v => !GroupId.TryParse(v, out _)),
        _ => [],
    };
}
