using System;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <content>Adding a ticket: one walk over its history.</content>
public sealed partial class KpiAccumulator
{
    // The instants of customer messages not yet answered, and the facts of the ticket being added:
    // buffers reused from ticket to ticket.
    private Instant[] _waiting = new Instant[8];
    private Fact[] _facts = new Fact[16];

    /// <summary>What a fact is: a time KPI (its <see cref="TimeKpi"/> index), a solve or a reopen.</summary>
    private enum FactKind
    {
        FirstResponse = TimeKpi.FirstResponse,
        Response = TimeKpi.Response,
        FirstResolution = TimeKpi.FirstResolution,
        Solve = TimeKpi.Count,
        Reopen,
    }

    /// <summary>Adds a ticket without its SLA report (no SLA achievement is counted for it) or customer tier.</summary>
    /// <param name="ticket">The ticket. Add each ticket once, to one accumulator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is <see langword="null"/>.</exception>
    public void Add(Ticket ticket) => Add(ticket, null, null);

    /// <summary>Adds a ticket with its SLA report, without a customer tier: see <see cref="Add(Ticket, SlaReport?, CustomerTier?)"/>.</summary>
    /// <param name="ticket">The ticket. Add each ticket once, to one accumulator.</param>
    /// <param name="slaReport">The ticket's SLA report, or <see langword="null"/> to count no SLA achievement for it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The SLA report is another ticket's; nothing is added.</exception>
    public void Add(Ticket ticket, SlaReport? slaReport) => Add(ticket, slaReport, null);

    /// <summary>
    /// Adds a ticket: every KPI of <see cref="KpiFigures"/> it contributes to, from its history, and
    /// SLA achievement from its SLA report when given.
    /// </summary>
    /// <param name="ticket">The ticket. Add each ticket once, to one accumulator.</param>
    /// <param name="slaReport">The ticket's SLA report (<see cref="SlaEngine.Evaluate(Ticket, Instant)"/>), or <see langword="null"/> to count no SLA achievement for it.</param>
    /// <param name="customerTier">The customer's tier, for <see cref="KpiDimensions.CustomerTier"/>; <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The SLA report is another ticket's; nothing is added.</exception>
    public void Add(Ticket ticket, SlaReport? slaReport, CustomerTier? customerTier)
    {
        Guard.Against.Null(ticket);
        if (slaReport is not null && slaReport.TicketId != ticket.Id)
        {
            throw new ArgumentException("The SLA report is another ticket's.", nameof(slaReport));
        }

        AddTicket(ticket, slaReport, customerTier);
    }

    /// <summary>
    /// Adds a ticket as <see cref="Add(Ticket, SlaReport?, CustomerTier?)"/> does, and counts it toward the escalation
    /// rates if it has escalations: <see cref="KpiFigures.Escalations"/>, <see cref="KpiFigures.FunctionalEscalations"/>
    /// and <see cref="KpiFigures.HierarchicalEscalations"/>, at the instant the ticket was opened.
    /// </summary>
    /// <param name="ticket">The ticket. Add each ticket once, to one accumulator.</param>
    /// <param name="slaReport">The ticket's SLA report, or <see langword="null"/>.</param>
    /// <param name="customerTier">The customer's tier, or <see langword="null"/> when unknown.</param>
    /// <param name="escalations">The ticket's escalations, whatever their status (cancelled and returned ones count: the ticket was escalated).</param>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> or <paramref name="escalations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The SLA report or the escalations are another ticket's; nothing is added.</exception>
    public void Add(Ticket ticket, SlaReport? slaReport, CustomerTier? customerTier, TicketEscalations escalations)
    {
        Guard.Against.Null(ticket);
        Guard.Against.Null(escalations);
        if (escalations.TicketId != ticket.Id)
        {
            throw new ArgumentException("The escalations are another ticket's.", nameof(escalations));
        }

        Add(ticket, slaReport, customerTier);
        var functional = false;
        var hierarchical = false;
        foreach (var escalation in escalations.All)
        {
            functional |= escalation.Kind == EscalationKind.Functional;
            hierarchical |= escalation.Kind == EscalationKind.Hierarchical;
        }

        if (functional || hierarchical)
        {
            foreach (var cell in Route(ticket.OpenedAt))
            {
                cell.Escalated++;
                cell.EscalatedFunctionally += functional ? 1 : 0;
                cell.EscalatedHierarchically += hierarchical ? 1 : 0;
            }
        }
    }

    private void AddTicket(Ticket ticket, SlaReport? slaReport, CustomerTier? customerTier)
    {

        if (_groupings.Length != 0)
        {
            Begin(new KpiSubject(ticket.AssigneeId, ticket.GroupId, ticket.Channel, ticket.Priority, customerTier));
        }

        AddHistory(ticket);
        if (slaReport is not null)
        {
            AddSla(slaReport);
        }
    }

