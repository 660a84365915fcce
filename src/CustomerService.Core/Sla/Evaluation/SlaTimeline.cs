using System;
using System.Collections.Generic;
using CustomerService.Core.Calendars;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Sla.Evaluation;

internal enum ClockPhase : byte
{
    Idle,
    Running,
    Paused,
    Stopped,
    Cancelled,
}

internal enum CycleEnd : byte
{
    Open,
    Stopped,
    Cancelled,
    Reset,
}

/// <summary>
/// The replay of a ticket's history against a compiled policy set: for each clock, its cycles, the segments in which
/// each cycle ran and the targets bound to it over time. Reused between evaluations on one thread so that replaying
/// allocates nothing once warm.
/// </summary>
internal sealed class SlaTimeline
{
    [ThreadStatic]
    private static SlaTimeline? _cached;

    private ClockState[] _clocks = new ClockState[8];
    private readonly int[] _selected = new int[3];

    public TicketFacts Facts { get; } = new();

    public CycleRecord[] Cycles { get; private set; } = new CycleRecord[16];

    public int CycleCount { get; private set; }

    public SegmentRecord[] Segments { get; private set; } = new SegmentRecord[32];

    public int SegmentCount { get; private set; }

    public ChangeRecord[] Changes { get; private set; } = new ChangeRecord[8];

    public int ChangeCount { get; private set; }

    public Instant Now { get; private set; }

    /// <summary>Gets whether the evaluation instant and every event replayed are whole ticks (see <see cref="TickTime"/>).</summary>
    public bool WholeTicks { get; private set; }

    private int[] _periods = new int[4];

    /// <summary>Scratch for the engine: the states of the report being built; cleared on release so that nothing is kept alive.</summary>
    public List<SlaTargetState> States { get; } = new(8);

    /// <summary>Takes the thread's timeline (or a new one if it is in use); give it back with <see cref="Release"/>.</summary>
    public static SlaTimeline Rent()
    {
        var timeline = _cached ?? new SlaTimeline();
        _cached = null;
        return timeline;
    }

    public static void Release(SlaTimeline timeline)
    {
        timeline.States.Clear();
        _cached = timeline;
    }

    public void Run(CompiledPolicySet plan, IReadOnlyList<ITicketEvent> history, Instant now, CustomerService.Core.Customers.CustomerTier tier, BusinessCalendar? customerCalendar)
    {
        Now = now;
        CycleCount = 0;
        SegmentCount = 0;
        ChangeCount = 0;
        Facts.Reset(tier);
        if (_clocks.Length < plan.ClockCount)
        {
            _clocks = new ClockState[plan.ClockCount];
        }

        Array.Clear(_clocks, 0, plan.ClockCount);
        for (var k = 0; k < plan.Kinds.Length; k++)
        {
            _selected[k] = -1;
        }

        var previous = Instant.MinValue;
        var wholeTicks = TickTime.IsWhole(now);
        var count = history.Count;
        var i = 0;
        for (; i < count; i++)
        {
            var e = history[i];
            var at = EventView.TypeOf(e, out var type);
            if (e is null || at < previous)
            {
                throw NotInOrder(history, i);
            }

            previous = at;
            if (at > now)
            {
                break;
            }

            wholeTicks &= TickTime.IsWhole(at);
            var view = EventView.Read(type, e, Facts, out var changed);
            var rebound = (changed & plan.BindingFields) != 0 && Rebind(plan, customerCalendar);
            var signature = view.SignatureIndex;
            if (signature >= 0)
            {
                var bit = 1UL << signature;
                foreach (var c in plan.ClocksBySignature[signature])
                {
                    Step(plan.Clocks[c], ref _clocks[c], c, in view, bit, at);
                }
            }

            if (rebound)
            {
                RecordTargetChanges(plan, at);
            }
        }

        // The events after the evaluation instant are not replayed, but a history out of order is refused whatever the instant.
        for (i++; i < count; i++)
        {
            var at = history[i]?.OccurredAt;
            if (at is not Instant instant || instant < previous)
            {
                throw NotInOrder(history, i);
            }

            previous = instant;
        }

        for (var c = 0; c < plan.ClockCount; c++)
        {
            ref var clock = ref _clocks[c];
            if (clock.Cycle >= 0 && clock.Phase is ClockPhase.Running or ClockPhase.Paused)
            {
                Cycles[clock.Cycle].FinalPhase = clock.Phase;
            }
        }

        WholeTicks = wholeTicks;
        ShareSegments();
    }

