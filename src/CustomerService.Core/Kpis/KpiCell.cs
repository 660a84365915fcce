using System;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Kpis;

/// <summary>The running counts and distributions of one group (or of the whole): what a <see cref="KpiFigures"/> is made from.</summary>
internal sealed class KpiCell
{
    private SlaCount[] _sla = [];
    private int _slaCount;
    private long[]? _backlog;

    public KpiCell()
    {
        for (var i = 0; i < Times.Length; i++)
        {
            Times[i] = new TimeDistribution();
        }
    }

    /// <summary>The time KPIs, indexed by <see cref="TimeKpi"/>: one array read rather than a delegate call per fact.</summary>
    public TimeDistribution[] Times { get; } = new TimeDistribution[TimeKpi.Count];

    public TimeDistribution FirstResponse => Times[TimeKpi.FirstResponse];

    public TimeDistribution Response => Times[TimeKpi.Response];

    public TimeDistribution FirstResolution => Times[TimeKpi.FirstResolution];

    public TimeDistribution FullResolution => Times[TimeKpi.FullResolution];

    public TimeDistribution RequesterWait => Times[TimeKpi.RequesterWait];

    public TimeDistribution AgentWork => Times[TimeKpi.AgentWork];

    public TimeDistribution OnHold => Times[TimeKpi.OnHold];

    public DurationDistribution HandleTime { get; } = new();

    public long Created { get; set; }

    public long Solved { get; set; }

    public long Solves { get; set; }

    public long Reopens { get; set; }

    public long Escalated { get; set; }

    public long EscalatedFunctionally { get; set; }

    public long EscalatedHierarchically { get; set; }

    public KpiRate FirstContactResolution { get; set; }

    public KpiRate OneTouchResolution { get; set; }

    public CsatTally Csat { get; set; }

    public NpsTally Nps { get; set; }

    public CesTally Ces { get; set; }

    public void AddBacklog(int bucket, int bucketCount)
    {
        _backlog ??= new long[bucketCount];
        _backlog[bucket]++;
    }

    public void AddSla(SlaPolicyKind kind, string metricId, Priority priority, bool achieved)
    {
        ref var count = ref SlaFor(kind, metricId, priority);
        count.Achieved += achieved ? 1 : 0;
        count.Breached += achieved ? 0 : 1;
    }

    public void Merge(KpiCell other)
    {
        for (var i = 0; i < Times.Length; i++)
        {
            Times[i].Merge(other.Times[i]);
        }

        HandleTime.Merge(other.HandleTime);
        Created += other.Created;
        Solved += other.Solved;
        Solves += other.Solves;
        Reopens += other.Reopens;
        Escalated += other.Escalated;
        EscalatedFunctionally += other.EscalatedFunctionally;
        EscalatedHierarchically += other.EscalatedHierarchically;
        FirstContactResolution = FirstContactResolution.Merge(other.FirstContactResolution);
        OneTouchResolution = OneTouchResolution.Merge(other.OneTouchResolution);
        Csat = Csat.Merge(other.Csat);
        Nps = Nps.Merge(other.Nps);
        Ces = Ces.Merge(other.Ces);
        if (other._backlog is { } backlog)
        {
            _backlog ??= new long[backlog.Length];
            for (var i = 0; i < backlog.Length; i++)
            {
                _backlog[i] += backlog[i];
            }
        }

        for (var i = 0; i < other._slaCount; i++)
        {
            var source = other._sla[i];
            ref var count = ref SlaFor(source.Kind, source.MetricId, source.Priority);
            count.Achieved += source.Achieved;
            count.Breached += source.Breached;
        }
    }

    public KpiFigures ToFigures(KpiOptions options)
    {
        var sla = new SlaAchievement[_slaCount];
        for (var i = 0; i < sla.Length; i++)
        {
            var count = _sla[i];
            sla[i] = new SlaAchievement(count.Kind, count.MetricId, count.Priority, new KpiRate(count.Achieved, count.Achieved + count.Breached));
        }

        // Sorted, so the report does not depend on the order in which targets were first seen.
        Array.Sort(sla, static (a, b) =>
        {
            var result = a.Kind.CompareTo(b.Kind);
            result = result != 0 ? result : string.CompareOrdinal(a.MetricId, b.MetricId);
            return result != 0 ? result : a.Priority.CompareTo(b.Priority);
        });

        return new KpiFigures
        {
            TicketsCreated = Created,
            TicketsSolved = Solved,
            FirstResponseTime = FirstResponse.ToKpiTime(),
            ResponseTime = Response.ToKpiTime(),
            FirstResolutionTime = FirstResolution.ToKpiTime(),
            FullResolutionTime = FullResolution.ToKpiTime(),
            RequesterWaitTime = RequesterWait.ToKpiTime(),
            AgentWorkTime = AgentWork.ToKpiTime(),
            OnHoldTime = OnHold.ToKpiTime(),
            HandleTime = HandleTime.ToSummary(),
            FirstContactResolution = FirstContactResolution,
            OneTouchResolution = OneTouchResolution,
            Reopens = new KpiRate(Reopens, Solves),
            Escalations = new KpiRate(Escalated, Created),
            FunctionalEscalations = new KpiRate(EscalatedFunctionally, Created),
            HierarchicalEscalations = new KpiRate(EscalatedHierarchically, Created),
            SlaAchievements = sla,
            Backlog = new KpiBacklog(options.BacklogAt, options.BacklogAgeLimits, _backlog),
            Csat = Csat,
            Nps = Nps,
            Ces = Ces,
        };
    }

    private ref SlaCount SlaFor(SlaPolicyKind kind, string metricId, Priority priority)
    {
        for (var i = 0; i < _slaCount; i++)
        {
            ref var existing = ref _sla[i];
            if (existing.Kind == kind && existing.Priority == priority && string.Equals(existing.MetricId, metricId, StringComparison.Ordinal))
            {
                return ref existing;
            }
        }

        if (_slaCount == _sla.Length)
        {
            Array.Resize(ref _sla, Math.Max(4, _sla.Length * 2));
        }

        _sla[_slaCount] = new SlaCount { Kind = kind, MetricId = metricId, Priority = priority };
        return ref _sla[_slaCount++];
    }

    private struct SlaCount
    {
        public SlaPolicyKind Kind;
        public string MetricId;
        public Priority Priority;
        public long Achieved;
        public long Breached;
    }
}

/// <summary>The indexes of the time KPIs in <see cref="KpiCell.Times"/>.</summary>
internal static class TimeKpi
{
    public const int FirstResponse = 0;
    public const int Response = 1;
    public const int FirstResolution = 2;
    public const int FullResolution = 3;
    public const int RequesterWait = 4;
    public const int AgentWork = 5;
    public const int OnHold = 6;
    public const int Count = 7;
}

/// <summary>A time KPI's two distributions: calendar time and business time.</summary>
internal sealed class TimeDistribution
{
    public DurationDistribution Calendar { get; } = new();

    public DurationDistribution Business { get; } = new();

    /// <summary>Adds a time, in nanoseconds (not negative); a negative <paramref name="businessTime"/> for none.</summary>
    public void Add(long calendarTime, long businessTime)
    {
        Calendar.AddNanoseconds(calendarTime);
        if (businessTime >= 0)
        {
            Business.AddNanoseconds(businessTime);
        }
    }

    public void Merge(TimeDistribution other)
    {
        Calendar.Merge(other.Calendar);
        Business.Merge(other.Business);
    }

    public KpiTime ToKpiTime() => new(Calendar.ToSummary(), Business.ToSummary());
}
