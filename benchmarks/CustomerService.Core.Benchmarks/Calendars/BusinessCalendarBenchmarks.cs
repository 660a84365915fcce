using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Calendars;

/// <summary>
/// Business-time arithmetic on America/New_York Mon-Fri 09:00-17:00 with 10 holidays, from random
/// instants over 2025. The floor is a bare <see cref="Array.BinarySearch{T}(T[], T)"/> over an array
/// of interval starts as long as the calendar's compiled index; Baseline 1 is a day-by-day walker
/// (<see cref="NaiveBusinessCalendar"/>). Each benchmark runs over the same <see cref="Count"/> instants.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private const int Count = 256;

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly LocalDate[] Holidays =
    [
        new(2025, 1, 1), new(2025, 1, 20), new(2025, 2, 17), new(2025, 5, 26), new(2025, 6, 19),
        new(2025, 7, 4), new(2025, 9, 1), new(2025, 10, 13), new(2025, 11, 27), new(2025, 12, 25),
    ];

    private static readonly Duration EightHours = Duration.FromHours(8);
    private static readonly Duration TwoThousandHours = Duration.FromHours(2000);
    private static readonly Duration Month = Duration.FromDays(30);

    private static readonly BusinessCalendar Calendar = CreateCalendar();

    private static readonly NaiveBusinessCalendar Naive = new(
        NewYork,
        new LocalTime(9, 0),
        new LocalTime(17, 0),
        new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday },
        new HashSet<LocalDate>(Holidays));

    private static readonly Instant[] Instants = CreateInstants();
    private static readonly long[] InstantTicks = [.. Instants.Select(i => i.ToUnixTimeTicks())];
    private static readonly long[] IntervalStarts = CreateIntervalStarts();
    private static readonly Instant[] IntervalStartInstants = [.. IntervalStarts.Select(Instant.FromUnixTimeTicks)];

    /// <summary>Prints the length of the floor's array (the index's interval count) into the run's log.</summary>
    [GlobalSetup]
    public static void ReportLength() => Console.WriteLine($"// Calendar index: {IntervalStarts.Length} intervals, {Calendar.CurrentIndex!.FirstDate:uuuu-MM-dd} to {Calendar.CurrentIndex.EndDate:uuuu-MM-dd}");

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int BinarySearchFloor()
    {
        var sum = 0;
        foreach (var ticks in InstantTicks)
        {
            sum += Array.BinarySearch(IntervalStarts, ticks);
        }

        return sum;
    }

    /// <summary>
    /// The same floor over the starts as <see cref="Instant"/>s, the type a caller holds: the generic
    /// comparer makes each probe dearer. Recorded beside the tick floor, which is the stricter one.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int BinarySearchInstantFloor()
    {
        var sum = 0;
        foreach (var instant in Instants)
        {
            sum += Array.BinarySearch(IntervalStartInstants, instant);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public Instant Add8h() => AddAll(EightHours);

    [Benchmark(OperationsPerInvoke = Count)]
    public Instant Add2000h() => AddAll(TwoThousandHours);

    [Benchmark(OperationsPerInvoke = Count)]
    public Duration BetweenMonth()
    {
        var sum = Duration.Zero;
        foreach (var instant in Instants)
        {
            sum += Calendar.Between(instant, instant + Month);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int IsOpen()
    {
        var open = 0;
        foreach (var instant in Instants)
        {
            open += Calendar.IsOpen(instant) ? 1 : 0;
        }

        return open;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public Instant NaiveAdd8h() => NaiveAddAll(EightHours);

    [Benchmark(OperationsPerInvoke = Count)]
    public Instant NaiveAdd2000h() => NaiveAddAll(TwoThousandHours);

    [Benchmark(OperationsPerInvoke = Count)]
    public Duration NaiveBetweenMonth()
    {
        var sum = Duration.Zero;
        foreach (var instant in Instants)
        {
            sum += Naive.Between(instant, instant + Month);
        }

        return sum;
    }

    private static Instant AddAll(Duration duration)
    {
        var last = default(Instant);
        foreach (var instant in Instants)
        {
            last = Calendar.Add(instant, duration);
        }

        return last;
    }

    private static Instant NaiveAddAll(Duration duration)
    {
        var last = default(Instant);
        foreach (var instant in Instants)
        {
            last = Naive.Add(instant, duration);
        }

        return last;
    }

    private static BusinessCalendar CreateCalendar()
    {
        var builder = BusinessCalendar.Create("support-ny", NewYork);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder.WithWeeklyHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        foreach (var holiday in Holidays)
        {
            builder.WithHoliday(holiday);
        }

        return builder.Build();
    }

    private static Instant[] CreateInstants()
    {
        var random = new Random(20261123);
        var start = Instant.FromUtc(2025, 1, 1, 0, 0);
        var instants = Enumerable.Range(0, Count)
            .Select(_ => start + Duration.FromSeconds(random.NextInt64(365L * 24 * 60 * 60)))
            .ToArray();

        // Compile the index for 2025 and the year after (Add(2000h) runs into 2026), as warm-up would.
        foreach (var instant in instants)
        {
            Calendar.Add(instant, TwoThousandHours);
            Calendar.Subtract(instant, TwoThousandHours);
        }

        return instants;
    }

    private static long[] CreateIntervalStarts() => Calendar.CurrentIndex!.CopyStarts();
}
