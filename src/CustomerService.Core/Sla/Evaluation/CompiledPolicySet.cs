using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>
/// A policy set laid out for replay: the kinds it uses, each with its policies in order and its metrics, one clock per
/// (kind, metric), and every calendar resolved to its instance.
/// </summary>
internal sealed class CompiledPolicySet
{
    private readonly Dictionary<GroupId, BusinessCalendar> _groupCalendars;

    /// <param name="set">The policy set.</param>
    /// <param name="calendars">The calendars it names.</param>
    /// <param name="exhaustive">
    /// Replay without the shortcuts (every clock stepped on every event, every policy attribute change rebinding) and
    /// measure in NodaTime's nanoseconds even when ticks would do: slower, for tests that check the shortcuts change nothing.
    /// </param>
    public CompiledPolicySet(SlaPolicySet set, CalendarCatalog calendars, bool exhaustive = false)
    {
        Set = set;
        Calendars = calendars;
        DefaultCalendar = calendars.Find(set.DefaultCalendarId);
        _groupCalendars = set.GroupCalendars.ToDictionary(g => g.Key, g => calendars.Find(g.Value)!);
        var kinds = new List<KindPlan>();
        var clock = 0;
        foreach (var kind in Enum.GetValues<SlaPolicyKind>())
        {
            var policies = set.Policies.Where(p => p.Kind == kind).ToArray();
            if (policies.Length == 0)
            {
                continue;
            }

            SlaMetric[] metrics = [.. policies.SelectMany(p => p.Targets).Select(t => t.Metric).Distinct()];
            kinds.Add(new KindPlan(kind, [.. policies.Select(p => new CompiledPolicy(p, metrics, calendars))], metrics, clock));
            clock += metrics.Length;
        }

        Kinds = [.. kinds];

        // Targets are per priority; the other attributes move a clock to another target only if a condition tests them
        // (or, for the group, if groups have calendars).
        BindingFields = exhaustive ? -1
            : set.Policies.SelectMany(p => p.Conditions).Aggregate(EventView.Bit(PolicyField.Priority), (fields, c) => fields | EventView.Bit(c.Field))
                | (_groupCalendars.Count > 0 ? EventView.Bit(PolicyField.Group) : 0);
        ClockCount = clock;
        Clocks = [.. Kinds.SelectMany((k, kindIndex) => k.Metrics.Select((m, metricIndex) => new ClockPlan(kindIndex, metricIndex, m, PauseMasks(k))))];
        ClocksBySignature = [.. Enumerable.Range(0, 64).Select(s => Enumerable.Range(0, ClockCount).Where(c => exhaustive || (Clocks[c].Signatures & (1UL << s)) != 0).ToArray())];
        TicksWillDo = !exhaustive && set.Policies.SelectMany(p => p.Targets).All(t => TickTime.IsWhole(t.Duration) && t.WarningAmounts.ToArray().All(TickTime.IsWhole));
    }

    public SlaPolicySet Set { get; }

    public CalendarCatalog Calendars { get; }

    public BusinessCalendar? DefaultCalendar { get; }

    public KindPlan[] Kinds { get; }

    public ClockPlan[] Clocks { get; }

    /// <summary>Gets, for each event signature (<see cref="EventView.SignatureIndex"/>), the clocks it can move, in order (a list, not a test per clock: the test mispredicts).</summary>
    public int[][] ClocksBySignature { get; }

    public int ClockCount { get; }

    /// <summary>Gets whether every target and warning amount is a whole number of ticks: evaluations whose instants are too are measured in <see cref="TickTime"/>.</summary>
    public bool TicksWillDo { get; }

    /// <summary>Gets the ticket attributes (bits of <see cref="PolicyField"/>) on which the choice of target can depend: a change of another does not rebind.</summary>
    public int BindingFields { get; }

    /// <summary>The pause sets a clock of <paramref name="kind"/> can have: its policies' and, while none applies, the default.</summary>
    private static int[] PauseMasks(KindPlan kind) => [.. kind.Policies.Select(p => p.Policy.PauseMask).Append(default(Binding).PauseMask).Distinct()];