    /// <summary>
    /// Points each cycle that ran over the same segments as an earlier one (resolution and agent work time often pause alike)
    /// to that cycle's list, so that the open times remembered in it serve both. Cycles that start at the same instant are
    /// recorded next to each other, so only those are compared.
    /// </summary>
    private void ShareSegments()
    {
        for (var c = 1; c < CycleCount; c++)
        {
            ref var cycle = ref Cycles[c];
            for (var other = c - 1; other >= 0 && Cycles[other].Start == cycle.Start; other--)
            {
                if (SameSegments(Cycles[other].FirstSegment, cycle.FirstSegment))
                {
                    cycle.FirstSegment = Cycles[other].FirstSegment;
                    break;
                }
            }
        }
    }

    private bool SameSegments(int a, int b)
    {
        for (; a >= 0 && b >= 0; a = Segments[a].Next, b = Segments[b].Next)
        {
            if (!Segments[a].SameAs(in Segments[b]))
            {
                return false;
            }
        }

        return a == b;
    }

    private static ArgumentException NotInOrder(IReadOnlyList<ITicketEvent> history, int index) =>
        new($"The history is not in order at event {index}.", nameof(history));

    /// <summary>Selects each kind's policy again and rebinds every clock; true if any binding moved.</summary>
    private bool Rebind(CompiledPolicySet plan, BusinessCalendar? customerCalendar)
    {
        var moved = false;
        for (var k = 0; k < plan.Kinds.Length; k++)
        {
            var kind = plan.Kinds[k];
            var selected = -1;
            for (var p = 0; p < kind.Policies.Length; p++)
            {
                if (kind.Policies[p].Matches(Facts))
                {
                    selected = p;
                    break;
                }
            }

            _selected[k] = selected;
            for (var m = 0; m < kind.Metrics.Length; m++)
            {
                ref var clock = ref _clocks[kind.FirstClock + m];
                var binding = plan.Bind(kind, selected, m, Facts, customerCalendar);
                if (binding.Same(clock.Binding))
                {
                    continue;
                }

                clock.Binding = binding;
                moved = true;
            }
        }

        return moved;
    }

    /// <summary>
    /// Records a change of target on every cycle still running after the event at <paramref name="at"/> whose binding moved.
    /// Done after the event has stepped the clocks: a cycle that the same event stops, cancels or resets never ran under
    /// the new target, so it keeps the one it ran under (and gets no period of zero length).
    /// </summary>
    private void RecordTargetChanges(CompiledPolicySet plan, Instant at)
    {
        for (var c = 0; c < plan.ClockCount; c++)
        {
            ref var clock = ref _clocks[c];
            if (clock.Phase is ClockPhase.Running or ClockPhase.Paused && !Changes[Cycles[clock.Cycle].LastChange].Binding.Same(clock.Binding))
            {
                AddChange(clock.Cycle, at, in clock.Binding);
            }
        }
    }

