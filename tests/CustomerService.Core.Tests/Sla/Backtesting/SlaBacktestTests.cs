using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Sla.Backtesting;

/// <summary>Backtests over real tickets and real engines. 2025-03-03 is a Monday; the calendars are Mon-Fri, UTC.</summary>
public sealed class SlaBacktestTests
{
    private static readonly Instant Monday9 = Utc("2025-03-03 09:00");
    private static readonly Instant At = Utc("2025-03-03 12:00");

    private static readonly SlaEngine OneHour = Engine(SlaMetric.FirstReply, Duration.FromHours(1));

    /// <summary>Opened (Monday 09:00 unless given) and replied to <paramref name="minutes"/> later.</summary>
    private static Ticket RepliedAfter(int minutes, Instant? opened = null, Priority priority = Priority.Normal)
    {
        var ticket = Open(opened ?? Monday9, priority);
        ticket.Reply((opened ?? Monday9) + Duration.FromMinutes(minutes));
        return ticket;
    }

    private static IEnumerable<(IReadOnlyList<ITicketEvent> History, SlaCustomerContext? Customer)> Histories(params Ticket[] tickets) =>
        tickets.Select(t => (t.History, (SlaCustomerContext?)null));

    [Fact]
    public void Run_CountsEachOutcomePerMetricAndPriority()
    {
        var cancelled = Open(Utc("2025-03-03 10:00"));
        cancelled.Solve(Utc("2025-03-03 10:20"));
        var tickets = Histories(
            RepliedAfter(30),
            RepliedAfter(120),
            Open(Utc("2025-03-03 11:30"), Priority.High),
            cancelled);

        var result = SlaBacktest.Run(OneHour, tickets, At);

        result.TicketCount.Should().Be(4);
        result.TicketsBreached.Should().Be(1);
        result.EvaluatedAt.Should().Be(At);
        result.Achievements.Select(a => a.Priority).Should().Equal(Priority.Normal, Priority.High);
        var normal = result.Find(SlaMetric.FirstReply, Priority.Normal)!;
        (normal.Achieved, normal.Breached, normal.Open, normal.Cancelled, normal.Total).Should().Be((1L, 1L, 0L, 1L, 3L));
        normal.AchievementRate.Should().Be(0.5);
        var high = result.Find(SlaMetric.FirstReply, Priority.High)!;
        (high.Achieved, high.Breached, high.Open, high.Cancelled).Should().Be((0L, 0L, 1L, 0L));
        high.AchievementRate.Should().BeNull("nothing was decided yet");
        result.Find(SlaMetric.FirstReply, Priority.Urgent).Should().BeNull();
        result.Find(SlaMetric.FirstReply, Priority.Normal, SlaPolicyKind.Ola).Should().BeNull();
    }

    [Fact]
    public void Run_EveryCycleOfARepeatingMetricCounts()
    {
        var ticket = RepliedAfter(10);
        ticket.Writes(Utc("2025-03-03 09:30"));
        ticket.Reply(Utc("2025-03-03 09:40"));
        ticket.Writes(Utc("2025-03-03 10:00"));
        ticket.Reply(Utc("2025-03-03 11:30"));

        var result = SlaBacktest.Run(Engine(SlaMetric.NextReply, Duration.FromHours(1)), Histories(ticket), At);

        var row = result.Achievements.Should().ContainSingle().Subject;
        (row.Achieved, row.Breached).Should().Be((1L, 1L));
        row.MetricId.Should().Be(SlaMetric.NextReply.Id);
        row.ToString().Should().Be("Sla next-reply Normal: 1 achieved, 1 breached, 0 open, 0 cancelled (50.0 %)");
    }

