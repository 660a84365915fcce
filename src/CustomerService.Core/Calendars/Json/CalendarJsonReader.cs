using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using NodaTime;

namespace CustomerService.Core.Calendars.Json;

/// <summary>
/// Reads a calendar document from a <see cref="JsonInput"/> tree, reporting every problem with its
/// JSON path. Calendars are checked by <see cref="BusinessCalendarBuilder.Validate"/>; its problems are
/// reported at the hours they are about.
/// </summary>
internal sealed class CalendarJsonReader
{
    private const string HolidaySetName = "holiday-set name";

    private readonly JsonInput _input;
    private readonly CalendarJsonOptions _options;
    private readonly List<HolidaySet> _sets = [];
    private readonly List<BusinessCalendarBuilder> _calendars = [];

    private CalendarJsonReader(JsonInput input, CalendarJsonOptions options)
    {
        _input = input;
        _options = options;
    }

    public static ParseResult<CalendarDocument> Read(JsonInput input, CalendarJsonOptions options)
    {
        var reader = new CalendarJsonReader(input, options);
        reader.ReadDocument();
        return input.Problems.ToResult(() => new CalendarDocument(reader._calendars.Select(b => b.Build()), reader._sets));
    }

    private void ReadDocument()
    {
        JsonObjectView? root = _input.Root is null ? null : _input.Object(_input.Root);
        if (root is null)
        {
            return;
        }

        if (root.Optional("$schema") is { } schema)
        {
            _input.String(schema);
        }

        JsonInputNode? sets = root.Optional("holidaySets");
        JsonInputNode? calendars = root.Optional("calendars");
        root.ReportUnknownProperties();

        var names = new HashSet<string>(_options.HolidaySets.Select(s => s.Name), System.StringComparer.Ordinal);
        foreach (JsonInputNode set in Items(sets))
        {
            ReadHolidaySet(set, names);
        }

        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (JsonInputNode calendar in Items(calendars))
        {
            ReadCalendar(calendar, ids);
        }
    }

    private void ReadHolidaySet(JsonInputNode node, HashSet<string> names)
    {
        JsonObjectView? set = _input.Object(node);
        if (set is null)
        {
            return;
        }

        string? name = ReadId(set.Required("name"), names, HolidaySetName);
        JsonInputNode? dates = set.Optional("dates");
        JsonInputNode? yearly = set.Optional("yearly");
        set.ReportUnknownProperties();

        List<LocalDate> closed = ReadDates(dates);
        List<YearlyHoliday> rules = [.. Items(yearly).Select(ReadYearly).OfType<YearlyHoliday>()];
        if (name is not null)
        {
            _sets.Add(HolidaySet.Create(name, closed, rules));
        }
    }

