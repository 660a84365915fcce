using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tests.TestSupport;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Tests.Sla;

/// <summary>One engine shared by many threads, its calendars compiling their indexes on first touch, answers as one thread does.</summary>
public sealed class SlaEngineConcurrencyTests
{
    [Fact]
    public void ManyThreads_OnOneFreshEngine_IncludingItsCalendarsFirstUse_GetTheSameReportsAsOneThread()
    {
        // Random histories of 2025 (crossing both DST changes), each evaluated at several instants, in shuffled order.
        var random = new Random(20261123);
        var histories = Enumerable.Range(0, 60).Select(_ => History(random)).ToArray();
        var queries = histories
            .SelectMany((h, i) => h.Events.Select(e => e.OccurredAt).Append(h.End).SelectMany(t => new[] { (i, t), (i, t + Duration.FromHours(random.Next(1, 200))) }))
            .OrderBy(_ => random.Next())
            .ToArray();

        var alone = SampleEngine();
        var expected = queries.Select(q => SlaEnginePropertyTests.Describe(alone.Evaluate(histories[q.Item1].Events, q.Item2))).ToArray();

        var shared = SampleEngine();
        var answers = new List<string>[queries.Length];
        Parallel.For(0, queries.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, q =>
            answers[q] = SlaEnginePropertyTests.Describe(shared.Evaluate(histories[queries[q].Item1].Events, queries[q].Item2)));

        queries.Length.Should().BeGreaterThan(1000);
        expected.Should().Contain(e => e.Count > 0, "the histories must meet the sample policies' targets for the comparison to mean anything");
        for (int q = 0; q < queries.Length; q++)
        {
            answers[q].Should().Equal(expected[q], $"query {q} ({queries[q]})");
        }
    }

    // A new engine over the sample policies and newly read sample calendars, whose indexes nothing has compiled yet.
    private static SlaEngine SampleEngine() => new(
        SlaPolicyJson.Parse(RepositoryRoot.ReadText("samples", "policies.json")).Value,
        CalendarJson.Parse(RepositoryRoot.ReadText("samples", "calendars.json")).Value.Calendars);

    private static (IReadOnlyList<ITicketEvent> Events, Instant End) History(Random random)
    {
        var steps = Enumerable.Range(0, random.Next(0, 20)).Select(_ => (random.Next(0, 13), random.Next(0, 3000), random.Next(0, 4))).ToArray();
        var (ticket, _, end) = SlaEnginePropertyTests.Build((random.Next(0, 364 * 24 * 60), steps, 0));
        return ([.. ticket.History], end);
    }
}
