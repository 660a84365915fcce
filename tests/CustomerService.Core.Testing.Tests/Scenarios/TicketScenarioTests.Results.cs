using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.InMemory;
using CustomerService.Core.Testing.Scenarios;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Testing.Tests.Scenarios.ScenarioFixtures;

namespace CustomerService.Core.Testing.Tests.Scenarios;

/// <summary>What a scenario gives back besides its report: immutability, the ticket, a clock, its story as text.</summary>
public sealed partial class TicketScenarioTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Verbs_ReturnNewScenarios_SoOneBeginningCanBeToldTwoWays()
    {
        var written = Desk.OpenedAt(Monday0900).CustomerWrites();

        var answered = written.After(Duration.FromMinutes(30)).AgentReplies().EvaluateNow();
        var ignored = written.EvaluateAfter(Duration.FromHours(2));

        answered.StateOf(SlaMetric.FirstReply).Stage.Should().Be(SlaStage.Achieved);
        ignored.StateOf(SlaMetric.FirstReply).Stage.Should().Be(SlaStage.Breached);
        written.Now.Should().Be(Monday0900);
        written.History.Select(e => e.GetType()).Should().Equal(typeof(TicketOpened), typeof(MessageAdded));
    }

    [Fact]
    public void ToTicket_BuildsAFreshTicketWithTheStorysHistoryAndUnpublishedEvents()
    {
        var customer = CustomerId.New();
        var ticketId = TicketId.New();
        var scenario = Desk.OpenedAt(Monday0900)
            .WithTicketId(ticketId)
            .ForCustomer(customer)
            .Via(Channel.Chat)
            .WithPriority(Priority.High)
            .CustomerWrites()
            .After(Duration.FromMinutes(30)).AgentReplies();

        var ticket = scenario.ToTicket();
        ticket.AddCustomerMessage("Thanks", Monday0900 + Duration.FromHours(1));

        ticket.Should().NotBeSameAs(scenario.ToTicket());
        scenario.ToTicket().History.Should().HaveCount(4, "opened, message, reply, and the move to Open");
        scenario.History.Should().HaveCount(4);
        scenario.ToTicket().DomainEvents.Should().HaveCount(4);
        ticket.Should().Match<Ticket>(t => t.Id == ticketId && t.CustomerId == customer && t.Channel == Channel.Chat && t.Priority == Priority.High);
        scenario.TicketId.Should().Be(ticketId);
    }

    [Fact]
    public async Task ToTicket_CanBeStoredAndLoadedWithItsWholeHistory()
    {
        var scenario = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromHours(1)).AgentAsksForMore();
        var repository = new InMemoryTicketRepository();

        await repository.AddAsync(scenario.ToTicket(), Ct);
        var loaded = await repository.LoadAsync(scenario.TicketId, Ct);

        loaded!.History.Should().Equal(scenario.History);
        loaded.Status.Should().Be(TicketStatus.Pending);
    }

    [Fact]
    public void ToTicket_WithItsReport_FeedsTheKpis()
    {
        var answered = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromMinutes(30)).AgentReplies();
        var late = Desk.OpenedAt(Monday0900).CustomerWrites().After(Duration.FromHours(2)).AgentReplies();
        var kpis = new KpiAccumulator(KpiOptions.Default);

        kpis.Add(answered.ToTicket(), answered.EvaluateNow());
        kpis.Add(late.ToTicket(), late.EvaluateNow());

        kpis.Result().Overall.SlaAchievementRate(SlaMetric.FirstReply.Id).Should().Be(new KpiRate(1, 2));
    }

    [Fact]
    public void CreateClock_StartsAtTheStorysClockAndAdvancesOnItsOwn()
    {
        var scenario = Desk.OpenedAt(Monday0900).After(Duration.FromMinutes(10));

        var clock = scenario.CreateClock();
        clock.Advance(Duration.FromHours(1));

        clock.GetCurrentInstant().Should().Be(Monday0900 + Duration.FromMinutes(70));
        scenario.Now.Should().Be(Monday0900 + Duration.FromMinutes(10));
    }

    [Fact]
    public void ToString_TellsTheStoryInItsZoneWithoutMessageBodies()
    {
        var group = GroupId.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d");
        var scenario = Desk.OpenedAt("2025-03-07 16:00", NewYork)
            .WithPriority(Priority.High)
            .ForCustomer(CustomerTier.Create("gold"))
            .InGroup(group)
            .WithTags("vip")
            .WithCustomField("order", CustomFieldValue.FromText("4711 Jane Doe"))
            .CustomerWrites()
            .After(Duration.FromMinutes(40)).AgentReplies()
            .After(Duration.FromSeconds(30)).AgentAsksForMore()
            .After(Duration.FromMinutes(20)).CustomFieldSet("order", CustomFieldValue.FromText("4712 Jane Doe"));

        var text = scenario.ToString();

        text.Should().StartWith($"Ticket {scenario.TicketId} opened 2025-03-07 16:00 (America/New_York) by the customer (High, email, customer tier gold, group {group}, tags vip, custom field 'order')");
        text.Should().ContainAll("  2025-03-07 16:00 customer writes", "  2025-03-07 16:40 agent replies", "  2025-03-07 16:40:30 agent asks for more", "  2025-03-07 17:00:30 custom field 'order' set", "  now 2025-03-07 17:00:30");
        text.Should().NotContain("Jane").And.NotContain("Customer message").And.NotContain("Agent reply");
    }

    [Fact]
    public void Under_AnEngine_EvaluatesWithThatEngine()
    {
        var engine = new SlaEngine(OnePolicy("nine-to-five", new SlaTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(3))), AllCalendars);

        var setup = TicketScenario.Under(engine);
        var report = setup.OpenedAt(Monday0900).CustomerWrites().EvaluateNow();

        setup.Engine.Should().BeSameAs(engine);
        report.StateOf(SlaMetric.FirstReply).Target.Duration.Should().Be(Duration.FromHours(3));
    }

    [Fact]
    public void ByAgent_MakesTheOpenerTheStorysAgent()
    {
        var opener = AgentId.New();

        var scenario = Desk.OpenedAt(Monday0900).ByAgent(opener).After(Duration.FromMinutes(5)).AgentReplies();
        var ticket = scenario.ToTicket();

        scenario.Agent.Should().Be(opener);
        ticket.OpenedByAgent.Should().Be(opener);
        ticket.Interactions.Should().ContainSingle().Which.AgentId.Should().Be(opener);
        scenario.Customer.Should().Be(SlaCustomerContext.Standard);
        scenario.Zone.Should().Be(DateTimeZone.Utc);
    }
}
