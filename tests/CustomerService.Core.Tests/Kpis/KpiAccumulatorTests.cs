using System;
using System.Linq;
using CustomerService.Core.Kpis;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Kpis.KpiTickets;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Kpis;

// Hand-computed figures on small hand-made ticket sets. T0 is Monday 2025-03-03 09:00 UTC; numbers are minutes after it.
public sealed partial class KpiAccumulatorTests
{
    private static KpiReport Report(KpiOptions options, params Ticket[] tickets)
    {
        var kpis = new KpiAccumulator(options);
        foreach (var ticket in tickets)
        {
            kpis.Add(ticket);
        }

        return kpis.Result();
    }

    private static KpiFigures Overall(params Ticket[] tickets) => Report(KpiOptions.Default, tickets).Overall;

    [Fact]
    public void Add_SmallSet_OneTouchAndFirstContactResolutionAreHandComputed()
    {
        var figures = Overall(
            Opened().Reply(30).Solved(40),                                   // 1 customer message, 1 reply: FCR and one-touch
            Opened().Reply(10).Asks(20).Reply(30).Solved(60),            // 2 and 2: neither
            Opened().Note(5).Bot(6).Reply(10).Reply(15).Solved(20),          // 1 and 2 (note and bot do not count): FCR only
            Opened().Reply(10),                                              // not solved: not counted
            Opened().Reply(5).Solved(6).Asks(30).Reply(40).Solved(50),   // reopened by a second message: neither
            Opened().Solved(5));                                             // solved without a reply: FCR and one-touch (0 < 2)

        figures.TicketsSolved.Should().Be(5);
        figures.FirstContactResolution.Should().Be(new KpiRate(3, 5));
        figures.OneTouchResolution.Should().Be(new KpiRate(2, 5));
        figures.OneTouchResolution.Percent.Should().Be(40);
    }

    [Fact]
    public void Add_SolvesAndReopens_ReopenRateIsReopensOverSolves()
    {
        var reopenedByCommand = Opened().Solved(10);
        reopenedByCommand.Reopen(At(20));
        var closed = Opened().Solved(10);
        closed.Close(At(20));

        var figures = Overall(
            Opened().Solved(10),                                 // 1 solve
            Opened().Solved(10).Asks(20).Solved(30),         // 2 solves, 1 reopen (customer message)
            reopenedByCommand,                                   // 1 solve, 1 reopen (Reopen), still open
            Opened(),                                            // nothing
            closed);                                             // 1 solve; Solved -> Closed is not a reopen

        figures.Reopens.Should().Be(new KpiRate(2, 5));
        figures.Reopens.Percent.Should().Be(40);
        figures.TicketsSolved.Should().Be(3);
        figures.FirstResolutionTime.CalendarTime.Count.Should().Be(4);
    }

    [Fact]
    public void Add_BacklogAtAnInstant_CountsOpenTicketsByAgeBucket()
    {
        const int Day = 24 * 60;
        var at = At(10 * Day);
        var options = KpiOptions.Default with { BacklogAt = at };

        var report = Report(
            options,
            Opened((10 * Day) - 60),                                         // 1 hour old: < 1d
            Opened(9 * Day),                                                 // exactly 1 day: 1-3d (a bucket holds its lower limit)
            Opened(8 * Day),                                                 // 2 days: 1-3d
            Opened(5 * Day).Status(TicketStatus.Pending, (5 * Day) + 1),     // 5 days, Pending: 3-7d
            Opened(0).Status(TicketStatus.OnHold, 1),                        // 10 days, OnHold: >= 7d
            Opened(2 * Day).Solved(11 * Day),                                // solved after the instant: open then, 8 days: >= 7d
            Opened(1 * Day).Solved(2 * Day),                                 // solved before: not in the backlog
            Opened(3 * Day).Solved(4 * Day).Asks(10 * Day),              // reopened exactly at the instant: open, 7 days: >= 7d
            Opened(11 * Day));                                               // opened after the instant: not in it

        var backlog = report.Overall.Backlog;
        backlog.At.Should().Be(at);
        backlog.Count.Should().Be(7);
        backlog.Buckets.Should().Equal(
            new KpiAgeBucket(Duration.Zero, Duration.FromDays(1), 1),
            new KpiAgeBucket(Duration.FromDays(1), Duration.FromDays(3), 2),
            new KpiAgeBucket(Duration.FromDays(3), Duration.FromDays(7), 1),
            new KpiAgeBucket(Duration.FromDays(7), null, 3));
    }

    [Fact]
    public void Add_NoBacklogInstant_BacklogIsEmpty()
    {
        var backlog = Overall(Opened()).Backlog;

        backlog.At.Should().BeNull();
        backlog.Count.Should().Be(0);
        backlog.Buckets.Select(b => b.Count).Should().Equal(0, 0, 0, 0);
    }

    [Fact]
    public void Add_AgentCreatedTickets_FirstResponseRunsFromTheFirstPublicMessageAndSkipsNotesAndBots()
    {
        // An agent logs a call, notes it, then writes publicly: that message starts the clock, the next reply stops it.
        var loggedCall = Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Phone, Priority.Normal, "Call", At(0));
        loggedCall.Note(5).Reply(10).Bot(12).Asks(20).Note(25).Reply(30);

