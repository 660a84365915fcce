using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars.Json;

public sealed partial class CalendarJsonTests
{
    private static readonly IsoDayOfWeek[] Week =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    // Mostly whole minutes, sometimes any second, as people write hours.
    private static readonly Gen<int> SecondOfDay = Gen.OneOf(Gen.Int[0, 1440].Select(m => m * 60), Gen.Int[0, 86400]);

    private static readonly Gen<LocalDate> Date =
        Gen.Select(Gen.Int[1990, 2040], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new LocalDate(y, m, d));

    private static readonly Gen<YearlyHoliday> Yearly =
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[1900, 2100], Gen.Int[-1, 50], (m, d, from, span) =>
            new YearlyHoliday(new AnnualDate(m, System.Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(2000, m))), from, span < 0 ? null : from + span));

    private static readonly Gen<HolidaySet[]> HolidaySets =
        Gen.Select(Date.Array[0, 3], Yearly.Array[0, 2]).Array[0, 2]
            .Select(sets => sets.Select((s, i) => HolidaySet.Create($"set-{i}", s.Item1, s.Item2)).ToArray());

    private static readonly Gen<string> IdStem =
        Gen.OneOfConst("support", "ny desk", "été-ü", "quote\"and\\slash", "日本", "tab\there");

    private static readonly Gen<string> ZoneId =
        Gen.OneOfConst("UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham");

    private static LocalTime Time(int second) => second >= 86400 ? LocalTime.Midnight : LocalTime.FromSecondsSinceMidnight(second);

    // Up to `max` intervals of one day, not overlapping; sometimes the last one runs past midnight.
    private static Gen<OpeningHours[]> DayHours(int min, int max) =>
        Gen.Select(Gen.Int[min, max], SecondOfDay.Array[6], Gen.Int[0, 3], Gen.Bool, (count, points, overnight, reverse) =>
        {
            int[] sorted = [.. points.Take(2 * count).Distinct().Order()];
            var hours = new List<OpeningHours>();
            for (int i = 0; i + 1 < sorted.Length; i += 2)
            {
                hours.Add(new OpeningHours(Time(sorted[i]), Time(sorted[i + 1])));
            }

            if (overnight == 0 && hours.Count > 0 && sorted[0] > 0)
            {
                var last = hours[^1];
                hours[^1] = new OpeningHours(last.Start, Time(points[5] % sorted[0]));
            }

            if (reverse)
            {
                hours.Reverse();
            }

            return hours.ToArray();
        });

    private static readonly Gen<(LocalDate Date, OpeningHours[] Hours)[]> Overrides =
        Gen.Select(Date, DayHours(0, 2)).Array[0, 3];

    private static Gen<BusinessCalendar> CalendarUsing(HolidaySet[] sets, int index) =>
        Gen.Select(IdStem, ZoneId, DayHours(0, 3).Array[7], Date.Array[0, 4], Gen.Bool.Array[sets.Length], Overrides, (stem, zone, week, holidays, uses, overrides) =>
        {
            var builder = BusinessCalendar.Create($"{stem}-{index}", DateTimeZoneProviders.Tzdb[zone]);
            for (int d = 0; d < 7; d++)
            {
                foreach (var hours in week[d])
                {
                    builder.WithWeeklyHours(Week[d], hours);
                }
            }

            foreach (var date in holidays)
            {
                builder.WithHoliday(date);
            }

            foreach (var set in sets.Where((_, i) => uses[i]))
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

    private static readonly Gen<CalendarDocument> Documents =
        Gen.SelectMany(HolidaySets, Gen.Int[0, 3], (sets, count) =>
            Enumerable.Range(0, count).Select(i => CalendarUsing(sets, i)).ToArray() is { Length: > 0 } gens
                ? Gen.Select(gens.Aggregate(Gen.Const(new List<BusinessCalendar>()), (all, next) => Gen.Select(all, next, (list, c) => new List<BusinessCalendar>(list) { c })), cals => new CalendarDocument(cals, sets))
                : Gen.Const(new CalendarDocument([], sets)));

    [Fact]
    public void WriteThenParse_AnyValidDocument_GivesAnEqualDocument()
    {
        Documents.Sample(document =>
        {
            string json = CalendarJson.Write(document);
            var read = CalendarJson.Parse(json);
            return read.IsSuccess && read.Value.Equals(document) && CalendarJson.Write(read.Value) == json;
        }, iter: 300);
    }
}
