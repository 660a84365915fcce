using System.Linq;
using CustomerService.Core.Services;
using NodaTime;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.Services;

public sealed class SlaEngineCacheTests
{
    [Fact]
    public void Get_TheSameInstancesAgain_ReturnsTheSameEngine_EvenInANewList()
    {
        var cache = new SlaEngineCache();
        var policies = MonitorWorld.FirstReplyWithin(Duration.FromHours(4));

        var first = cache.Get(policies, AllCalendars);
        var again = cache.Get(policies, AllCalendars.ToList());

        again.Should().BeSameAs(first);
    }

    [Fact]
    public void Get_ANewPolicySetOrCalendar_BuildsANewEngine()
    {
        var cache = new SlaEngineCache();
        var policies = MonitorWorld.FirstReplyWithin(Duration.FromHours(4));
        var first = cache.Get(policies, AllCalendars);

        var newPolicies = cache.Get(MonitorWorld.FirstReplyWithin(Duration.FromHours(2)), AllCalendars);
        var newCalendar = cache.Get(newPolicies.Policies, [Weekdays("nine-to-five", NodaTime.DateTimeZone.Utc, 9, 17)]);

        newPolicies.Should().NotBeSameAs(first);
        newPolicies.Policies.Policies[0].Targets[0].Duration.Should().Be(Duration.FromHours(2));
        newCalendar.Should().NotBeSameAs(newPolicies);
        cache.Get(policies, AllCalendars).Should().NotBeSameAs(first, "only the last instances are kept");
    }
}
