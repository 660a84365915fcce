using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Kpis;

/// <content>Adding a ticket: one walk over its history.</content>
public sealed partial class KpiAccumulator
{
    // The instants of customer messages not yet answered, reused from ticket to ticket.
    private Instant[] _waiting = new Instant[8];

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

        Begin(new KpiSubject(ticket.AssigneeId, ticket.GroupId, ticket.Channel, ticket.Priority, customerTier));
        AddHistory(ticket);
        if (slaReport is not null)
        {
            AddSla(slaReport);
        }
    }

    private void AddHistory(Ticket ticket)
    {
        var history = ticket.HistorySpan;
        var calendar = Options.BusinessCalendar;
        var createdAt = ticket.OpenedAt;
        var openedByAgent = ticket.OpenedByAgent is not null;

        foreach (var cell in Route(createdAt))
        {
            cell.Created++;
        }

        // First response: from the opening (or, on an agent-opened ticket, the first public message)
        // to the next reply, unless the ticket is solved, closed or merged first (SlaMetric.FirstReply).
        Instant? firstResponseFrom = openedByAgent ? null : createdAt;
        var firstResponseOver = false;
        var anyPublicMessage = false;
        var waiting = 0;
        var customerMessages = 0;
        var replies = 0;
        var handleTime = Duration.Zero;
        var handleTimeRecorded = false;

        var status = TicketStatus.New;
        var statusSince = createdAt;
        var times = default(StatusTimes);
        Instant? firstSolve = null;
        Instant? lastSolve = null;
        var backlogAt = Options.BacklogAt;
        var statusAtBacklog = TicketStatus.New;

        for (var i = 1; i < history.Length; i++)
        {
            switch (history[i])
            {
                case MessageAdded { Message: var message }:
                    var at = message.OccurredAt;
                    if (message.Author == AuthorKind.Customer)
                    {
                        customerMessages++;
                        Wait(ref waiting, at);
                    }
                    else if (message.Author == AuthorKind.Agent)
                    {
                        if (message.HandleTime is { } handled)
                        {
                            handleTime += handled;
                            handleTimeRecorded = true;
                        }

                        if (message.IsPublic)
                        {
                            replies++;
                            if (firstResponseFrom is { } from && !firstResponseOver)
                            {
                                AddTime(at, from, calendar, TimeKpi.FirstResponse);
                                firstResponseOver = true;
                            }

                            for (var w = 0; w < waiting; w++)
                            {
                                AddTime(at, _waiting[w], calendar, TimeKpi.Response);
                            }

                            waiting = 0;
                        }
                    }

                    // The event that starts the first-response clock never also stops it: checked after.
                    if (message.IsPublic && !anyPublicMessage)
                    {
                        anyPublicMessage = true;
                        firstResponseFrom ??= at;
                    }

                    break;

                case TicketStatusChanged change:
                    var changedAt = change.OccurredAt;
                    times.Add(status, statusSince, changedAt, calendar);
                    status = change.To;
                    statusSince = changedAt;
                    if (backlogAt is { } instant && changedAt <= instant)
                    {
                        statusAtBacklog = status;
                    }

                    if (change.To is TicketStatus.Solved or TicketStatus.Closed)
                    {
                        // Whatever was unanswered stays unanswered: no response time for it.
                        firstResponseOver = true;
                        waiting = 0;
                    }

                    if (change.To == TicketStatus.Solved)
                    {
                        lastSolve = changedAt;
                        foreach (var cell in Route(changedAt))
                        {
                            cell.Solves++;
                        }

                        if (firstSolve is null)
                        {
                            firstSolve = changedAt;
                            AddTime(changedAt, createdAt, calendar, TimeKpi.FirstResolution);
                        }
                    }
                    else if (change.From == TicketStatus.Solved && change.To != TicketStatus.Closed)
                    {
                        foreach (var cell in Route(changedAt))
                        {
                            cell.Reopens++;
                        }
                    }

                    break;
            }
        }

        if (lastSolve is { } solvedAt && status is TicketStatus.Solved or TicketStatus.Closed)
        {
            var fullResolution = solvedAt - createdAt;
            Duration? fullResolutionBusiness = calendar?.Between(createdAt, solvedAt);
            foreach (var cell in Route(solvedAt))
            {
                cell.Solved++;
                cell.FullResolution.Add(fullResolution, fullResolutionBusiness);
                times.AddTo(cell);
                if (handleTimeRecorded)
                {
                    cell.HandleTime.Add(handleTime);
                }

                cell.FirstContactResolution = cell.FirstContactResolution.Add(customerMessages <= 1);
                cell.OneTouchResolution = cell.OneTouchResolution.Add(replies < 2);
            }
        }

        if (backlogAt is { } backlogInstant && createdAt <= backlogInstant && statusAtBacklog is not (TicketStatus.Solved or TicketStatus.Closed))
        {
            var bucket = AgeBucket(backlogInstant - createdAt);
            var bucketCount = Options.BacklogAgeLimits.Count + 1;
            foreach (var cell in Route(backlogInstant))
            {
                cell.AddBacklog(bucket, bucketCount);
            }
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
        var time = at - from;
        Duration? business = calendar?.Between(from, at);
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

    /// <summary>A ticket's time in the statuses of requester wait, agent work and on-hold, in calendar and business time.</summary>
    private struct StatusTimes
    {
        private Duration _wait;
        private Duration _work;
        private Duration _hold;
        private Duration _waitBusiness;
        private Duration _workBusiness;
        private Duration _holdBusiness;
        private bool _business;

        public void Add(TicketStatus status, Instant from, Instant to, BusinessCalendar? calendar)
        {
            if (status is not (TicketStatus.New or TicketStatus.Open or TicketStatus.OnHold))
            {
                return;
            }

            var time = to - from;
            var business = calendar?.Between(from, to) ?? Duration.Zero;
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
            cell.RequesterWait.Add(_wait, _business ? _waitBusiness : null);
            cell.AgentWork.Add(_work, _business ? _workBusiness : null);
            cell.OnHold.Add(_hold, _business ? _holdBusiness : null);
        }
    }
}