    private void Step(ClockPlan plan, ref ClockState clock, int clockIndex, in EventView view, ulong signature, Instant at)
    {
        var pauseMask = clock.Binding.PauseMask;
        if (clock.Phase is ClockPhase.Running or ClockPhase.Paused)
        {
            if (plan.Cancel.Any(in view, signature, pauseMask))
            {
                EndCycle(ref clock, at, CycleEnd.Cancelled, ClockPhase.Cancelled);
                return;
            }

            if (plan.Stop.Any(in view, signature, pauseMask))
            {
                EndCycle(ref clock, at, CycleEnd.Stopped, ClockPhase.Stopped);
            }
        }

        var started = false;
        if (clock.Phase is ClockPhase.Idle or ClockPhase.Stopped or ClockPhase.Cancelled && plan.Start.Any(in view, signature, pauseMask))
        {
            if (clock.Phase == ClockPhase.Stopped && !plan.Metric.Repeats)
            {
                Continue(ref clock, at);
                started = true;
            }
            else if (clock.Phase == ClockPhase.Idle || plan.Metric.Repeats)
            {
                StartCycle(ref clock, clockIndex, at);
                started = true;
            }
        }

        if (!started && clock.Phase is ClockPhase.Running or ClockPhase.Paused && plan.Reset.Any(in view, signature, pauseMask))
        {
            EndCycle(ref clock, at, CycleEnd.Reset, ClockPhase.Cancelled);
            StartCycle(ref clock, clockIndex, at);
        }

        if (clock.Phase == ClockPhase.Running && plan.Pause.Any(in view, signature, pauseMask))
        {
            CloseSegment(ref clock, at, byPause: true);
            Cycles[clock.Cycle].Paused = true;
            clock.Phase = ClockPhase.Paused;
        }
        else if (clock.Phase == ClockPhase.Paused && plan.Resume.Any(in view, signature, pauseMask) && !plan.Pause.Any(in view, signature, pauseMask))
        {
            OpenSegment(ref clock, at);
            clock.Phase = ClockPhase.Running;
        }
    }

    private void StartCycle(ref ClockState clock, int clockIndex, Instant at)
    {
        clock.Number++;
        if (CycleCount == Cycles.Length)
        {
            Cycles = Grow(Cycles);
        }

        clock.Cycle = CycleCount++;
        Cycles[clock.Cycle].Begin(clockIndex, clock.Number, at);
        AddChange(clock.Cycle, at, in clock.Binding);
        OpenSegment(ref clock, at);
        clock.Phase = ClockPhase.Running;
    }

    /// <summary>A non-repeating clock starts again after a stop: the same cycle goes on with the time already used.</summary>
    private void Continue(ref ClockState clock, Instant at)
    {
        ref var cycle = ref Cycles[clock.Cycle];
        cycle.End = CycleEnd.Open;
        if (!Changes[cycle.LastChange].Binding.Same(clock.Binding))
        {
            AddChange(clock.Cycle, at, in clock.Binding);
        }

        OpenSegment(ref clock, at);
        clock.Phase = ClockPhase.Running;
    }

    private void EndCycle(ref ClockState clock, Instant at, CycleEnd end, ClockPhase phase)
    {
        if (clock.Phase == ClockPhase.Running)
        {
            CloseSegment(ref clock, at, byPause: false);
        }

        ref var cycle = ref Cycles[clock.Cycle];
        cycle.End = end;
        cycle.EndAt = at;
        clock.Phase = phase;
    }

    private void OpenSegment(ref ClockState clock, Instant at)
    {
        if (SegmentCount == Segments.Length)
        {
            Segments = Grow(Segments);
        }

        var index = SegmentCount++;
        Segments[index].Begin(at);
        ref var cycle = ref Cycles[clock.Cycle];
        if (cycle.LastSegment < 0)
        {
            cycle.FirstSegment = index;
        }
        else
        {
            Segments[cycle.LastSegment].Next = index;
        }

        cycle.LastSegment = index;
    }

    private void CloseSegment(ref ClockState clock, Instant at, bool byPause)
    {
        ref var segment = ref Segments[Cycles[clock.Cycle].LastSegment];
        segment.To = at;
        segment.ToTicks = at.ToUnixTimeTicks();
        segment.IsOpen = false;
        segment.EndedByPause = byPause;
    }

    private void AddChange(int cycleIndex, Instant at, in Binding binding)
    {
        if (ChangeCount == Changes.Length)
        {
            Changes = Grow(Changes);
        }

        var index = ChangeCount++;
        Changes[index].Set(at, in binding);
        ref var cycle = ref Cycles[cycleIndex];
        if (cycle.LastChange < 0)
        {
            cycle.FirstChange = index;
        }
        else
        {
            Changes[cycle.LastChange].Next = index;
        }

        cycle.LastChange = index;
    }

