using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla;

/// <summary>Collects the policies and options of a <see cref="SlaPolicySet"/>; start one with <see cref="SlaPolicySet.Create"/>.</summary>
public sealed class SlaPolicySetBuilder
{
    private readonly List<SlaPolicy> _policies = [];
    private readonly Dictionary<GroupId, string> _groupCalendars = [];
    private SlaRetargeting _retargeting = SlaRetargeting.RecomputeFromStart;
    private string? _defaultCalendarId;

    internal SlaPolicySetBuilder()
    {
    }

    /// <summary>Adds policies, after those already added (order matters within a kind: the first match applies).</summary>
    /// <param name="policies">The policies.</param>
    /// <returns>This builder.</returns>
    public SlaPolicySetBuilder Add(params SlaPolicy[] policies)
    {
        Guard.Against.NullOrEmpty(policies);
        _policies.AddRange(policies.Select(p => Guard.Against.Null(p, nameof(policies))));
        return this;
    }

    /// <summary>Sets what a target change does to a running clock.</summary>
    /// <param name="retargeting">The option.</param>
    /// <returns>This builder.</returns>
    public SlaPolicySetBuilder WithRetargeting(SlaRetargeting retargeting)
    {
        _retargeting = Guard.Against.EnumOutOfRange(retargeting);
        return this;
    }

    /// <summary>Sets the default calendar, last in the calendar chain.</summary>
    /// <param name="calendarId">The calendar's id.</param>
    /// <returns>This builder.</returns>
    public SlaPolicySetBuilder WithDefaultCalendar(string calendarId)
    {
        _defaultCalendarId = Guard.Against.NullOrWhiteSpace(calendarId);
        return this;
    }

    /// <summary>Gives a group its calendar, second in the chain (after the target's own).</summary>
    /// <param name="group">The group.</param>
    /// <param name="calendarId">The calendar's id.</param>
    /// <returns>This builder.</returns>
    public SlaPolicySetBuilder WithGroupCalendar(GroupId group, string calendarId)
    {
        _groupCalendars[Guard.Against.Default(group)] = Guard.Against.NullOrWhiteSpace(calendarId);
        return this;
    }

    /// <summary>Checks the set and builds it.</summary>
    /// <returns>The policy set.</returns>
    /// <exception cref="InvalidSlaPolicyException">The set is invalid; every problem is listed.</exception>
    public SlaPolicySet Build()
    {
        var set = new SlaPolicySet(_policies, _retargeting, _defaultCalendarId, _groupCalendars);
        var problems = set.Validate(knownCalendarIds: null).ToList();
        return problems.Count == 0 ? set : throw new InvalidSlaPolicyException(problems);
    }
}
