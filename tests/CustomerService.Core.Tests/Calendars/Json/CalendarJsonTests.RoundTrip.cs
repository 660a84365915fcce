using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CustomerService.Core.Calendars;
using CustomerService.Core.Calendars.Json;
using NodaTime;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars.Json;

public sealed partial class CalendarJsonTests
{
    private static readonly Gen<YearlyHoliday> Yearly =
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[1900, 2100], Gen.Int[-1, 50], (m, d, from, span) =>
            new YearlyHoliday(new AnnualDate(m, System.Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(2000, m))), from, span < 0 ? null : from + span));

    // Sets with distinct names, so that calendars can share them by name.
    private static readonly Gen<HolidaySet[]> NamedHolidaySets =
        Gen.Select(CalendarGenerators.Dates.Array[0, 3], Yearly.Array[0, 2]).Array[0, 3]
            .Select(sets => sets.Select((s, i) => HolidaySet.Create($"set-{i}", s.Item1, s.Item2)).ToArray());

    // Ids that need escaping in JSON, or are not ASCII.
    private static readonly Gen<string> IdStem =
        Gen.OneOfConst("support", "ny desk", "été-ü", "quote\"and\\slash", "日本", "tab\there");

    private static Gen<BusinessCalendar> CalendarUsing(HolidaySet[] sets, int index) =>
        Gen.Select(CalendarGenerators.ValidCalendars, IdStem, Gen.Bool.Array[sets.Length], (calendar, stem, uses) =>
            Redefine(calendar, $"{stem}-{index}", sets.Where((_, i) => uses[i])));

    // The same hours, holidays and overrides under another id, with the document's holiday sets.
    private static BusinessCalendar Redefine(BusinessCalendar calendar, string id, IEnumerable<HolidaySet> sets)
    {
        var builder = BusinessCalendar.Create(id, calendar.Zone);
        foreach (var day in Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d))
        {
            calendar.WeeklyHours(day).ToList().ForEach(hours => builder.WithWeeklyHours(day, hours));
        }

        calendar.Holidays.ToList().ForEach(date => builder.WithHoliday(date));
        sets.ToList().ForEach(set => builder.WithHolidays(set));
        foreach (var (date, hours) in calendar.DateOverrides)
        {
            _ = hours.Count == 0 ? builder.WithClosedDate(date) : hours.Aggregate(builder, (b, h) => b.WithDateOverride(date, h.Start, h.End));
        }

        return builder.Build();
    }

    private static readonly Gen<CalendarDocument> Documents =
        Gen.SelectMany(NamedHolidaySets, Gen.Int[0, 3], (sets, count) =>
            Enumerable.Range(0, count)
                .Aggregate(Gen.Const(new List<BusinessCalendar>()), (all, i) => Gen.Select(all, CalendarUsing(sets, i), (list, c) => new List<BusinessCalendar>(list) { c }))
                .Select(calendars => new CalendarDocument(calendars, sets)));

    [Fact]
    public void WriteThenParse_AnyValidDocument_GivesAnEqualDocument()
    {
        Documents.Sample(document =>
        {
            string json = CalendarJson.Write(document);
            var read = CalendarJson.Parse(json);
            return read.IsSuccess && read.Value.Equals(document) && CalendarJson.Write(read.Value) == json;
        }, iter: MutationRun.Iter(300));
    }
}