    /// <summary>The changes of target of <paramref name="cycle"/>, in order, as indices into <see cref="Changes"/> (valid until the next call).</summary>
    public ReadOnlySpan<int> Periods(in CycleRecord cycle)
    {
        var count = 0;
        for (var c = cycle.FirstChange; c >= 0; c = Changes[c].Next)
        {
            if (count == _periods.Length)
            {
                _periods = Grow(_periods);
            }

            _periods[count++] = c;
        }

        return _periods.AsSpan(0, count);
    }

    private static T[] Grow<T>(T[] array)
    {
        Array.Resize(ref array, array.Length * 2);
        return array;
    }

    private struct ClockState
    {
        public ClockPhase Phase;
        public int Cycle;
        public int Number;
        public Binding Binding;
    }
}

// The records live in arrays reused from one evaluation to the next; they are set field by field in place, because a new
// record built on the stack and copied in whole stalls the processor on reading back its own parts.

/// <summary>One cycle of one clock; once the replay is over, its segments may be those of another cycle that ran alike.</summary>
internal struct CycleRecord
{
    public int Clock;
    public int Number;
    public Instant Start;
    public Instant EndAt;
    public CycleEnd End;
    public ClockPhase FinalPhase;

    /// <summary>Whether the clock paused in this cycle (so that a cycle without pauses is not walked for them).</summary>
    public bool Paused;
    public int FirstSegment;
    public int LastSegment;
    public int FirstChange;
    public int LastChange;

    public void Begin(int clock, int number, Instant start)
    {
        Clock = clock;
        Number = number;
        Start = start;
        EndAt = default;
        End = CycleEnd.Open;
        FinalPhase = ClockPhase.Idle;
        Paused = false;
        FirstSegment = LastSegment = FirstChange = LastChange = -1;
    }
}

/// <summary>A stretch in which a cycle's clock ran: [From, To), or [From, now) while open.</summary>
internal struct SegmentRecord
{
    public Instant From;
    public Instant To;

    // The same in ticks (floored), read by the measuring in ticks in every walk instead of converting each time.
    public long FromTicks;
    public long ToTicks;
    public bool IsOpen;
    public bool EndedByPause;
    public int Next;

    // The open time last measured in this segment and in the pause after it, so that a state's several walks (elapsed, due,
    // warnings), and the states of other cycles run over the same segments, ask the calendar once.
    public MeasuredSpan Counted;
    public MeasuredSpan Paused;

    public void Begin(Instant from)
    {
        From = from;
        FromTicks = from.ToUnixTimeTicks();
        To = default;
        IsOpen = true;
        EndedByPause = false;
        Next = -1;
        Counted.Clear();
        Paused.Clear();
    }

    /// <summary>Whether this segment and <paramref name="other"/> ran over the same stretch and ended the same way.</summary>
    public readonly bool SameAs(in SegmentRecord other) =>
        From == other.From && IsOpen == other.IsOpen && (IsOpen || (To == other.To && EndedByPause == other.EndedByPause));
}

/// <summary>The open time last measured in a span on a calendar, in ticks (see <see cref="TickTime"/>).</summary>
internal struct MeasuredSpan
{
    private BusinessCalendar? _calendar;
    private long _from;
    private long _to;
    private long _open;

    /// <summary>The open ticks of [<paramref name="from"/>, <paramref name="to"/>) on <paramref name="calendar"/>, remembered.</summary>
    public long Between(BusinessCalendar calendar, long from, long to)
    {
        if (!ReferenceEquals(_calendar, calendar) || _from != from || _to != to)
        {
            _calendar = calendar;
            _from = from;
            _to = to;
            _open = calendar.BetweenTicks(from, to);
        }

        return _open;
    }

    public void Clear() => _calendar = null;
}

/// <summary>The binding of a cycle from <see cref="At"/> on.</summary>
internal struct ChangeRecord
{
    public Instant At;
    public Binding Binding;
    public int Next;

    public void Set(Instant at, in Binding binding)
    {
        At = at;
        Binding = binding;
        Next = -1;
    }
}
