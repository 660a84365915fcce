using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <summary>
/// Computes every ticket KPI in one pass: add tickets (with their SLA reports) one at a time, merge
/// accumulators of disjoint partitions, and take an immutable <see cref="KpiReport"/> with
/// <see cref="Result"/>. The definitions are on <see cref="KpiFigures"/> and in docs/kpis.md.
/// </summary>
/// <remarks>
/// <para>
/// <b>Grouping.</b> Besides the overall figures, each grouping of <see cref="KpiOptions.Groupings"/>
/// gives one group per key. A ticket's agent, group, channel and priority are its values at the end
/// of its history (the current assignee and group, the current priority); the customer tier is
/// given with the ticket. The period is not one per ticket: each fact is counted in the period in
/// which it happened (a creation at the opening, a response at the reply, a solved ticket at its last
/// solve, a reopen at the reopen, an SLA target when achieved or breached), in the options' time zone.
/// </para>
/// <para>
/// <b>Merging.</b> <c>a.Merge(b)</c> over disjoint sets of tickets gives what one accumulator over
/// both would have: counts, rates and means exactly, and percentiles identically (the sketches add
/// bucket counts, see <see cref="DurationDistribution"/>). Merge is commutative and associative, and
/// the order in which tickets are added does not change the result. So a host can split tickets
/// across threads, processes or machines and merge the partial accumulators.
/// </para>
/// <para>
/// <b>Cost.</b> Adding a ticket reads its history once, with no allocation once the groups and
/// sketches it touches exist. Instances are not thread-safe: give each thread its own and merge them.
/// </para>
/// <para>
/// <b>Surveys.</b> Survey responses are added with <see cref="Add(Surveys.SurveyResponse, Tickets.Ticket?, Customers.CustomerTier?)"/>
/// into the same groups (CSAT, NPS, CES). A ticket added with its escalations
/// (<see cref="Add(Tickets.Ticket, Sla.SlaReport?, Customers.CustomerTier?, Escalations.TicketEscalations)"/>) counts
/// toward the escalation rates.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var kpis = new KpiAccumulator(KpiOptions.Default with { Groupings = [KpiDimensions.Agent | KpiDimensions.Period] });
/// foreach (var ticket in tickets) kpis.Add(ticket, engine.Evaluate(ticket, now));
/// KpiReport report = kpis.Merge(otherPartition).Result();
/// </code>
/// </example>
public sealed partial class KpiAccumulator
{
    private readonly KpiCell _overall = new();
    private readonly Dictionary<KpiGroupKey, KpiCell> _groups = [];
    private readonly KpiDimensions[] _groupings;
    private readonly bool _groupsByPeriod;

    // Where the facts of the ticket being added go: [0] is the overall cell, [1 + i] grouping i's.
    private readonly KpiCell[] _route;
    private KpiSubject _subject;
    private bool _periodCellsStale;
    private LocalDate _periodStart;
    private Instant _periodFrom = Instant.MaxValue;
    private Instant _periodTo = Instant.MinValue;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="options">What to compute and how to group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public KpiAccumulator(KpiOptions options)
    {
        Options = Guard.Against.Null(options);
        _groupings = [.. options.Groupings];
        _groupsByPeriod = Array.Exists(_groupings, g => (g & KpiDimensions.Period) != 0);
        _route = new KpiCell[1 + _groupings.Length];
        _route[0] = _overall;
    }

    /// <summary>Gets the options.</summary>
    public KpiOptions Options { get; }

    /// <summary>Gets the number of tickets added, here and through merges.</summary>
    public long TicketCount => _overall.Created;

    /// <summary>
    /// Adds the figures of another accumulator over a disjoint set of tickets: afterwards this one
    /// holds what one accumulator over both sets would. <paramref name="other"/> is unchanged.
    /// </summary>
    /// <param name="other">The other accumulator, with equal options.</param>
    /// <returns>This accumulator, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has different options, or is this accumulator (not a disjoint set).</exception>
    public KpiAccumulator Merge(KpiAccumulator other)
    {
        Guard.Against.Null(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be merged with itself: merged accumulators hold disjoint sets of tickets.", nameof(other));
        }

        if (!Options.Equals(other.Options))
        {
            throw new ArgumentException("Only accumulators with equal options can be merged.", nameof(other));
        }

        _overall.Merge(other._overall);
        foreach (var (key, cell) in other._groups)
        {
            CellFor(key).Merge(cell);
        }

        return this;
    }

    /// <summary>Takes the report: the overall KPIs and every group's. Later additions do not change it.</summary>
    /// <returns>The report.</returns>
    public KpiReport Result()
    {
        var groups = new KpiGroup[_groups.Count];
        var i = 0;
        foreach (var (key, cell) in _groups)
        {
            groups[i++] = new KpiGroup(key, cell.ToFigures(Options));
        }

        Array.Sort(groups, static (a, b) => KpiGroupKey.Compare(a.Key, b.Key));
        return new KpiReport(Options, _overall.ToFigures(Options), groups);
    }

    /// <summary>Points the route at the groups of a new subject (the periods are looked up when a fact needs them).</summary>
    /// <remarks>Out of line: inlined, its large key structs would make every caller clear a large stack frame.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Begin(in KpiSubject subject)
    {
        _subject = subject;
        for (var i = 0; i < _groupings.Length; i++)
        {
            if ((_groupings[i] & KpiDimensions.Period) == 0)
            {
                _route[1 + i] = CellFor(subject.KeyIn(_groupings[i], default));
            }
        }

        _periodCellsStale = _groupsByPeriod;
    }

    /// <summary>The cells a fact at <paramref name="at"/> of the current subject is counted in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private KpiCell[] Route(Instant at) =>
        _groupsByPeriod && (_periodCellsStale || at < _periodFrom || at >= _periodTo) ? RouteToPeriod(at) : _route;

    /// <summary>
    /// Points the route at the period cells of <paramref name="at"/>: the rare path, kept out of line
    /// so the callers that inline <see cref="Route(Instant)"/> stay small (no large stack frame to clear per call).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private KpiCell[] RouteToPeriod(Instant at)
    {
        if (at < _periodFrom || at >= _periodTo)
        {
            MoveToPeriodOf(at);
        }

        for (var i = 0; i < _groupings.Length; i++)
        {
            if ((_groupings[i] & KpiDimensions.Period) != 0)
            {
                _route[1 + i] = CellFor(_subject.KeyIn(_groupings[i], _periodStart));
            }
        }

        _periodCellsStale = false;
        return _route;
    }

    private void MoveToPeriodOf(Instant at)
    {
        var zone = Options.TimeZone;
        var date = at.InZone(zone).Date;
        (_periodStart, var next) = Options.Period switch
        {
            KpiPeriod.Day => (date, date.PlusDays(1)),
            KpiPeriod.IsoWeek => (date.PlusDays(1 - (int)date.DayOfWeek), date.PlusDays(8 - (int)date.DayOfWeek)),
            _ => (new LocalDate(date.Year, date.Month, 1), new LocalDate(date.Year, date.Month, 1).PlusMonths(1)),
        };
        _periodFrom = zone.AtStartOfDay(_periodStart).ToInstant();
        _periodTo = zone.AtStartOfDay(next).ToInstant();
    }

    private KpiCell CellFor(KpiGroupKey key)
    {
        ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        return cell ??= new KpiCell();
    }
}
