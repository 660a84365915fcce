using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Sla;

/// <summary>The worked examples of SLA-SEMANTICS §6, through the engine (not just the calendar).</summary>
public sealed class SlaEngineWorkedExampleTests
{
    [Fact]
    public void Example1_FirstReplyOneHour_CreatedFriday1630_IsDueMonday0930()
    {
        var engine = Engine(SlaMetric.FirstReply, Duration.FromHours(1));
        var ticket = Open(Utc("2025-03-07 16:30"));

        var state = engine.Evaluate(ticket, Utc("2025-03-07 16:45")).Single(SlaMetric.FirstReply);

        state.DueAt.Should().Be(Utc("2025-03-10 09:30"));
        state.BreachAt.Should().Be(Utc("2025-03-10 09:30"));
        state.Stage.Should().Be(SlaStage.Running);
        state.Elapsed.Should().Be(Duration.FromMinutes(15));
        state.Remaining.Should().Be(Duration.FromMinutes(45));
        state.StartedAt.Should().Be(Utc("2025-03-07 16:30"));
    }

    [Fact]
    public void Example2_CreatedBeforeOpening_ClockStartsAtOpening()
    {
        var engine = Engine(SlaMetric.FirstReply, Duration.FromHours(2));
        var ticket = Open(Utc("2025-03-05 07:00"));

        var state = engine.Evaluate(ticket, Utc("2025-03-05 08:30")).Single(SlaMetric.FirstReply);

        state.DueAt.Should().Be(Utc("2025-03-05 11:00"));
        state.Elapsed.Should().Be(Duration.Zero);
        state.Explain().Segments.Should().ContainSingle().Which.OpenTime.Should().Be(Duration.Zero);
    }

    [Fact]
    public void Example3_ResolutionPausedWhilePending_IsDueLater()
    {
        var engine = Engine(SlaMetric.Resolution, Duration.FromHours(4));
        var ticket = Open(Utc("2025-03-03 09:00"));
        ticket.ChangeStatus(TicketStatus.Pending, Utc("2025-03-03 10:00"));
        ticket.ChangeStatus(TicketStatus.Open, Utc("2025-03-03 12:00"));

        var state = engine.Evaluate(ticket, Utc("2025-03-03 12:30")).Single(SlaMetric.Resolution);

        state.DueAt.Should().Be(Utc("2025-03-03 15:00"));
        state.Elapsed.Should().Be(Duration.FromMinutes(90));
        state.PausedTime.Should().Be(Duration.FromHours(2));
        state.Stage.Should().Be(SlaStage.Running);
        state.Explain().Pauses.Should().ContainSingle().Which.Should().Be(new Interval(Utc("2025-03-03 10:00"), Utc("2025-03-03 12:00")));
    }

    [Fact]
    public void Example4_NewYorkAcrossTheDaylightSavingWeekend_IsDueMonday1000Edt()
    {
        var engine = Engine(SlaMetric.FirstReply, Duration.FromHours(2), "support-ny");
        var ticket = Open(Local("2025-03-07 16:00", NewYork));

        var state = engine.Evaluate(ticket, Local("2025-03-07 16:30", NewYork)).Single(SlaMetric.FirstReply);

        state.DueAt.Should().Be(Instant.FromUtc(2025, 3, 10, 14, 0));
        state.CalendarId.Should().Be("support-ny");
    }

    [Fact]
    public void Example5_CalendarHoursTarget_Is24By7()
    {
        var engine = Engine(SlaMetric.Resolution, Duration.FromHours(10), hours: SlaHoursMode.Calendar);
        var ticket = Open(Utc("2025-03-08 10:30"));

        var state = engine.Evaluate(ticket, Utc("2025-03-08 11:30")).Single(SlaMetric.Resolution);

        state.DueAt.Should().Be(Utc("2025-03-08 20:30"));
        state.CalendarId.Should().Be("always-open");
        state.HoursMode.Should().Be(SlaHoursMode.Calendar);
    }

    [Fact]
    public void Example6_OpenedFridayNight_BusinessAndCalendarElapsedDiffer()
    {
        var business = Engine(SlaMetric.Resolution, Duration.FromHours(8), "eight-to-five");
        var calendar = Engine(SlaMetric.Resolution, Duration.FromHours(80), hours: SlaHoursMode.Calendar);
        var ticket = Open(Utc("2025-03-07 21:00"));
        var monday = Utc("2025-03-10 09:30");

        business.Evaluate(ticket, monday).Single(SlaMetric.Resolution).Elapsed.Should().Be(Duration.FromMinutes(90));
        calendar.Evaluate(ticket, monday).Single(SlaMetric.Resolution).Elapsed.Should().Be(Duration.FromHours(60) + Duration.FromMinutes(30));
    }

    [Fact]
    public void ReplyAt1800_ToTicketDueAt1700_IsNotABreach()
    {
        var engine = Engine(SlaMetric.FirstReply, Duration.FromHours(2));
        var ticket = Open(Utc("2025-03-05 15:00"));
        ticket.Reply(Utc("2025-03-05 18:00"));

        var state = engine.Evaluate(ticket, Utc("2025-03-05 19:00")).Single(SlaMetric.FirstReply);

        state.DueAt.Should().Be(Utc("2025-03-05 17:00"));
        state.BreachAt.Should().Be(Utc("2025-03-06 09:00"));
        state.Stage.Should().Be(SlaStage.Achieved);
        state.IsBreached.Should().BeFalse();
        state.EndedAt.Should().Be(Utc("2025-03-05 18:00"));
    }

    [Fact]
    public void ReplyAfterNextOpening_ToTicketDueAt1700_IsABreachAtTheOpening()
    {
        var engine = Engine(SlaMetric.FirstReply, Duration.FromHours(2));
        var ticket = Open(Utc("2025-03-05 15:00"));
        ticket.Reply(Utc("2025-03-06 09:01"));

        var state = engine.Evaluate(ticket, Utc("2025-03-06 10:00")).Single(SlaMetric.FirstReply);

        state.Stage.Should().Be(SlaStage.Breached);
        state.Breach!.At.Should().Be(Utc("2025-03-06 09:00"));
        state.Elapsed.Should().Be(Duration.FromMinutes(121));
        state.Remaining.Should().Be(Duration.FromMinutes(-1));
    }
}