    [Fact]
    public void Run_UsesEachTicketsCustomer_AndTheStandardTierWhenNoneIsGiven()
    {
        var gold = CustomerTier.Create("gold");
        var set = SlaPolicySet.Create()
            .Add(
                SlaPolicy.Create("gold").When(PolicyCondition.CustomerTierIn(gold)).WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromMinutes(15)).Build(),
                SlaPolicy.Create("standard").WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)).Build())
            .WithDefaultCalendar("nine-to-five")
            .Build();
        var engine = new SlaEngine(set, AllCalendars);
        (IReadOnlyList<ITicketEvent>, SlaCustomerContext?)[] tickets =
        [
            (RepliedAfter(30).History, new SlaCustomerContext(gold)),
            (RepliedAfter(30).History, null),
        ];

        var result = SlaBacktest.Run(engine, tickets, At);

        var row = result.Find(SlaMetric.FirstReply, Priority.Normal)!;
        (row.Achieved, row.Breached).Should().Be((1L, 1L), "the gold customer's 15 minutes are overrun, the standard hour is not");
    }

    [Fact]
    public void Run_SlaAndOlaOnTheSameMetric_AreSeparateRows()
    {
        var set = SlaPolicySet.Create()
            .Add(
                SlaPolicy.Create("customer").WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1)).Build(),
                SlaPolicy.Create("team", kind: SlaPolicyKind.Ola).WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromMinutes(15)).Build())
            .WithDefaultCalendar("nine-to-five")
            .Build();

        var result = SlaBacktest.Run(new SlaEngine(set, AllCalendars), Histories(RepliedAfter(30)), At);

        result.Achievements.Select(a => (a.Kind, a.Achieved, a.Breached)).Should().Equal((SlaPolicyKind.Sla, 1L, 0L), (SlaPolicyKind.Ola, 0L, 1L));
    }

    [Fact]
    public void Run_ReadsTheTicketsOnce()
    {
        var source = new CountingSource(Histories(RepliedAfter(30), RepliedAfter(90)));

        SlaBacktest.Run(OneHour, source, At).TicketCount.Should().Be(2);

        source.Enumerations.Should().Be(1);
    }

    [Fact]
    public void Run_NoTickets_GivesAnEmptyResult()
    {
        var result = SlaBacktest.Run(OneHour, [], At);

        result.TicketCount.Should().Be(0);
        result.Achievements.Should().BeEmpty();
    }

    [Fact]
    public void Compare_TighterCandidate_BreachesMore_AndNamesTheTickets()
    {
        var fast = RepliedAfter(10);
        var slower = RepliedAfter(30);
        var late = RepliedAfter(120);
        var candidate = Engine(SlaMetric.FirstReply, Duration.FromMinutes(20));

        var comparison = SlaBacktest.Compare(OneHour, candidate, Histories(fast, slower, late), At);

        var change = comparison.Changes.Should().ContainSingle().Subject;
        change.TicketId.Should().Be(slower.Id);
        (change.PolicyKind, change.MetricId, change.Cycle).Should().Be((SlaPolicyKind.Sla, "first-reply", 1));
        (change.Before, change.After, change.Change).Should().Be((SlaStage.Achieved, SlaStage.Breached, SlaOutcomeChangeKind.NewlyBreached));
        comparison.ChangeCount.Should().Be(1);
        comparison.IsTruncated.Should().BeFalse();
        var delta = comparison.Deltas.Should().ContainSingle().Subject;
        (delta.Kind, delta.MetricId, delta.Priority).Should().Be((SlaPolicyKind.Sla, "first-reply", Priority.Normal));
        (delta.AchievedChange, delta.BreachedChange, delta.OpenChange, delta.CancelledChange).Should().Be((-1L, 1L, 0L, 0L));
        delta.Baseline.AchievementRate.Should().BeApproximately(2 / 3d, 1e-12);
        delta.Candidate.AchievementRate.Should().BeApproximately(1 / 3d, 1e-12);
        delta.AchievementRateChange.Should().BeApproximately(-1 / 3d, 1e-12);
        (comparison.Baseline.TicketsBreached, comparison.Candidate.TicketsBreached).Should().Be((1L, 2L));
        delta.ToString().Should().Be("Sla first-reply Normal: achieved -1, breached +1, open 0, cancelled 0");
    }

    [Fact]
    public void Compare_LongerOpeningHours_BreachTicketsOpenedBeforeTheOldOpening()
    {
        // Opened 07:30, replied 09:45: 45 minutes on 9-17, 1h45 on 8-17. Opened Friday 16:30, replied Monday 08:45:
        // 30 minutes on 9-17, 1h15 on 8-17.
        var early = RepliedAfter(135, Utc("2025-03-03 07:30"));
        var weekend = Open(Utc("2025-03-07 16:30"));
        weekend.Reply(Utc("2025-03-10 08:45"));
        var nineToFive = Engine(SlaMetric.FirstReply, Duration.FromHours(1));
        var eightToFive = Engine(SlaMetric.FirstReply, Duration.FromHours(1), "eight-to-five");
        var at = Utc("2025-03-10 12:00");

        var comparison = SlaBacktest.Compare(nineToFive, eightToFive, Histories(early, weekend), at);

        comparison.Changes.Select(c => (c.TicketId, c.Change)).Should().Equal(
            (early.Id, SlaOutcomeChangeKind.NewlyBreached),
            (weekend.Id, SlaOutcomeChangeKind.NewlyBreached));
        SlaBacktest.Compare(eightToFive, nineToFive, Histories(early, weekend), at).Changes
            .Should().OnlyContain(c => c.Change == SlaOutcomeChangeKind.NoLongerBreached && c.Before == SlaStage.Breached && c.After == SlaStage.Achieved)
            .And.HaveCount(2);
    }

    [Fact]
    public void Compare_IdenticalPolicySets_ChangeNothing()
    {
        var late = RepliedAfter(120);
        var again = Engine(SlaMetric.FirstReply, Duration.FromHours(1));

        var comparison = SlaBacktest.Compare(OneHour, again, Histories(RepliedAfter(30), late, Open(Utc("2025-03-03 11:30"))), At);

        comparison.ChangeCount.Should().Be(0);
        comparison.Changes.Should().BeEmpty();
        comparison.Deltas.Should().OnlyContain(d => d.AchievedChange == 0 && d.BreachedChange == 0 && d.OpenChange == 0 && d.CancelledChange == 0 && d.AchievementRateChange == 0);
        comparison.Candidate.Achievements.Should().Equal(comparison.Baseline.Achievements);
    }

    [Fact]
    public void Compare_TargetsOnOneSideOnly_AreAddedOrRemoved()
    {
        var withResolution = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard")
                .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(1))
                .WithTarget(SlaMetric.Resolution, Priority.Normal, Duration.FromHours(8))
                .Build())
            .WithDefaultCalendar("nine-to-five")
            .Build();
        var candidate = new SlaEngine(withResolution, AllCalendars);
        var ticket = RepliedAfter(30);

        var added = SlaBacktest.Compare(OneHour, candidate, Histories(ticket), At);
        var removed = SlaBacktest.Compare(candidate, OneHour, Histories(ticket), At);

        var change = added.Changes.Should().ContainSingle().Subject;
        (change.MetricId, change.Before, change.After, change.Change).Should().Be(("resolution", null, SlaStage.Running, SlaOutcomeChangeKind.TargetAdded));
        var resolution = added.Deltas.Single(d => d.MetricId == "resolution");
        (resolution.Baseline.Total, resolution.Candidate.Open, resolution.OpenChange).Should().Be((0L, 1L, 1L));
        resolution.AchievementRateChange.Should().BeNull();
        var gone = removed.Changes.Should().ContainSingle().Subject;
        (gone.TicketId, gone.MetricId, gone.Before, gone.After, gone.Change).Should().Be((ticket.Id, "resolution", SlaStage.Running, null, SlaOutcomeChangeKind.TargetRemoved));
        added.Deltas.Select(d => d.MetricId).Should().Equal("first-reply", "resolution");
    }

    [Fact]
    public void Compare_MoreChangesThanKept_KeepsTheFirstAndCountsAll()
    {
        Ticket[] tickets = [RepliedAfter(30), RepliedAfter(31), RepliedAfter(32)];
        var candidate = Engine(SlaMetric.FirstReply, Duration.FromMinutes(20));

        var one = SlaBacktest.Compare(OneHour, candidate, Histories(tickets), At, new SlaBacktestOptions { MaxChanges = 1 });
        var none = SlaBacktest.Compare(OneHour, candidate, Histories(tickets), At, new SlaBacktestOptions { MaxChanges = 0 });

        one.Changes.Should().ContainSingle().Which.TicketId.Should().Be(tickets[0].Id);
        (one.ChangeCount, one.IsTruncated).Should().Be((3L, true));
        none.Changes.Should().BeEmpty();
        none.ChangeCount.Should().Be(3);
        one.Candidate.Find(SlaMetric.FirstReply, Priority.Normal)!.Breached.Should().Be(3, "the counts cover every ticket whatever is kept");
        one.ToString().Should().Be("3 tickets, 3 changed outcomes; tickets with a breach 0 -> 3");
    }

    [Fact]
    public void Compare_RunTwice_GivesTheSameResult()
    {
        Ticket[] tickets = [RepliedAfter(50), RepliedAfter(120), RepliedAfter(45, priority: Priority.High)];
        var candidate = Engine(SlaMetric.FirstReply, Duration.FromMinutes(40));

        var first = SlaBacktest.Compare(OneHour, candidate, Histories(tickets), At);
        var second = SlaBacktest.Compare(OneHour, candidate, Histories(tickets), At);

        second.Changes.Should().Equal(first.Changes);
        second.Deltas.Should().Equal(first.Deltas);
        first.Changes.Select(c => c.TicketId).Should().Equal(tickets[0].Id, tickets[2].Id);
    }

    [Fact]
    public void Options_NegativeMaxChanges_Throws()
    {
        var act = () => new SlaBacktestOptions { MaxChanges = -1 };

        act.Should().Throw<ArgumentException>().WithParameterName("value");
        SlaBacktestOptions.Default.MaxChanges.Should().Be(1000);
    }

    [Fact]
    public void Run_NullArguments_Throw()
    {
        var run = () => SlaBacktest.Run(null!, [], At);
        var noTickets = () => SlaBacktest.Run(OneHour, null!, At);
        var compare = () => SlaBacktest.Compare(OneHour, null!, [], At);

        run.Should().Throw<ArgumentNullException>().WithParameterName("engine");
        noTickets.Should().Throw<ArgumentNullException>().WithParameterName("tickets");
        compare.Should().Throw<ArgumentNullException>().WithParameterName("candidate");
    }

    [Fact]
    public void Run_AHistoryThatCannotBeEvaluated_ThrowsWithItsPosition()
    {
        var good = RepliedAfter(30).History;
        IReadOnlyList<ITicketEvent> outOfOrder = [.. good.Reverse()];
        (IReadOnlyList<ITicketEvent>, SlaCustomerContext?)[] unordered = [(good, null), (outOfOrder, null)];
        (IReadOnlyList<ITicketEvent>, SlaCustomerContext?)[] missing = [(good, null), (good, null), (null!, null)];
        (IReadOnlyList<ITicketEvent>, SlaCustomerContext?)[] unknownCalendar = [(good, new SlaCustomerContext(CustomerTier.Standard, "nowhere"))];

        var act = () => SlaBacktest.Run(OneHour, unordered, At);

        act.Should().Throw<ArgumentException>().WithParameterName("tickets")
            .WithMessage("The ticket at position 1 cannot be evaluated: A ticket's history starts with TicketOpened.*")
            .WithInnerException<ArgumentException>();
        FluentActions.Invoking(() => SlaBacktest.Compare(OneHour, OneHour, missing, At))
            .Should().Throw<ArgumentException>().WithParameterName("tickets").WithMessage("The ticket at position 2 has no history.*");
        FluentActions.Invoking(() => SlaBacktest.Run(OneHour, unknownCalendar, At))
            .Should().Throw<ArgumentException>().WithMessage("The ticket at position 0 cannot be evaluated: The customer's calendar*");
    }

    /// <summary>A source that counts how often it is enumerated.</summary>
    private sealed class CountingSource(IEnumerable<(IReadOnlyList<ITicketEvent> History, SlaCustomerContext? Customer)> inner)
        : IEnumerable<(IReadOnlyList<ITicketEvent> History, SlaCustomerContext? Customer)>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<(IReadOnlyList<ITicketEvent> History, SlaCustomerContext? Customer)> GetEnumerator()
        {
            Enumerations++;
            return inner.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
