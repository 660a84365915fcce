using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.Tests.TestSupport;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

public sealed class BusinessCalendarConcurrencyTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void ManyThreads_OnOneFreshCalendar_IncludingItsCompilation_GetTheSameAnswersAsOneThread()
    {
        var definition = BusinessCalendarWorkedExampleTests.WeekdaysBuilder(NewYork, 9, 17)
            .WithWeeklyHours(IsoDayOfWeek.Saturday, new LocalTime(22, 0), new LocalTime(4, 0))
            .WithHolidays(HolidaySet.Create("yearly", [], [new YearlyHoliday(new AnnualDate(12, 25), 1900), new YearlyHoliday(new AnnualDate(7, 4), 1900)]))
            .Build();

        // Instants from 1990 to 2090, so threads race to grow the index both ways.
        var random = new Random(20261123);
        var first = Instant.FromUtc(1990, 1, 1, 0, 0).ToUnixTimeTicks();
        var last = Instant.FromUtc(2090, 1, 1, 0, 0).ToUnixTimeTicks();
        var queries = Enumerable.Range(0, 1500)
            .Select(_ => (At: Instant.FromUnixTimeTicks(random.NextInt64(first, last)), Duration: Duration.FromMinutes(random.Next(0, 2000 * 60))))
            .ToArray();

        var expected = Answer(definition.WithFreshIndex(30), queries, 0);

        const int threads = 4;
        var shared = definition.WithFreshIndex(7);
        var answers = new string[threads][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            answers[t] = Answer(shared, queries, t * queries.Length / threads);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        answers.Should().AllSatisfy(a => a.Should().Equal(expected));
    }

    // Answers every query, starting at a different one per thread, in query order.
    private static string[] Answer(BusinessCalendar calendar, (Instant At, Duration Duration)[] queries, int offset)
    {
        var answers = new string[queries.Length];
        for (var n = 0; n < queries.Length; n++)
        {
            var i = (n + offset) % queries.Length;
            answers[i] = AnswerOne(calendar, queries[i].At, queries[i].Duration);
        }

        return answers;
    }

    private static string AnswerOne(BusinessCalendar calendar, Instant at, Duration duration) => string.Join(
        " ",
        calendar.Add(at, duration),
        calendar.Subtract(at, duration),
        calendar.Between(at, at + duration),
        calendar.IsOpen(at),
        calendar.NextOpening(at),
        calendar.NextClosing(at),
        string.Join(",", calendar.OpenIntervals(at, at + Duration.FromDays(3))));

    [Fact]
    public void ParallelQueries_OnFreshlyReadSampleCalendars_RacingToCompileThem_GetTheSameAnswersAsOneThread()
    {
        var random = new Random(20261124);
        var first = Instant.FromUtc(1970, 1, 1, 0, 0).ToUnixTimeTicks();
        var last = Instant.FromUtc(2120, 1, 1, 0, 0).ToUnixTimeTicks();
        var queries = Enumerable.Range(0, 3000)
            .Select(_ => (Calendar: random.Next(0, 3), At: Instant.FromUnixTimeTicks(random.NextInt64(first, last)), Duration: Duration.FromMinutes(random.Next(0, 3000 * 60))))
            .ToArray();

        var alone = SampleCalendars();
        var expected = queries.Select(q => AnswerOne(alone[q.Calendar], q.At, q.Duration)).ToArray();

        var shared = SampleCalendars();
        var answers = new string[queries.Length];
        Parallel.For(0, queries.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            answers[i] = AnswerOne(shared[queries[i].Calendar], queries[i].At, queries[i].Duration));

        answers.Should().Equal(expected);
    }

    // Newly read calendars: nothing has compiled their indexes yet.
    private static IReadOnlyList<BusinessCalendar> SampleCalendars() =>
        CalendarJson.Parse(RepositoryRoot.ReadText("samples", "calendars.json")).Value.Calendars;
}