        // The customer writes first on a ticket an agent opened: from that message to the reply.
        var customerFirst = Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Phone, Priority.Normal, "Call", At(0));
        customerFirst.Asks(15).Reply(45);

        // No public message before it was solved: no first response.
        var silent = Ticket.OpenByAgent(TicketId.New(), Customer, Agent, Channel.Phone, Priority.Normal, "Call", At(0));
        silent.Note(5).Solved(10);

        // A customer's ticket: from creation; the bot's reply and the note are not responses.
        var customers = Opened().Bot(1).Note(2).Reply(50);

        var time = Overall(loggedCall, customerFirst, silent, customers).FirstResponseTime.CalendarTime;

        time.Count.Should().Be(3);
        time.Min.Should().Be(Minutes(20));
        (time.Median!.Value - Minutes(30)).TotalSeconds.Should().BeInRange(-18, 18, "the median is within 1% of 30 minutes");
        time.Max.Should().Be(Minutes(50));
        time.Mean.Should().Be(Duration.FromSeconds(2000));
    }

    [Fact]
    public void Add_TicketSolvedBeforeAReply_HasNoFirstResponse_EvenIfRepliedAfterReopening()
    {
        var figures = Overall(Opened().Solved(10).Asks(20).Reply(30));

        figures.FirstResponseTime.CalendarTime.Count.Should().Be(0);
        figures.ResponseTime.CalendarTime.Count.Should().Be(1, "the message that reopened it was answered 10 minutes later");
        figures.ResponseTime.CalendarTime.Max.Should().Be(Minutes(10));
    }

    [Fact]
    public void Add_CustomerMessagesAndReplies_ResponseTimeCountsEachMessageToTheNextReply()
    {
        var time = Overall(Opened().Asks(10).Reply(30).Asks(40).Note(45).Reply(70).Asks(80).Solved(90))
            .ResponseTime.CalendarTime;

        // Pairs: 0 -> 30, 10 -> 30, 40 -> 70; the message at 80 was never answered.
        time.Count.Should().Be(3);
        time.Min.Should().Be(Minutes(20));
        time.Max.Should().Be(Minutes(30));
        time.TotalNanoseconds.Should().Be((Int128)Minutes(80).ToInt64Nanoseconds());
    }

    [Fact]
    public void Add_WithBusinessCalendar_ResolutionStatusAndHandleTimesAreHandComputed()
    {
        // Monday: New 09-10, Open 10-11, OnHold 11-13, Open 13-14, Pending 14-15, Open 15-16, Solved 16:00.
        // Reopened by the customer Tuesday 08:00 (before opening hours), solved 10:00, then closed.
        var ticket = Opened()
            .Reply(60, handleTime: Duration.FromMinutes(6))
            .Status(TicketStatus.OnHold, 120)
            .Status(TicketStatus.Open, 240)
            .Status(TicketStatus.Pending, 300)
            .Asks(360)
            .Note(390, handleTime: Duration.FromMinutes(5))
            .Solved(420)
            .Asks((24 * 60) - 60)
            .Reply((24 * 60) + 30, handleTime: Duration.FromMinutes(4))
            .Solved((24 * 60) + 60);
        ticket.Close(At((24 * 60) + 120));

        var figures = Report(KpiOptions.Default with { BusinessCalendar = OfficeHours }, ticket).Overall;

        figures.TicketsSolved.Should().Be(1);
        Expect(figures.FirstResolutionTime, calendar: 7, business: 7);
        Expect(figures.FullResolutionTime, calendar: 25, business: 9);
        Expect(figures.RequesterWaitTime, calendar: 8, business: 7);
        Expect(figures.AgentWorkTime, calendar: 6, business: 5);
        Expect(figures.OnHoldTime, calendar: 2, business: 2);
        Expect(figures.FirstResponseTime, calendar: 1, business: 1);
        figures.HandleTime.Count.Should().Be(1);
        figures.HandleTime.Mean.Should().Be(Duration.FromMinutes(15));
        figures.FirstContactResolution.Should().Be(new KpiRate(0, 1));

        static void Expect(KpiTime time, int calendar, int business)
        {
            time.CalendarTime.Count.Should().Be(1);
            time.CalendarTime.Mean.Should().Be(Duration.FromHours(calendar));
            time.BusinessTime.Count.Should().Be(1);
            time.BusinessTime.Mean.Should().Be(Duration.FromHours(business));
        }
    }

    [Fact]
    public void Add_WithoutBusinessCalendar_BusinessTimesAreEmpty()
    {
        var figures = Overall(Opened().Reply(10).Solved(20));

        figures.FirstResponseTime.CalendarTime.Count.Should().Be(1);
        figures.FirstResponseTime.BusinessTime.Count.Should().Be(0);
        figures.FullResolutionTime.BusinessTime.Mean.Should().BeNull();
    }

    [Fact]
    public void Add_NoHandleTimeRecorded_TicketIsLeftOutOfHandleTime()
    {
        var figures = Overall(Opened().Reply(10).Solved(20), Opened().Reply(10, Duration.FromMinutes(8)).Solved(20));

        figures.TicketsSolved.Should().Be(2);
        figures.HandleTime.Count.Should().Be(1);
        figures.HandleTime.Mean.Should().Be(Duration.FromMinutes(8));
    }

    [Fact]
    public void Add_MergedDuplicateNeverSolved_IsNotASolvedTicket()
    {
        var duplicate = Opened().Reply(5);
        duplicate.MergeInto(OtherTicket, At(10));

        var figures = Overall(duplicate);

        figures.TicketsCreated.Should().Be(1);
        figures.TicketsSolved.Should().Be(0);
        figures.FirstContactResolution.Total.Should().Be(0);
    }
}
