using System;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.Kpis;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Core.Tests.Kpis.KpiTickets;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;

namespace CustomerService.Core.Tests.Kpis;

// Grouping by dimension and period, merging and options.
public sealed partial class KpiAccumulatorTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    [Fact]
    public void Result_GroupedByAgent_GivesTicketsSolvedPerAgent()
    {
        var options = KpiOptions.Default with { Groupings = [KpiDimensions.Agent] };

        var report = Report(
            options,
            Opened().Assigned(Agent, 1).Reply(10).Solved(20),
            Opened().Assigned(Agent, 1).Reply(10).Solved(20),
            Opened().Assigned(OtherAgent, 1).Reply(10).Solved(20),
            Opened().Assigned(Agent, 1).Assigned(OtherAgent, 2).Solved(20),   // the agent at the end counts
            Opened().Reply(10));                                                // unassigned, unsolved

        report.Find(new KpiGroupKey(KpiDimensions.Agent, Agent))!.TicketsSolved.Should().Be(2);
        report.Find(new KpiGroupKey(KpiDimensions.Agent, OtherAgent))!.TicketsSolved.Should().Be(2);
        report.Find(new KpiGroupKey(KpiDimensions.Agent))!.TicketsCreated.Should().Be(1);
        report.Groups.Sum(g => g.Figures.TicketsSolved).Should().Be(report.Overall.TicketsSolved);
        report.GroupsOf(KpiDimensions.Agent).Should().HaveCount(3);
        report.Find(new KpiGroupKey(KpiDimensions.Channel)).Should().BeNull();
    }

    [Fact]
    public void Result_GroupedByPeriodInATimeZone_CountsEachFactInThePeriodItHappened()
    {
        var options = KpiOptions.Default with { TimeZone = Paris, Groupings = [KpiDimensions.Period, KpiDimensions.Channel | KpiDimensions.Period] };

        // Opened Monday 22:30 UTC (23:30 in Paris), answered at 23:30 UTC (Tuesday 00:30 in Paris).
        var lateTicket = Opened((13 * 60) + 30, channel: Channel.Chat).Reply((14 * 60) + 30);

        var report = Report(options, lateTicket, Opened().Reply(10));

        var monday = new LocalDate(2025, 3, 3);
        var tuesday = new LocalDate(2025, 3, 4);
        var mondayFigures = report.Find(new KpiGroupKey(KpiDimensions.Period, PeriodStart: monday))!;
        var tuesdayFigures = report.Find(new KpiGroupKey(KpiDimensions.Period, PeriodStart: tuesday))!;
        mondayFigures.TicketsCreated.Should().Be(2);
        mondayFigures.FirstResponseTime.CalendarTime.Count.Should().Be(1);
        tuesdayFigures.TicketsCreated.Should().Be(0);
        tuesdayFigures.FirstResponseTime.CalendarTime.Max.Should().Be(Duration.FromHours(1));
        report.Find(new KpiGroupKey(KpiDimensions.Channel | KpiDimensions.Period, Channel: Channel.Chat, PeriodStart: tuesday))!
            .FirstResponseTime.CalendarTime.Count.Should().Be(1);
        report.Find(new KpiGroupKey(KpiDimensions.Period, PeriodStart: tuesday))!.ToString().Should().Contain("0 created");
    }

    [Theory]
    [InlineData(KpiPeriod.Day, "2025-03-09")]
    [InlineData(KpiPeriod.IsoWeek, "2025-03-03")]
    [InlineData(KpiPeriod.Month, "2025-03-01")]
    public void Result_GroupedByPeriod_KeyIsThePeriodsFirstDate(KpiPeriod period, string expectedStart)
    {
        var options = KpiOptions.Default with { Period = period, Groupings = [KpiDimensions.Period] };

        var report = Report(options, Opened(6 * 24 * 60));   // Sunday 2025-03-09 09:00 UTC

        report.Groups.Should().ContainSingle().Which.Key.PeriodStart.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expectedStart).Value);
    }

    [Fact]
    public void Add_WithCustomerTierAndPriority_GroupsByThem_AndKeysDescribeThemselves()
    {
        var gold = CustomerTier.Create("gold");
        var options = KpiOptions.Default with { Groupings = [KpiDimensions.CustomerTier | KpiDimensions.Priority] };
        var kpis = new KpiAccumulator(options);
        kpis.Add(Opened(priority: Priority.High), null, gold);
        kpis.Add(Opened(priority: Priority.High));

        var groups = kpis.Result().Groups;

        groups.Select(g => g.Key.ToString()).Should().Equal("Priority=High, CustomerTier=none", "Priority=High, CustomerTier=gold");
        new KpiGroupKey(KpiDimensions.None).ToString().Should().Be("overall");
    }

    [Fact]
    public void Merge_AccumulatorsWithDifferentOptions_Throws()
    {
        var kpis = new KpiAccumulator(KpiOptions.Default);
        var other = new KpiAccumulator(KpiOptions.Default with { Period = KpiPeriod.Month });

        kpis.Invoking(k => k.Merge(other)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("other");
        kpis.Invoking(k => k.Merge(kpis)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("other");
        kpis.Invoking(k => k.Merge(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Merge_AccumulatorsWithEqualOptions_AddsUp()
    {
        var options = KpiOptions.Default with { Groupings = [KpiDimensions.Agent] };
        var kpis = new KpiAccumulator(options with { });
        kpis.Add(Opened().Assigned(Agent, 1).Solved(5));
        var other = new KpiAccumulator(options);
        other.Add(Opened().Assigned(Agent, 1).Solved(5));

        kpis.Merge(other).Should().BeSameAs(kpis);

        kpis.TicketCount.Should().Be(2);
        kpis.Result().Find(new KpiGroupKey(KpiDimensions.Agent, Agent))!.TicketsSolved.Should().Be(2);
        other.TicketCount.Should().Be(1);
    }

    [Fact]
    public void Result_IsASnapshot_LaterAdditionsDoNotChangeIt()
    {
        var kpis = new KpiAccumulator(KpiOptions.Default);
        kpis.Add(Opened().Reply(5));
        var report = kpis.Result();

        kpis.Add(Opened().Reply(7));

        report.Overall.TicketsCreated.Should().Be(1);
        report.Overall.FirstResponseTime.CalendarTime.Count.Should().Be(1);
        kpis.Result().Should().NotBe(report);
    }

    [Fact]
    public void Options_InvalidValues_Throw()
    {
        FluentActions.Invoking(() => KpiOptions.Default with { Groupings = [KpiDimensions.None] }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => KpiOptions.Default with { Groupings = [(KpiDimensions)64] }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => KpiOptions.Default with { Groupings = null! }).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KpiOptions.Default with { BacklogAgeLimits = [Duration.FromDays(2), Duration.FromDays(1)] }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => KpiOptions.Default with { BacklogAgeLimits = [Duration.Zero] }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => KpiOptions.Default with { TimeZone = null! }).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KpiOptions.Default with { Period = (KpiPeriod)7 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new KpiAccumulator(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new KpiAccumulator(KpiOptions.Default).Add((Ticket)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Options_DuplicateGroupings_AreIgnored_AndEqualOptionsAreEqual()
    {
        var options = KpiOptions.Default with { Groupings = [KpiDimensions.Agent, KpiDimensions.Agent] };

        options.Groupings.Should().Equal(KpiDimensions.Agent);
        options.Should().Be(KpiOptions.Default with { Groupings = [KpiDimensions.Agent] });
        options.Should().NotBe(KpiOptions.Default);
    }
}