    /// <summary>
    /// Adds a ticket's history in two steps: one walk that only reads the events and notes the facts
    /// (times, solves, reopens) in reused buffers, then one loop that routes each fact to its cells.
    /// Keeping the cell work out of the walk keeps the walk small and its locals in registers.
    /// </summary>
    private void AddHistory(Ticket ticket)
    {
        var walk = Walk(ticket);
        var facts = _facts.AsSpan(0, walk.FactCount);
        var calendar = Options.BusinessCalendar;
        var createdAt = ticket.OpenedAt;

        foreach (var cell in Route(createdAt))
        {
            cell.Created++;
        }

        foreach (ref readonly var fact in facts)
        {
            switch (fact.Kind)
            {
                case FactKind.Solve:
                    foreach (var cell in Route(fact.At))
                    {
                        cell.Solves++;
                    }

                    break;
                case FactKind.Reopen:
                    foreach (var cell in Route(fact.At))
                    {
                        cell.Reopens++;
                    }

                    break;
                default:
                    AddTime(fact.At, fact.From, calendar, (int)fact.Kind);
                    break;
            }
        }

        if (walk.LastSolve is { } solvedAt && walk.Status is TicketStatus.Solved or TicketStatus.Closed)
        {
            AddSolved(walk, createdAt, solvedAt, calendar);
        }

        if (Options.BacklogAt is { } backlogInstant && createdAt <= backlogInstant && walk.StatusAtBacklog is not (TicketStatus.Solved or TicketStatus.Closed))
        {
            AddBacklog(createdAt, backlogInstant);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddBacklog(Instant createdAt, Instant backlogInstant)
    {
        var bucket = AgeBucket(backlogInstant - createdAt);
        var bucketCount = Options.BacklogAgeLimits.Count + 1;
        foreach (var cell in Route(backlogInstant))
        {
            cell.AddBacklog(bucket, bucketCount);
        }
    }

    /// <summary>Reads the history once: the facts go to <see cref="_facts"/>, the rest is returned.</summary>
    private TicketWalk Walk(Ticket ticket)
    {
        var history = ticket.HistorySpan;
        var calendar = Options.BusinessCalendar;
        var createdAt = ticket.OpenedAt;
        var walk = new TicketWalk { Status = TicketStatus.New, StatusAtBacklog = TicketStatus.New };

        // First response: from the opening (or, on an agent-opened ticket, the first public message)
        // to the next reply, unless the ticket is solved, closed or merged first (SlaMetric.FirstReply).
        var firstResponseFrom = ticket.OpenedByAgent is null ? createdAt : Instant.MinValue;
        var firstResponseOver = false;
        var anyPublicMessage = false;
        var waiting = 0;
        var statusSince = createdAt;
        var solved = false;
        var backlogAt = Options.BacklogAt ?? Instant.MinValue;
        var hasBacklog = Options.BacklogAt is not null;

        for (var i = 1; i < history.Length; i++)
        {
            var e = history[i];
            if (e is MessageAdded added)
            {
                var message = added.Message;
                var at = message.OccurredAt;
                var author = message.Author;
                if (author == AuthorKind.Customer)
                {
                    walk.CustomerMessages++;
                    Wait(ref waiting, at);
                }
                else if (author == AuthorKind.Agent)
                {
                    if (message.HandleTime is { } handled)
                    {
                        walk.HandleTime += handled;
                        walk.HandleTimeRecorded = true;
                    }

                    if (message.IsPublic)
                    {
                        walk.Replies++;
                        if (firstResponseFrom != Instant.MinValue && !firstResponseOver)
                        {
                            Note(ref walk, FactKind.FirstResponse, firstResponseFrom, at);
                            firstResponseOver = true;
                        }

                        for (var w = 0; w < waiting; w++)
                        {
                            Note(ref walk, FactKind.Response, _waiting[w], at);
                        }

                        waiting = 0;
                    }
                }

                // The event that starts the first-response clock never also stops it: checked after. As in the SLA
                // engine's FirstReply, an automated message is not the first public message of an agent-opened ticket.
                if (message.IsPublic && message.Author != AuthorKind.System && !anyPublicMessage)
                {
                    anyPublicMessage = true;
                    if (firstResponseFrom == Instant.MinValue)
                    {
                        firstResponseFrom = at;
                    }
                }
            }
            else if (e is TicketStatusChanged change)
            {
                var changedAt = change.OccurredAt;
                walk.Times.Add(walk.Status, statusSince, changedAt, calendar);
                var to = change.To;
                walk.Status = to;
                statusSince = changedAt;
                if (hasBacklog && changedAt <= backlogAt)
                {
                    walk.StatusAtBacklog = to;
                }

                if (to is TicketStatus.Solved or TicketStatus.Closed)
                {
                    // Whatever was unanswered stays unanswered: no response time for it.
                    firstResponseOver = true;
                    waiting = 0;
                }

                if (to == TicketStatus.Solved)
                {
                    walk.LastSolve = changedAt;
                    Note(ref walk, FactKind.Solve, changedAt, changedAt);
                    if (!solved)
                    {
                        solved = true;
                        Note(ref walk, FactKind.FirstResolution, createdAt, changedAt);
                    }
                }
                else if (change.From == TicketStatus.Solved && to != TicketStatus.Closed)
                {
                    Note(ref walk, FactKind.Reopen, changedAt, changedAt);
                }
            }
        }

        return walk;
    }

    /// <summary>The KPIs of a solved ticket, counted at its last solve.</summary>
    private void AddSolved(in TicketWalk walk, Instant createdAt, Instant solvedAt, BusinessCalendar? calendar)
    {
        var fullResolution = (solvedAt - createdAt).ToInt64Nanoseconds();
        var fullResolutionBusiness = calendar is null ? -1 : calendar.Between(createdAt, solvedAt).ToInt64Nanoseconds();
        var firstContact = walk.CustomerMessages <= 1;
        var oneTouch = walk.Replies < 2;
        foreach (var cell in Route(solvedAt))
        {
            cell.Solved++;
            cell.FullResolution.Add(fullResolution, fullResolutionBusiness);
            walk.Times.AddTo(cell);
            if (walk.HandleTimeRecorded)
            {
                cell.HandleTime.Add(walk.HandleTime);
            }

            cell.FirstContactResolution = cell.FirstContactResolution.Add(firstContact);
            cell.OneTouchResolution = cell.OneTouchResolution.Add(oneTouch);
        }
    }

    private void AddSla(SlaReport report)
    {
        var targets = report.TargetSpan;
        for (var i = 0; i < targets.Length; i++)
        {
            var target = targets[i];
            var (counted, at) = target.Stage switch
            {
                SlaStage.Achieved => (true, target.EndedAt ?? report.EvaluatedAt),
                SlaStage.Breached => (true, target.BreachAt),
                _ => (false, default),
            };
            if (!counted)
            {
                continue;
            }

            foreach (var cell in Route(at))
            {
                cell.AddSla(target.Kind, target.Metric.Id, target.Target.Priority, target.Stage == SlaStage.Achieved);
            }
        }
    }

    private void Note(ref TicketWalk walk, FactKind kind, Instant from, Instant at)
    {
        if (walk.FactCount == _facts.Length)
        {
            Array.Resize(ref _facts, walk.FactCount * 2);
        }

        _facts[walk.FactCount++] = new Fact(kind, from, at);
    }

    private void Wait(ref int waiting, Instant at)
    {
        if (waiting == _waiting.Length)
        {
            Array.Resize(ref _waiting, waiting * 2);
        }

        _waiting[waiting++] = at;
    }

    private void AddTime(Instant at, Instant from, BusinessCalendar? calendar, int kpi)
    {
        var time = (at - from).ToInt64Nanoseconds();
        var business = calendar is null ? -1 : calendar.Between(from, at).ToInt64Nanoseconds();
        foreach (var cell in Route(at))
        {
            cell.Times[kpi].Add(time, business);
        }
    }

    private int AgeBucket(Duration age)
    {
        var limits = Options.BacklogAgeLimits;
        var bucket = 0;
        while (bucket < limits.Count && age >= limits[bucket])
        {
            bucket++;
        }

        return bucket;
    }

    /// <summary>A fact of a ticket: a time KPI from <see cref="From"/> to <see cref="At"/>, or a solve or reopen at <see cref="At"/>.</summary>
    private readonly record struct Fact(FactKind Kind, Instant From, Instant At);

    /// <summary>What one walk over a ticket's history found, besides its facts.</summary>
    private struct TicketWalk
    {
        public int FactCount;
        public int CustomerMessages;
        public int Replies;
        public Duration HandleTime;
        public bool HandleTimeRecorded;
        public TicketStatus Status;
        public TicketStatus StatusAtBacklog;
        public Instant? LastSolve;
        public StatusTimes Times;
    }

    /// <summary>A ticket's time in the statuses of requester wait, agent work and on-hold, in calendar and business time (nanoseconds: plain additions).</summary>
    private struct StatusTimes
    {
        private long _wait;
        private long _work;
        private long _hold;
        private long _waitBusiness;
        private long _workBusiness;
        private long _holdBusiness;
        private bool _business;

        public void Add(TicketStatus status, Instant from, Instant to, BusinessCalendar? calendar)
        {
            if (status is not (TicketStatus.New or TicketStatus.Open or TicketStatus.OnHold))
            {
                return;
            }

            var time = (to - from).ToInt64Nanoseconds();
            var business = calendar is null ? 0 : calendar.Between(from, to).ToInt64Nanoseconds();
            _business = calendar is not null;
            _wait += time;
            _waitBusiness += business;
            if (status == TicketStatus.OnHold)
            {
                _hold += time;
                _holdBusiness += business;
            }
            else
            {
                _work += time;
                _workBusiness += business;
            }
        }

        public readonly void AddTo(KpiCell cell)
        {
            cell.RequesterWait.Add(_wait, _business ? _waitBusiness : -1);
            cell.AgentWork.Add(_work, _business ? _workBusiness : -1);
            cell.OnHold.Add(_hold, _business ? _holdBusiness : -1);
        }
    }
}
