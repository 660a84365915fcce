using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Sla;

/// <summary>Collects a policy's conditions and targets; start one with <see cref="SlaPolicy.Create"/>.</summary>
/// <remarks><see cref="Build"/> checks the whole policy and reports every problem in one <see cref="InvalidSlaPolicyException"/>.</remarks>
public sealed class SlaPolicyBuilder
{
    private readonly string _id;
    private readonly int _version;
    private readonly SlaPolicyKind _kind;
    private readonly List<PolicyCondition> _conditions = [];
    private readonly List<SlaTarget> _targets = [];
    private PolicyMatch _match = PolicyMatch.All;
    private string? _calendarId;
    private TicketStatus[] _pauseStatuses = [TicketStatus.Pending];

    internal SlaPolicyBuilder(string id, int version, SlaPolicyKind kind)
    {
        _id = id;
        _version = version;
        _kind = kind;
    }

    /// <summary>Adds conditions a ticket must meet (all of them, unless <see cref="MatchingAny"/>).</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder When(params PolicyCondition[] conditions)
    {
        Guard.Against.NullOrEmpty(conditions);
        _conditions.AddRange(conditions.Select(c => Guard.Against.Null(c, nameof(conditions))));
        return this;
    }

    /// <summary>Makes the policy match a ticket that meets any one of its conditions.</summary>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder MatchingAny()
    {
        _match = PolicyMatch.Any;
        return this;
    }

    /// <summary>Sets the policy's calendar (fourth in the calendar chain).</summary>
    /// <param name="calendarId">The calendar's id.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithCalendar(string calendarId)
    {
        _calendarId = Guard.Against.NullOrWhiteSpace(calendarId);
        return this;
    }

    /// <summary>Sets the statuses in which Resolution pauses (default: Pending); none means it never pauses.</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder PausedWhile(params TicketStatus[] statuses)
    {
        Guard.Against.Null(statuses);
        _pauseStatuses = [.. statuses.Select(s => Guard.Against.EnumOutOfRange(s, nameof(statuses)))];
        return this;
    }

    /// <summary>Adds a target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithTarget(SlaTarget target)
    {
        _targets.Add(Guard.Against.Null(target));
        return this;
    }

    /// <summary>Adds a target.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="priority">The priority it applies to.</param>
    /// <param name="duration">How long the metric may take.</param>
    /// <param name="hoursMode">Which hours count.</param>
    /// <param name="warnings">The warning thresholds.</param>
    /// <returns>This builder.</returns>
    public SlaPolicyBuilder WithTarget(SlaMetric metric, Priority priority, Duration duration, SlaHoursMode hoursMode = SlaHoursMode.Business, params SlaWarningThreshold[] warnings) =>
        WithTarget(new SlaTarget(metric, priority, duration, hoursMode, warnings: warnings));

    /// <summary>Checks the policy and builds it.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidSlaPolicyException">The policy is invalid; every problem is listed.</exception>
    public SlaPolicy Build()
    {
        var policy = new SlaPolicy(_id, _version, _kind, _match, _conditions, _targets, _calendarId, _pauseStatuses);
        var problems = policy.Validate("$").ToList();
        return problems.Count == 0 ? policy : throw new InvalidSlaPolicyException(problems);
    }
}