    private YearlyHoliday? ReadYearly(JsonInputNode node)
    {
        JsonObjectView? rule = _input.Object(node);
        if (rule is null)
        {
            return null;
        }

        JsonInputNode? monthNode = rule.Required("month");
        JsonInputNode? dayNode = rule.Required("day");
        JsonInputNode? fromNode = rule.Required("from");
        JsonInputNode? untilNode = rule.Optional("until");
        rule.ReportUnknownProperties();
        int? month = Integer(monthNode);
        int? day = Integer(dayNode);
        int? from = Integer(fromNode);
        int? until = Integer(untilNode);
        if (month is null || day is null || from is null || (untilNode is not null && until is null))
        {
            return null;
        }

        int before = _input.Problems.Count;
        int minYear = LocalDate.MinIsoValue.Year;
        int maxYear = LocalDate.MaxIsoValue.Year;
        if (month is < 1 or > 12)
        {
            Report(monthNode!, CalendarJsonProblemCodes.InvalidYearlyHoliday, $"The month {month} is not 1 to 12.");
        }
        else if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2000, month.Value))
        {
            // 2000 is a leap year: 29 February is a valid yearly holiday that occurs in leap years only.
            Report(dayNode!, CalendarJsonProblemCodes.InvalidYearlyHoliday, $"Month {month} has no day {day}.");
        }

        if (from < minYear || from > maxYear)
        {
            Report(fromNode!, CalendarJsonProblemCodes.InvalidYearlyHoliday, $"The year {from} is not {minYear} to {maxYear}.");
        }
        else if (until is int last && (last < from || last > maxYear))
        {
            Report(untilNode!, CalendarJsonProblemCodes.InvalidYearlyHoliday, $"The last year {last} is not {from} (the first year) to {maxYear}.");
        }

        return _input.Problems.Count == before ? new YearlyHoliday(new AnnualDate(month.Value, day.Value), from.Value, until) : null;
    }

    private void ReadCalendar(JsonInputNode node, HashSet<string> ids)
    {
        JsonObjectView? calendar = _input.Object(node);
        if (calendar is null)
        {
            return;
        }

        string? id = ReadId(calendar.Required("id"), ids, "calendar id");
        DateTimeZone? zone = ReadZone(calendar.Required("timeZone"));
        JsonInputNode? weekly = calendar.Optional("weeklyHours");
        JsonInputNode? holidays = calendar.Optional("holidays");
        JsonInputNode? sets = calendar.Optional("holidaySets");
        JsonInputNode? overrides = calendar.Optional("overrides");
        calendar.ReportUnknownProperties();

        // Placeholders let the builder check the hours even when the id or zone is wrong.
        BusinessCalendarBuilder builder = BusinessCalendar.Create(id ?? "invalid", zone ?? DateTimeZone.Utc);
        foreach (LocalDate date in ReadDates(holidays))
        {
            builder.WithHoliday(date);
        }

        foreach (JsonInputNode reference in Items(sets))
        {
            AddHolidaySet(builder, reference);
        }

        var places = new CalendarProblemPlaces(node);
        int beforeHours = _input.Problems.Count;
        ReadWeeklyHours(weekly, builder, places);
        var dates = new Dictionary<LocalDate, JsonInputNode>();
        foreach (JsonInputNode value in Items(overrides))
        {
            ReadOverride(value, builder, places, dates);
        }

        // Hours left out for their own problems would make "no open time" a false alarm.
        bool hoursLeftOut = _input.Problems.Count > beforeHours;
        foreach (CalendarProblem problem in builder.Validate())
        {
            if (!(hoursLeftOut && problem.Code is CalendarErrors.NoOpenTime or CalendarErrors.NoWeeklyHours))
            {
                Report(places.Locate(problem), problem.Code, problem.Message);
            }
        }

        _calendars.Add(builder);
    }

    private void AddHolidaySet(BusinessCalendarBuilder builder, JsonInputNode reference)
    {
        string? name = _input.String(reference);
        if (name is null)
        {
            return;
        }

        HolidaySet? set = _sets.Find(s => s.Name == name) ?? _options.HolidaySets.FirstOrDefault(s => s.Name == name);
        if (set is null)
        {
            Report(reference, CalendarJsonProblemCodes.UnknownHolidaySet, $"The holiday set {InputText.Quote(name)} is not defined in the document's holidaySets (nor given in the options).");
            return;
        }

        builder.WithHolidays(set);
    }

    private void ReadWeeklyHours(JsonInputNode? weekly, BusinessCalendarBuilder builder, CalendarProblemPlaces places)
    {
        JsonObjectView? days = weekly is null ? null : _input.Object(weekly);
        if (days is null)
        {
            return;
        }

        foreach (IsoDayOfWeek day in CalendarJsonText.Days)
        {
            JsonInputNode? hoursOfDay = days.Optional(CalendarJsonText.DayName(day));
            if (hoursOfDay is null)
            {
                continue;
            }

            places.AddDay(day, hoursOfDay);
            foreach (JsonInputNode value in _input.Array(hoursOfDay))
            {
                if (ReadHours(value) is OpeningHours hours)
                {
                    builder.WithWeeklyHours(day, hours);
                    places.AddWeeklyHours(day, value);
                }
            }
        }

        days.ReportUnknownProperties();
    }

    private void ReadOverride(JsonInputNode node, BusinessCalendarBuilder builder, CalendarProblemPlaces places, Dictionary<LocalDate, JsonInputNode> dates)
    {
        JsonObjectView? value = _input.Object(node);
        if (value is null)
        {
            return;
        }

        JsonInputNode? dateNode = value.Required("date");
        JsonInputNode? hoursNode = value.Optional("hours");
        JsonInputNode? closedNode = value.Optional("closed");
        value.ReportUnknownProperties();

        LocalDate? date = dateNode is null ? null : ReadDate(dateNode);
        bool? closed = closedNode is null ? null : _input.Boolean(closedNode);
        var hours = Items(hoursNode).Select(h => (Node: h, Hours: ReadHours(h))).ToList();
        if (hoursNode is not null && closedNode is not null)
        {
            Report(closedNode, CalendarJsonProblemCodes.InvalidOverride, "An override either gives hours or says closed: true, not both.");
        }
        else if (hoursNode is null && closedNode is null)
        {
            Report(node, CalendarJsonProblemCodes.InvalidOverride, "An override needs hours, or closed: true to close the date.");
        }
        else if (closed == false)
        {
            Report(closedNode!, CalendarJsonProblemCodes.InvalidOverride, "closed must be true; to open the date, give hours instead.");
        }
        else if (hoursNode is { Kind: JsonInputKind.Array } && hours.Count == 0)
        {
            Report(hoursNode, CalendarJsonProblemCodes.InvalidOverride, "The hours are empty; to close the date, write closed: true instead.");
        }

        if (date is not LocalDate day)
        {
            return;
        }

        if (!dates.TryAdd(day, node))
        {
            Report(dateNode!, CalendarJsonProblemCodes.DuplicateOverride, $"{CalendarJsonText.FormatDate(day)} already has an override at {dates[day].Path}; a date has one override (list several hours in it).");
            return;
        }

        if (closed == true && hoursNode is null)
        {
            builder.WithClosedDate(day);
        }
        else if (closedNode is null && hoursNode is not null)
        {
            places.AddOverride(day, node);
            foreach ((JsonInputNode hoursValue, OpeningHours? read) in hours)
            {
                if (read is OpeningHours valid)
                {
                    builder.WithDateOverride(day, valid.Start, valid.End);
                    places.AddOverrideHours(day, hoursValue);
                }
            }
        }
    }

    private OpeningHours? ReadHours(JsonInputNode node)
    {
        JsonObjectView? hours = _input.Object(node);
        if (hours is null)
        {
            return null;
        }

        JsonInputNode? startNode = hours.Required("start");
        JsonInputNode? endNode = hours.Required("end");
        hours.ReportUnknownProperties();
        LocalTime? start = startNode is null ? null : ReadTime(startNode, isEnd: false);
        LocalTime? end = endNode is null ? null : ReadTime(endNode, isEnd: true);
        return start is LocalTime from && end is LocalTime to ? new OpeningHours(from, to) : null;
    }

    private LocalTime? ReadTime(JsonInputNode node, bool isEnd)
    {
        string? text = _input.String(node);
        if (text is null)
        {
            return null;
        }

        if (CalendarJsonText.TryParseTime(text, isEnd, out LocalTime time))
        {
            return time;
        }

        Report(node, CalendarJsonProblemCodes.InvalidTime, text is CalendarJsonText.EndOfDay or "24:00:00"
            ? "24:00 is only allowed as an end (the midnight that ends the day); a day starts at 00:00."
            : $"{InputText.Quote(text)} is not a time of day: write HH:mm (00:00 to 23:59), HH:mm:ss, or 24:00 as an end.");
        return null;
    }

    private List<LocalDate> ReadDates(JsonInputNode? dates)
    {
        var result = new List<LocalDate>();
        foreach (JsonInputNode value in Items(dates))
        {
            if (ReadDate(value) is LocalDate date)
            {
                result.Add(date);
            }
        }

        return result;
    }

    private LocalDate? ReadDate(JsonInputNode node)
    {
        string? text = _input.String(node);
        if (text is null)
        {
            return null;
        }

        if (CalendarJsonText.TryParseDate(text, out LocalDate date))
        {
            return date;
        }

        Report(node, CalendarJsonProblemCodes.InvalidDate, $"{InputText.Quote(text)} is not a date in the form yyyy-MM-dd.");
        return null;
    }

    private DateTimeZone? ReadZone(JsonInputNode? node)
    {
        string? id = node is null ? null : _input.String(node);
        if (id is null)
        {
            return null;
        }

        DateTimeZone? zone = _options.Zones.GetZoneOrNull(id);
        if (zone is null)
        {
            Report(node!, CalendarJsonProblemCodes.UnknownTimeZone, $"{InputText.Quote(id)} is not a time zone id of the time zone database ({_options.Zones.VersionId}); use an IANA id such as America/New_York, or UTC.");
        }

        return zone;
    }

    private string? ReadId(JsonInputNode? node, HashSet<string> seen, string noun)
    {
        string? id = node is null ? null : _input.String(node);
        if (id is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            Report(node!, CalendarJsonProblemCodes.InvalidId, $"The {noun} must not be empty or white space.");
            return null;
        }

        if (!seen.Add(id))
        {
            Report(node!, CalendarJsonProblemCodes.DuplicateId, noun == HolidaySetName && _options.HolidaySets.Any(s => s.Name == id)
                ? $"The {noun} {InputText.Quote(id)} is already given in the options (a set from outside the document)."
                : $"The {noun} {InputText.Quote(id)} is already used in this document.");
            return null;
        }

        return id;
    }

    private int? Integer(JsonInputNode? node) => node is null ? null : _input.Integer(node);

    private IReadOnlyList<JsonInputNode> Items(JsonInputNode? node) => node is null ? [] : _input.Array(node);

    private void Report(JsonInputNode node, string code, string message) => _input.Report(node, code, message);
}
