using CustomerService.Core.Services;
using CustomerService.Core.Sla;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Services;

public sealed class NextSlaCheckTests
{
    private static readonly SlaEngine Engine = new(MonitorWorld.FirstReplyWithin(Duration.FromHours(4)), AllCalendars);

    [Fact]
    public void After_RunningTarget_IsTheNextWarning_ThenJustAfterTheBreach()
    {
        var ticket = Open(Utc("2025-03-10 09:00"));

        NextSlaCheck.After(Engine.Evaluate(ticket, Utc("2025-03-10 09:00")), Utc("2025-03-10 09:00"), null).Should().Be(Utc("2025-03-10 11:00"));
        NextSlaCheck.After(Engine.Evaluate(ticket, Utc("2025-03-10 11:00")), Utc("2025-03-10 11:00"), null).Should().Be(Utc("2025-03-10 12:00"));
        NextSlaCheck.After(Engine.Evaluate(ticket, Utc("2025-03-10 12:30")), Utc("2025-03-10 12:30"), null).Should().Be(Utc("2025-03-10 13:00") + Duration.Epsilon);
        NextSlaCheck.After(Engine.Evaluate(ticket, Utc("2025-03-10 13:00")), Utc("2025-03-10 13:00"), null).Should().Be(Utc("2025-03-10 13:00") + Duration.Epsilon, "at BreachAt the target is exactly used, not yet breached");
    }

    [Fact]
    public void After_OutsideBusinessHours_IsInOpenTime()
    {
        var ticket = Open(Utc("2025-03-07 16:00"));  // Friday

        NextSlaCheck.After(Engine.Evaluate(ticket, Utc("2025-03-08 12:00")), Utc("2025-03-08 12:00"), null).Should().Be(Utc("2025-03-10 10:00"));
    }

    [Fact]
    public void After_BreachedOrAchievedOnly_IsNothing_UnlessCapped()
    {
        var breached = Open(Utc("2025-03-10 09:00"));
        var replied = Open(Utc("2025-03-10 09:00"));
        replied.Reply(Utc("2025-03-10 09:10"));
        var now = Utc("2025-03-10 14:00");

        NextSlaCheck.After(Engine.Evaluate(breached, now), now, null).Should().BeNull();
        NextSlaCheck.After(Engine.Evaluate(replied, now), now, null).Should().BeNull();
        NextSlaCheck.After(Engine.Evaluate(replied, now), now, Duration.FromMinutes(30)).Should().Be(now + Duration.FromMinutes(30));
        NextSlaCheck.After(Engine.Evaluate(Open(now), now), now, Duration.FromHours(8)).Should().Be(Utc("2025-03-10 16:00"), "a warning before the cap comes first");
    }
}