    public Binding Bind(KindPlan kind, int policy, int metric, TicketFacts facts, BusinessCalendar? customerCalendar)
    {
        if (policy < 0)
        {
            return default;
        }

        var compiled = kind.Policies[policy];
        var target = compiled.Target(metric, facts.Priority, out var targetCalendar);
        if (target is null)
        {
            return new Binding(compiled, null, null, SlaCalendarSource.AlwaysOpen);
        }

        if (target.HoursMode == SlaHoursMode.Calendar)
        {
            return new Binding(compiled, target, BusinessCalendar.AlwaysOpen, SlaCalendarSource.AlwaysOpen);
        }

        if (targetCalendar is not null)
        {
            return new Binding(compiled, target, targetCalendar, SlaCalendarSource.Target);
        }

        if (facts.Group is GroupId group && _groupCalendars.TryGetValue(group, out var groupCalendar))
        {
            return new Binding(compiled, target, groupCalendar, SlaCalendarSource.Group);
        }

        if (customerCalendar is not null)
        {
            return new Binding(compiled, target, customerCalendar, SlaCalendarSource.Customer);
        }

        return compiled.Calendar is not null
            ? new Binding(compiled, target, compiled.Calendar, SlaCalendarSource.Policy)
            : new Binding(compiled, target, DefaultCalendar!, SlaCalendarSource.Default);
    }
}

/// <summary>The policies of one kind, in order, and the metrics their targets use.</summary>
internal sealed record KindPlan(SlaPolicyKind Kind, CompiledPolicy[] Policies, SlaMetric[] Metrics, int FirstClock);

/// <summary>One clock: a metric within a kind, with its trigger lists compiled.</summary>
/// <param name="Kind">The policy kind.</param>
/// <param name="MetricIndex">The metric's index within the kind.</param>
/// <param name="Metric">The metric.</param>
/// <param name="PauseMasks">The pause sets the clock's policies can have.</param>
internal sealed record ClockPlan(int Kind, int MetricIndex, SlaMetric Metric, int[] PauseMasks)
{
    public CompiledTriggers Start { get; } = new(Metric.StartWhen, PauseMasks);

    public CompiledTriggers Stop { get; } = new(Metric.StopWhen, PauseMasks);

    public CompiledTriggers Pause { get; } = new(Metric.PauseWhen, PauseMasks);

    public CompiledTriggers Resume { get; } = new(Metric.ResumeWhen, PauseMasks);

    public CompiledTriggers Reset { get; } = new(Metric.ResetWhen, PauseMasks);

    public CompiledTriggers Cancel { get; } = new(Metric.CancelWhen, PauseMasks);

    /// <summary>
    /// Gets the event signatures (<see cref="EventView.Signature"/>) on which one of the clock's triggers can fire, whatever the
    /// other facts and the pause set: the replay does not step the clock for an event of another signature, which cannot move it.
    /// </summary>
    public ulong Signatures => Start.Signatures | Stop.Signatures | Pause.Signatures | Resume.Signatures | Reset.Signatures | Cancel.Signatures;
}

/// <summary>The target that applies to a clock at a moment, with its calendar; <see cref="Target"/> is null when none does.</summary>
internal readonly struct Binding
{
    private const int DefaultPauseMask = 1 << (int)TicketStatus.Pending;

    // Kept here so that the replay reads it without a detour through the policy.
    private readonly int _policyPauseMask;

    public Binding(CompiledPolicy? policy, SlaTarget? target, BusinessCalendar? calendar, SlaCalendarSource source)
    {
        Policy = policy;
        Target = target;
        Calendar = calendar;
        Source = source;
        _policyPauseMask = policy?.Policy.PauseMask ?? 0;
    }

    public CompiledPolicy? Policy { get; }

    public SlaTarget? Target { get; }

    public BusinessCalendar? Calendar { get; }

    public SlaCalendarSource Source { get; }

    /// <summary>Gets the statuses (as bits) the policy pauses in; Pending without a policy (also for <see langword="default"/>).</summary>
    public int PauseMask => Policy is null ? DefaultPauseMask : _policyPauseMask;

    public bool IsBound => Target is not null;

    public bool Same(in Binding other) =>
        ReferenceEquals(Target, other.Target)
        && (Target is null || (ReferenceEquals(Calendar, other.Calendar) && ReferenceEquals(Policy, other.Policy)));
}
