using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla;

/// <summary>
/// Every policy a help desk runs, in order, with the options that hold across them: what a target change does to a
/// running clock (<see cref="Retargeting"/>), the default calendar, and the calendars of groups.
/// </summary>
/// <remarks>
/// Within one <see cref="SlaPolicyKind"/> the first policy that matches a ticket applies; kinds apply side by side.
/// A business-hours target's calendar is the first that is set of: the target's, the ticket group's
/// (<see cref="GroupCalendars"/>), the customer's (<see cref="SlaCustomerContext.CalendarId"/>), the policy's,
/// <see cref="DefaultCalendarId"/>.
/// </remarks>
public sealed class SlaPolicySet : IEquatable<SlaPolicySet>
{
    private readonly SlaPolicy[] _policies;

    internal SlaPolicySet(IEnumerable<SlaPolicy> policies, SlaRetargeting retargeting, string? defaultCalendarId, IDictionary<GroupId, string> groupCalendars)
    {
        _policies = [.. policies];
        Retargeting = retargeting;
        DefaultCalendarId = defaultCalendarId;
        GroupCalendars = new ReadOnlyDictionary<GroupId, string>(new Dictionary<GroupId, string>(groupCalendars));
        Metrics = [.. _policies.SelectMany(p => p.Targets).Select(t => t.Metric).Distinct()];
    }

    /// <summary>Gets the policies, in order.</summary>
    public IReadOnlyList<SlaPolicy> Policies => _policies;

    /// <summary>Gets what a target change does to a running clock; default <see cref="SlaRetargeting.RecomputeFromStart"/>.</summary>
    public SlaRetargeting Retargeting { get; }

    /// <summary>Gets the calendar used when nothing earlier in the chain is set; <see langword="null"/> if none.</summary>
    public string? DefaultCalendarId { get; }

    /// <summary>Gets the calendar of each group that has its own (second in the chain).</summary>
    public IReadOnlyDictionary<GroupId, string> GroupCalendars { get; }

    /// <summary>Gets every metric the targets use, built-in and custom, each once.</summary>
    public IReadOnlyList<SlaMetric> Metrics { get; }

    /// <summary>Gets every calendar id the set names (targets, policies, groups, default).</summary>
    public IEnumerable<string> CalendarIds =>
        _policies.SelectMany(p => p.Targets.Select(t => t.CalendarId).Append(p.CalendarId))
            .Concat(GroupCalendars.Values)
            .Append(DefaultCalendarId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    /// <summary>Starts building a policy set.</summary>
    /// <returns>A builder.</returns>
    public static SlaPolicySetBuilder Create() => new();

    /// <inheritdoc/>
    public bool Equals(SlaPolicySet? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Retargeting == other.Retargeting
            && DefaultCalendarId == other.DefaultCalendarId
            && _policies.SequenceEqual(other._policies)
            && GroupCalendars.Count == other.GroupCalendars.Count
            && GroupCalendars.All(g => other.GroupCalendars.TryGetValue(g.Key, out var id) && id == g.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaPolicySet);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_policies.Length, Retargeting, DefaultCalendarId);

    /// <summary>Returns a summary such as <c>3 policies (Sla: gold v2, standard v1; Ola: billing v1), RecomputeFromStart</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{_policies.Length} policies ({string.Join("; ", _policies.GroupBy(p => p.Kind).Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => $"{p.Id} v{p.Version}"))}"))}), {Retargeting}";

    /// <summary>Every problem of the set: its policies' own, duplicates across them, and calendars missing from <paramref name="knownCalendarIds"/> when given.</summary>
    internal IEnumerable<InputProblem> Validate(IReadOnlySet<string>? knownCalendarIds)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var metrics = new Dictionary<string, SlaMetric>(StringComparer.Ordinal);
        for (var i = 0; i < _policies.Length; i++)
        {
            var policy = _policies[i];
            var path = $"$.policies[{i}]";
            foreach (var problem in policy.Validate(path))
            {
                yield return problem;
            }

            if (!ids.Add(policy.Id))
            {
                yield return new(SlaPolicyProblemCodes.DuplicatePolicy, $"A second policy with the id '{policy.Id}'.", $"{path}.id");
            }

            foreach (var problem in UnknownCalendar(policy.CalendarId, knownCalendarIds, $"{path}.calendar"))
            {
                yield return problem;
            }

            for (var t = 0; t < policy.Targets.Count; t++)
            {
                var target = policy.Targets[t];
                var at = $"{path}.targets[{t}]";
                if (metrics.TryGetValue(target.Metric.Id, out var known) && !known.Equals(target.Metric))
                {
                    yield return new(SlaPolicyProblemCodes.DuplicateMetric, $"Two different metrics are called '{target.Metric.Id}'.", $"{at}.metric");
                }

                metrics.TryAdd(target.Metric.Id, target.Metric);
                foreach (var problem in UnknownCalendar(target.CalendarId, knownCalendarIds, $"{at}.calendar"))
                {
                    yield return problem;
                }

                if (target.HoursMode == SlaHoursMode.Business && (target.CalendarId ?? policy.CalendarId ?? DefaultCalendarId) is null)
                {
                    yield return new(
                        SlaPolicyProblemCodes.NoCalendar,
                        "A business-hours target needs a calendar: give the target, its policy or the policy set one.",
                        at);
                }
            }
        }

        foreach (var (group, calendarId) in GroupCalendars.OrderBy(g => g.Key.Value))
        {
            foreach (var problem in UnknownCalendar(calendarId, knownCalendarIds, $"$.groupCalendars['{group}']"))
            {
                yield return problem;
            }
        }

        foreach (var problem in UnknownCalendar(DefaultCalendarId, knownCalendarIds, "$.defaultCalendar"))
        {
            yield return problem;
        }
    }

    private static IEnumerable<InputProblem> UnknownCalendar(string? calendarId, IReadOnlySet<string>? known, string path)
    {
        if (calendarId is not null && known is not null && !known.Contains(calendarId))
        {
            yield return new(SlaPolicyProblemCodes.UnknownCalendar, $"No calendar has the id '{InputText.Quote(calendarId)}'.", path);
        }
    }
}
