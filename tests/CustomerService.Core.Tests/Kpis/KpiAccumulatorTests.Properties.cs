using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.Customers;
using CustomerService.Core.Kpis;
using CustomerService.Core.Sla;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using static CustomerService.Core.Tests.Kpis.KpiTickets;
using static CustomerService.Core.Tests.Tickets.TicketFixtures;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Kpis;

// The laws of a mergeable accumulator, on generated tickets with SLA reports and survey responses: merge is commutative
// and associative, merged partitions equal one pass, and the order of adding does not matter. Then
// a few KPIs checked against a plain LINQ computation over the same tickets.
public sealed partial class KpiAccumulatorTests
{
    private static readonly Instant Now = At(12 * 24 * 60);

    private static readonly KpiOptions PropertyOptions = KpiOptions.Default with
    {
        TimeZone = Paris,
        Period = KpiPeriod.IsoWeek,
        Groupings = [KpiDimensions.Agent, KpiDimensions.Channel | KpiDimensions.Period, KpiDimensions.Priority | KpiDimensions.Period],
        BacklogAt = At(6 * 24 * 60),
        BusinessCalendar = OfficeHours,
    };

    private static readonly SlaEngine PropertyEngine = new(
        SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard")
                .WithTarget(SlaMetric.FirstReply, Priority.Normal, Duration.FromHours(2))
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromMinutes(30), SlaHoursMode.Calendar)
                .WithTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromHours(4))
                .WithTarget(SlaMetric.NextReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Calendar)
                .WithCalendar("office")
                .Build())
            .Build(),
        [OfficeHours]);

    private static readonly Gen<Entry> GeneratedTickets = Gen.Select(
        Gen.Int[0, 10 * 24 * 60], Gen.Bool, Gen.Int[0, 1], Gen.Select(Gen.Int[0, 12], Gen.Int[0, 600]).Array[0, 14], Gen.Int[0, 2], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 10], Gen.Int[-1, 10]),
        (start, byAgent, channel, steps, tier, survey) => Build(start, byAgent, channel, steps, tier, survey));

    private static readonly Gen<Entry[]> TicketSets = GeneratedTickets.Array[0, 30];

    [Fact]
    public void Merge_IsCommutative()
    {
        Gen.Select(TicketSets, TicketSets).Sample(
            (a, b) => Accumulate(a).Merge(Accumulate(b)).Result().Should().Be(Accumulate(b).Merge(Accumulate(a)).Result()),
            iter: MutationRun.Iter(60));
    }

    [Fact]
    public void Merge_IsAssociative()
    {
        Gen.Select(TicketSets, TicketSets, TicketSets).Sample(
            (a, b, c) => Accumulate(a).Merge(Accumulate(b)).Merge(Accumulate(c)).Result()
                .Should().Be(Accumulate(a).Merge(Accumulate(b).Merge(Accumulate(c))).Result()),
            iter: MutationRun.Iter(40));
    }

    [Fact]
    public void Merge_OfPartitions_EqualsOnePassOverAll()
    {
        Gen.Select(TicketSets, Gen.Int[1, 5], Gen.Int).Sample(
            (tickets, parts, seed) =>
            {
                var random = new Random(seed);
                var partitions = Enumerable.Range(0, parts).Select(_ => new KpiAccumulator(PropertyOptions)).ToArray();
                foreach (var entry in tickets)
                {
                    Add(partitions[random.Next(parts)], entry);
                }

                var merged = partitions.Skip(1).Aggregate(partitions[0], (all, part) => all.Merge(part));
                merged.Result().Should().Be(Accumulate(tickets).Result());
            },
            iter: MutationRun.Iter(60));
    }

    [Fact]
    public void Add_InAnyOrder_GivesTheSameReport()
    {
        Gen.Select(TicketSets, Gen.Int).Sample(
            (tickets, seed) =>
            {
                var shuffled = tickets.ToArray();
                new Random(seed).Shuffle(shuffled);
                Accumulate(shuffled).Result().Should().Be(Accumulate(tickets).Result());
            },
            iter: MutationRun.Iter(60));
    }

    [Fact]
    public void Result_AgreesWithAPlainComputation_PercentilesWithinOnePercent()
    {
        TicketSets.Sample(
            tickets =>
            {
                var figures = Accumulate(tickets).Result().Overall;
                var all = tickets.Select(e => e.Ticket).ToArray();
                var solved = all.Where(t => t.Status is TicketStatus.Solved or TicketStatus.Closed && t.SolveCount > 0).ToArray();

                figures.TicketsCreated.Should().Be(all.Length);
                figures.TicketsSolved.Should().Be(solved.Length);
                figures.FirstContactResolution.Should().Be(new KpiRate(solved.Count(t => t.Interactions.Count(i => i.Author == AuthorKind.Customer) <= 1), solved.Length));
                figures.OneTouchResolution.Should().Be(new KpiRate(solved.Count(t => t.Interactions.Count(IsReply) < 2), solved.Length));
                figures.Reopens.Should().Be(new KpiRate(all.Sum(t => StatusChanges(t).Count(c => c.From == TicketStatus.Solved && c.To == TicketStatus.Open)), all.Sum(t => t.History.OfType<TicketStatusChanged>().Count(c => c.To == TicketStatus.Solved))));
                figures.Backlog.Count.Should().Be(all.Count(t => t.OpenedAt <= PropertyOptions.BacklogAt && StatusAt(t, PropertyOptions.BacklogAt!.Value) is not (TicketStatus.Solved or TicketStatus.Closed)));

                var fullResolution = solved.Select(t => (t.SolvedAt!.Value - t.OpenedAt).ToInt64Nanoseconds()).Order().ToArray();
                AssertSummary(figures.FullResolutionTime.CalendarTime, fullResolution);
                var handle = solved.Where(t => t.Interactions.Any(i => i.HandleTime is not null))
                    .Select(t => t.Interactions.Sum(i => i.HandleTime?.ToInt64Nanoseconds() ?? 0)).Order().ToArray();
                AssertSummary(figures.HandleTime, handle);

                var achieved = tickets.Sum(e => e.Report.Targets.Count(s => s.Stage == SlaStage.Achieved));
                var breached = tickets.Sum(e => e.Report.Targets.Count(s => s.Stage == SlaStage.Breached));
                figures.SlaAchievements.Sum(a => a.Achieved).Should().Be(achieved);
                figures.SlaAchievements.Sum(a => a.Breached).Should().Be(breached);

                var answered = tickets.Select(e => e.Survey).OfType<SurveyResponse>().Where(r => r.IsAnswered).ToArray();
                var csat = answered.Where(r => r.Kind == SurveyKind.Csat).ToArray();
                figures.Csat.Should().Be(new CsatTally(csat.Length, csat.Count(r => r.Score >= 4)));
                var nps = answered.Where(r => r.Kind == SurveyKind.Nps).ToArray();
                figures.Nps.Should().Be(new NpsTally(nps.Length, nps.Count(r => r.Score >= 9), nps.Count(r => r.Score <= 6)));
                var ces = answered.Where(r => r.Kind == SurveyKind.Ces).ToArray();
                figures.Ces.Should().Be(new CesTally(ces.Length, ces.Sum(r => r.Score!.Value), ces.Count(r => r.Score >= 5)));
            },
            iter: MutationRun.Iter(100));
    }

    private static bool IsReply(Interaction i) => i.Author == AuthorKind.Agent && i.IsPublic;

    private static IEnumerable<TicketStatusChanged> StatusChanges(Ticket t) => t.History.OfType<TicketStatusChanged>();

    private static TicketStatus StatusAt(Ticket t, Instant at) => StatusChanges(t).LastOrDefault(c => c.OccurredAt <= at)?.To ?? TicketStatus.New;

    private static void AssertSummary(DurationSummary summary, long[] sorted)
    {
        summary.Count.Should().Be(sorted.Length);
        if (sorted.Length == 0)
        {
            return;
        }

        summary.Min.Should().Be(Duration.FromNanoseconds(sorted[0]));
        summary.Max.Should().Be(Duration.FromNanoseconds(sorted[^1]));
        summary.TotalNanoseconds.Should().Be(sorted.Aggregate(Int128.Zero, (sum, x) => sum + x));
        foreach (var q in new[] { 0.5, 0.9, 0.99 })
        {
            var exact = sorted[(long)Math.Floor(q * (sorted.Length - 1))];
            var estimate = summary.Quantile(q)!.Value.ToInt64Nanoseconds();
            Math.Abs(estimate - exact).Should().BeLessThanOrEqualTo((long)(0.01 * exact), "quantile {0} is within 1%", q);
        }
    }

    private static KpiAccumulator Accumulate(IEnumerable<Entry> tickets)
    {
        var kpis = new KpiAccumulator(PropertyOptions);
        foreach (var entry in tickets)
        {
            Add(kpis, entry);
        }

        return kpis;
    }

    private static void Add(KpiAccumulator kpis, Entry entry)
    {
        CustomerTier? tier = entry.Tier == 0 ? null : CustomerTier.Create(entry.Tier == 1 ? "gold" : "standard");
        kpis.Add(entry.Ticket, entry.Report, tier);
        if (entry.Survey is { } survey)
        {
            kpis.Add(survey, entry.Ticket, tier);
        }
    }

    /// <summary>A ticket from a start and a list of (command, minutes later) steps; commands the ticket refuses are skipped.</summary>
    private static Entry Build(int start, bool byAgent, int channel, (int Command, int Minutes)[] steps, int tier, (int Kind, int Score, int Revised) survey)
    {
        var medium = channel == 0 ? Channel.Email : Channel.Chat;
        var ticket = byAgent
            ? Ticket.OpenByAgent(TicketId.New(), CustomerService.Core.Tests.Tickets.TicketFixtures.Customer, Agent, medium, Priority.Normal, "Call", At(start))
            : Opened(start, channel: medium);
        var minutes = start;
        foreach (var (command, later) in steps)
        {
            minutes += later;
            var at = At(minutes);
            switch (command)
            {
                case 0 or 1 when ticket.CanAddCustomerMessage(at): ticket.Asks(minutes); break;
                case 2 or 3 when ticket.CanAddAgentReply(at): ticket.Reply(minutes, later % 3 == 0 ? null : Duration.FromMinutes(later % 17), later % 2 == 0 ? Agent : OtherAgent); break;
                case 4 when ticket.CanAddAgentReply(at): ticket.Note(minutes, Duration.FromMinutes(3)); break;
                case 5 when ticket.CanAddSystemMessage(at): ticket.Bot(minutes); break;
                case 6 when ticket.CanChangeStatus(TicketStatus.Pending, at): ticket.Status(TicketStatus.Pending, minutes); break;
                case 7 when ticket.CanChangeStatus(TicketStatus.OnHold, at): ticket.Status(TicketStatus.OnHold, minutes); break;
                case 8 when ticket.CanSolve(at): ticket.Solve(at); break;
                case 9 when ticket.CanReopen(at): ticket.Reopen(at); break;
                case 10 when ticket.CanClose(at): ticket.Close(at); break;
                case 11 when ticket.CanAssign(at): ticket.AssignTo(later % 2 == 0 ? Agent : OtherAgent, at); break;
                case 12 when ticket.CanChangePriority(at): ticket.ChangePriority(later % 2 == 0 ? Priority.High : Priority.Normal, at); break;
            }
        }

        return new Entry(ticket, PropertyEngine.Evaluate(ticket, Now), tier, Survey(ticket, survey));
    }

    /// <summary>
    /// A survey about the ticket, sent at its last event: none (kind 0), CSAT 1-5, NPS or CES;
    /// unanswered when the score is 0, revised to <c>Revised</c> a day later when that is on the scale.
    /// </summary>
    private static SurveyResponse? Survey(Ticket ticket, (int Kind, int Score, int Revised) survey)
    {
        if (survey.Kind == 0)
        {
            return null;
        }

        var definition = SurveyDefinition.DefaultFor((SurveyKind)survey.Kind);
        var sentAt = ticket.UpdatedAt;
        var response = SurveyResponse.Send(SurveyResponseId.New(), definition, ticket.CustomerId, ticket.Id, ticket.SolveCount, ticket.AssigneeId, sentAt);
        if (survey.Score != 0 && definition.Scale.Contains(survey.Score))
        {
            response.Answer(survey.Score, sentAt + Duration.FromMinutes(survey.Score * 37));
            if (definition.Scale.Contains(survey.Revised))
            {
                response.Answer(survey.Revised, sentAt + Duration.FromDays(1));
            }
        }

        return response;
    }

    /// <summary>A generated ticket, its SLA report, a tier code (0: none given) and a survey about it, if any.</summary>
    private sealed record Entry(Ticket Ticket, SlaReport Report, int Tier, SurveyResponse? Survey)
    {
        public override string ToString() => $"{Ticket} {Report}";
    }
}
