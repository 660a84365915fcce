using System;
using System.Linq;
using System.Text;
using CsCheck;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

/// <summary>CsCheck generators of valid calendars, instants and durations for the property tests.</summary>
internal static class CalendarGenerators
{
    /// <summary>The years the generated holidays, overrides and instants fall in.</summary>
    public static readonly LocalDate FirstDate = new(2023, 1, 1);

    public static readonly LocalDate LastDate = new(2027, 12, 31);

    /// <summary>Most dates and instants fall in this year, so holidays and overrides meet the instants often.</summary>
    public static readonly LocalDate BusyYear = new(2025, 1, 1);

    // Zones with daylight saving (1 hour; Lord Howe's 30 minutes; St John's at a half-hour offset) and without.
    private static readonly string[] ZoneIds = ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "America/St_Johns", "Asia/Kolkata"];

    private static readonly long FirstTicks = FirstDate.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();
    private static readonly long LastTicks = LastDate.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();
    private static readonly long BusyTicks = BusyYear.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();

    public static Gen<DateTimeZone> Zones { get; } = Gen.OneOfConst(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]);

    /// <summary>A time on a quarter hour (daylight-saving changes happen on those), as a slot 0..96 of 15 minutes.</summary>
    public static LocalTime Slot(int slot) => LocalTime.Midnight.PlusMinutes(15 * slot);

    /// <summary>Zero to three intervals of one day, sometimes a split shift, sometimes overnight, sometimes the whole day.</summary>
    public static Gen<OpeningHours[]> DayHours { get; } =
        Gen.Frequency(
            (1, Gen.Const(Array.Empty<OpeningHours>())),
            (1, Gen.Const(new[] { new OpeningHours(LocalTime.Midnight, LocalTime.Midnight) })),
            (6, Gen.Select(Gen.Int[0, 95].Array[2, 6], Gen.Int[0, 96], Gen.Int[0, 3], (slots, overnightEnd, kind) =>
            {
                var cuts = slots.Distinct().Order().ToArray();
                var hours = Enumerable.Range(0, cuts.Length / 2)
                    .Select(i => new OpeningHours(Slot(cuts[2 * i]), Slot(cuts[(2 * i) + 1])))
                    .ToArray();
                if (hours.Length == 0)
                {
                    return hours;
                }

                // kind 0: the last interval runs overnight; kind 1: it ends at the day's closing midnight (24:00).
                var last = hours[^1];
                hours[^1] = kind switch
                {
                    0 => last with { End = Slot(Math.Min(overnightEnd, cuts[0]) % 96) },
                    1 => last with { End = LocalTime.Midnight },
                    _ => last,
                };
                return hours;
            })));

    public static Gen<LocalDate> Dates { get; } =
        Gen.Frequency(
            (3, Gen.Int[0, 364].Select(d => BusyYear.PlusDays(d))),
            (1, Gen.Int[0, Period.DaysBetween(FirstDate, LastDate)].Select(d => FirstDate.PlusDays(d))));

    public static Gen<HolidaySet> HolidaySets { get; } =
        Gen.Select(Dates.Array[0, 6], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Bool, (dates, month, day, leapDay) =>
            HolidaySet.Create(
                "set",
                dates,
                [new YearlyHoliday(new AnnualDate(month, day), 2024), .. leapDay ? [new YearlyHoliday(new AnnualDate(2, 29), 2020, 2030)] : Array.Empty<YearlyHoliday>()]));

    /// <summary>A dated override: a date with zero (closed) to two intervals.</summary>
    public static Gen<(LocalDate Date, OpeningHours[] Hours)> Overrides { get; } =
        Gen.Select(Dates, DayHours.Select(h => h.Take(2).ToArray()));

    /// <summary>Valid calendars: random weekly hours, holidays, a holiday set, overrides, a zone.</summary>
    public static Gen<BusinessCalendar> ValidCalendars { get; } =
        Gen.Select(Zones, DayHours.Array[7], Dates.Array[0, 15], HolidaySets.Array[0, 1], Overrides.Array[0, 25])
            .Select(parts =>
            {
                var (zone, weekly, holidays, sets, overrides) = parts;
                var builder = BusinessCalendar.Create("generated", zone);
                for (var day = 0; day < 7; day++)
                {
                    foreach (var hours in weekly[day])
                    {
                        builder.WithWeeklyHours((IsoDayOfWeek)(day + 1), hours);
                    }
                }

                foreach (var date in holidays)
                {
                    builder.WithHoliday(date);
                }

                foreach (var set in sets)
                {
                    builder.WithHolidays(set);
                }

                foreach (var (date, hours) in overrides.DistinctBy(o => o.Date))
                {
                    if (hours.Length == 0)
                    {
                        builder.WithClosedDate(date);
                    }

                    foreach (var h in hours)
                    {
                        builder.WithDateOverride(date, h.Start, h.End);
                    }
                }

                return builder;
            })
            .Where(builder => builder.Validate().Count == 0)
            .Select(builder => builder.Build());

    /// <summary>Instants over the generated years, mostly in the busy year: on a whole minute mostly (to land on boundaries), sometimes to the nanosecond.</summary>
    public static Gen<Instant> Instants { get; } =
        Gen.Frequency(
            (4, Gen.Long[BusyTicks / NodaConstants.TicksPerMinute, (BusyTicks + (365 * NodaConstants.TicksPerDay)) / NodaConstants.TicksPerMinute].Select(m => Instant.FromUnixTimeTicks(m * NodaConstants.TicksPerMinute))),
            (2, Gen.Long[FirstTicks / NodaConstants.TicksPerMinute, LastTicks / NodaConstants.TicksPerMinute].Select(m => Instant.FromUnixTimeTicks(m * NodaConstants.TicksPerMinute))),
            (1, Gen.Select(Gen.Long[FirstTicks, LastTicks], Gen.Int[0, 99], (t, ns) => Instant.FromUnixTimeTicks(t).PlusNanoseconds(ns))));

    /// <summary>Durations up to 300 hours: zero sometimes, whole quarter hours mostly, sometimes to the nanosecond.</summary>
    public static Gen<Duration> Durations { get; } =
        Gen.Frequency(
            (1, Gen.Const(Duration.Zero)),
            (5, Gen.Int[1, 300 * 4].Select(q => Duration.FromMinutes(15 * q))),
            (2, Gen.Long[1, 300 * NodaConstants.NanosecondsPerHour].Select(Duration.FromNanoseconds)));

    /// <summary>The whole definition, for failure messages.</summary>
    public static string Describe(BusinessCalendar calendar)
    {
        var text = new StringBuilder().Append(calendar.Zone.Id).Append(" weekly:");
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            text.Append(' ').Append(day).Append('[').AppendJoin(',', calendar.WeeklyHours(day)).Append(']');
        }

        text.Append(" holidays:").AppendJoin(',', calendar.Holidays);
        foreach (var set in calendar.HolidaySets)
        {
            text.Append(" set:").AppendJoin(',', set.Dates).Append(';').AppendJoin(',', set.Yearly);
        }

        foreach (var (date, hours) in calendar.DateOverrides)
        {
            text.Append(" override ").Append(date).Append('[').AppendJoin(',', hours).Append(']');
        }

        return text.ToString();
    }
}
