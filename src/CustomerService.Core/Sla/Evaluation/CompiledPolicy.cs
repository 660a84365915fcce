using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>A policy with its conditions compiled and its targets laid out by (metric of the kind, priority).</summary>
internal sealed class CompiledPolicy
{
    private const int Priorities = (int)Priority.Urgent + 1;

    private readonly SlaTarget?[] _targets;
    private readonly BusinessCalendar?[] _targetCalendars;

    public CompiledPolicy(SlaPolicy policy, SlaMetric[] kindMetrics, CalendarCatalog calendars)
    {
        Policy = policy;
        Conditions = [.. policy.Conditions.Select(c => new CompiledCondition(c))];
        Calendar = calendars.Find(policy.CalendarId);
        _targets = new SlaTarget?[kindMetrics.Length * Priorities];
        _targetCalendars = new BusinessCalendar?[_targets.Length];
        foreach (var target in policy.Targets)
        {
            var slot = (System.Array.IndexOf(kindMetrics, target.Metric) * Priorities) + (int)target.Priority;
            _targets[slot] = target;
            _targetCalendars[slot] = calendars.Find(target.CalendarId);
        }
    }

    public SlaPolicy Policy { get; }

    public CompiledCondition[] Conditions { get; }

    public BusinessCalendar? Calendar { get; }

    public bool Matches(TicketFacts facts)
    {
        if (Conditions.Length == 0)
        {
            return true;
        }

        var any = Policy.Match == PolicyMatch.Any;
        foreach (var condition in Conditions)
        {
            if (condition.Holds(facts) == any)
            {
                return any;
            }
        }

        return !any;
    }

    public SlaTarget? Target(int metric, Priority priority, out BusinessCalendar? targetCalendar)
    {
        var slot = (metric * Priorities) + (int)priority;
        targetCalendar = _targetCalendars[slot];
        return _targets[slot];
    }
}
