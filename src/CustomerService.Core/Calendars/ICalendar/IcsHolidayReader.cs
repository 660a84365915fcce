using System;
using System.Collections.Generic;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Calendars.ICalendar;

/// <summary>
/// Walks the components of iCalendar content lines and turns each all-day VEVENT into closed dates
/// or yearly holidays. Everything that would change which dates are closed and is not applied is
/// reported with its line; purely descriptive content is skipped.
/// </summary>
internal sealed class IcsHolidayReader
{
    private const int MaxEventDays = 366;

    // RFC 5545 and RFC 7986 properties that describe an event or a calendar but cannot change its dates.
    private static readonly HashSet<string> DescriptiveProperties = new(StringComparer.Ordinal)
    {
        "SUMMARY", "DESCRIPTION", "UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "CLASS", "TRANSP",
        "CATEGORIES", "LOCATION", "COMMENT", "URL", "PRIORITY", "ORGANIZER", "ATTENDEE", "CONTACT", "GEO",
        "RESOURCES", "RELATED-TO", "ATTACH", "REQUEST-STATUS", "COLOR", "CONFERENCE", "IMAGE",
    };

    private static readonly HashSet<string> DescriptiveCalendarProperties = new(StringComparer.Ordinal)
    {
        "PRODID", "NAME", "DESCRIPTION", "UID", "URL", "LAST-MODIFIED", "REFRESH-INTERVAL", "SOURCE", "COLOR",
        "IMAGE", "CATEGORIES",
    };

    private static readonly HashSet<string> DateChangingProperties = new(StringComparer.Ordinal)
    {
        "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID", "DURATION",
    };

    private readonly InputProblemCollector _problems;
    private readonly List<LocalDate> _dates = [];
    private readonly List<YearlyHoliday> _yearly = [];
    private readonly Stack<(string Name, int Line, bool Skipped)> _open = new();
    private IcsEvent? _event;

    public IcsHolidayReader(InputProblemCollector problems)
    {
        _problems = problems;
    }

    public IReadOnlyList<LocalDate> Dates => _dates;

    public IReadOnlyList<YearlyHoliday> Yearly => _yearly;

    public void Read(IReadOnlyList<IcsContentLine> lines)
    {
        if (lines.Count == 0 || lines[0].Name != "BEGIN" || !IsComponent(lines[0], "VCALENDAR"))
        {
            _problems.Add(IcsProblemCodes.Structure, "This is not an iCalendar file: it must start with BEGIN:VCALENDAR.", line: lines.Count == 0 ? null : lines[0].Line);
            return;
        }

        bool reportedStray = false;
        foreach (IcsContentLine line in lines)
        {
            switch (line.Name)
            {
                case "BEGIN":
                    Begin(line);
                    reportedStray = false;
                    break;
                case "END":
                    End(line);
                    break;
                default:
                    if (_open.Count == 0)
                    {
                        if (!reportedStray)
                        {
                            _problems.Add(IcsProblemCodes.Structure, "Content outside BEGIN:VCALENDAR ... END:VCALENDAR.", line: line.Line);
                            reportedStray = true;
                        }
                    }
                    else if (!_open.Peek().Skipped)
                    {
                        Property(line);
                    }

                    break;
            }
        }

        while (_open.Count > 0)
        {
            (string name, int beginLine, _) = _open.Pop();
            _problems.Add(IcsProblemCodes.Structure, $"BEGIN:{name} on line {beginLine} has no END:{name}.", line: beginLine);
        }
    }

    private static bool IsComponent(IcsContentLine line, string name) =>
        string.Equals(line.Value.Trim(), name, StringComparison.OrdinalIgnoreCase);

    private void Begin(IcsContentLine line)
    {
        string name = line.Value.Trim().ToUpperInvariant();
        bool skipped = _open.Count > 0 && _open.Peek().Skipped;
        string? parent = _open.Count > 0 ? _open.Peek().Name : null;
        if (!skipped)
        {
            switch (parent, name)
            {
                case (null, "VCALENDAR"):
                    break;
                case (_, "VCALENDAR"):
                case (null, _):
                    _problems.Add(IcsProblemCodes.Structure, $"BEGIN:{InputText.Quote(name)} cannot appear here: VCALENDAR is the outermost component and holds the others.", line: line.Line);
                    skipped = true;
                    break;
                case ("VCALENDAR", "VEVENT"):
                    _event = new IcsEvent(line.Line);
                    break;
                case ("VCALENDAR", "VTIMEZONE"):
                case ("VEVENT", "VALARM"):
                    // Time zones do not move all-day dates; alarms do not change them.
                    skipped = true;
                    break;
                default:
                    _problems.Add(IcsProblemCodes.UnsupportedComponent, $"The component {InputText.Quote(name)} is not supported here: only VEVENT (all-day events) in a VCALENDAR.", line: line.Line);
                    skipped = true;
                    break;
            }
        }

        _open.Push((name, line.Line, skipped));
    }

    private void End(IcsContentLine line)
    {
        string name = line.Value.Trim().ToUpperInvariant();
        if (_open.Count == 0 || _open.Peek().Name != name)
        {
            _problems.Add(IcsProblemCodes.Structure, _open.Count == 0
                ? $"END:{InputText.Quote(name)} has no BEGIN."
                : $"END:{InputText.Quote(name)} does not close BEGIN:{_open.Peek().Name} on line {_open.Peek().Line}.", line: line.Line);
            return;
        }

        (_, _, bool skipped) = _open.Pop();
        if (name == "VEVENT" && !skipped && _event is not null)
        {
            AddEvent(_event);
            _event = null;
        }
    }

    private void Property(IcsContentLine line)
    {
        string component = _open.Peek().Name;
        if (line.Name.StartsWith("X-", StringComparison.Ordinal))
        {
            // Vendor extensions (X-WR-CALNAME, X-MICROSOFT-CDO-...); RFC 5545 lets readers ignore them.
            return;
        }

        if (component == "VCALENDAR")
        {
            CalendarProperty(line);
        }
        else if (_event is not null)
        {
            EventProperty(_event, line);
        }
    }

    private void CalendarProperty(IcsContentLine line)
    {
        switch (line.Name)
        {
            case "VERSION" when line.Value.Trim() != "2.0":
                _problems.Add(IcsProblemCodes.UnsupportedValue, $"VERSION:{InputText.Quote(line.Value)} is not supported; only iCalendar 2.0 (RFC 5545).", line: line.Line);
                break;
            case "CALSCALE" when !string.Equals(line.Value.Trim(), "GREGORIAN", StringComparison.OrdinalIgnoreCase):
                _problems.Add(IcsProblemCodes.UnsupportedValue, $"CALSCALE:{InputText.Quote(line.Value)} is not supported; only GREGORIAN.", line: line.Line);
                break;
            case "METHOD" when string.Equals(line.Value.Trim(), "CANCEL", StringComparison.OrdinalIgnoreCase):
                _problems.Add(IcsProblemCodes.UnsupportedValue, "METHOD:CANCEL is not supported: it cancels events rather than publishing them.", line: line.Line);
                break;
            case "VERSION" or "CALSCALE" or "METHOD":
                break;
            default:
                if (!DescriptiveCalendarProperties.Contains(line.Name))
                {
                    ReportUnsupportedProperty(line);
                }

                break;
        }
    }

    private void EventProperty(IcsEvent ev, IcsContentLine line)
    {
        switch (line.Name)
        {
            case "DTSTART":
                ev.Start = Once(ev.Start, line);
                break;
            case "DTEND":
                ev.End = Once(ev.End, line);
                break;
            case "RRULE":
                ev.Rule = Once(ev.Rule, line);
                break;
            case "STATUS" when string.Equals(line.Value.Trim(), "CANCELLED", StringComparison.OrdinalIgnoreCase):
                _problems.Add(IcsProblemCodes.UnsupportedValue, "STATUS:CANCELLED is not supported: a cancelled event closes no date; remove it.", line: line.Line);
                break;
            case "STATUS":
                break;
            default:
                if (!DescriptiveProperties.Contains(line.Name))
                {
                    ReportUnsupportedProperty(line);
                }

                break;
        }
    }

    private void ReportUnsupportedProperty(IcsContentLine line) =>
        _problems.Add(IcsProblemCodes.UnsupportedProperty, DateChangingProperties.Contains(line.Name)
            ? $"{line.Name} is not supported: it changes which dates the event covers. Write each date as its own event."
            : $"The property {InputText.Quote(line.Name)} is not known to the holiday loader, which cannot tell whether it changes the dates.", line: line.Line);

    private IcsContentLine Once(IcsContentLine? existing, IcsContentLine line)
    {
        if (existing is null)
        {
            return line;
        }

        _problems.Add(IcsProblemCodes.DuplicateProperty, $"{line.Name} appears more than once in this event (first on line {existing.Line}).", line: line.Line);
        return existing;
    }

    private void AddEvent(IcsEvent ev)
    {
        if (ev.Start is null)
        {
            _problems.Add(IcsProblemCodes.MissingProperty, "The event has no DTSTART.", line: ev.BeginLine);
            return;
        }

        LocalDate? start = ReadDate(ev.Start);
        LocalDate? end = ev.End is null ? null : ReadDate(ev.End);
        if (start is not LocalDate first || (ev.End is not null && end is null))
        {
            return;
        }

        // Without DTEND an all-day event is one day long (RFC 5545 §3.6.1).
        int days = end is LocalDate after ? Period.DaysBetween(first, after) : 1;
        if (days <= 0 || days > MaxEventDays)
        {
            _problems.Add(IcsProblemCodes.InvalidRange, days <= 0
                ? "DTEND must be after DTSTART: it is the first date after the event (exclusive)."
                : $"The event is longer than {MaxEventDays} days.", line: ev.End!.Line);
            return;
        }

        if (ev.Rule is not null)
        {
            IcsYearlyRule? rule = IcsYearlyRule.Parse(ev.Rule, first, _problems);
            _yearly.AddRange(rule?.Expand(first, days, _problems) ?? []);
            return;
        }

        for (int day = 0; day < days; day++)
        {
            _dates.Add(first.PlusDays(day));
        }
    }

    private LocalDate? ReadDate(IcsContentLine line)
    {
        string? type = line.Parameter("VALUE");
        bool isDateTime = string.Equals(type, "DATE-TIME", StringComparison.OrdinalIgnoreCase)
            || (type is null && line.Value.Contains('T', StringComparison.OrdinalIgnoreCase));
        if (isDateTime)
        {
            _problems.Add(IcsProblemCodes.TimedEvent, $"{line.Name} has a time of day; only all-day events ({line.Name};VALUE=DATE:YYYYMMDD) can be holidays.", line: line.Line);
            return null;
        }

        if ((type is not null && !string.Equals(type, "DATE", StringComparison.OrdinalIgnoreCase)) || !IcsDate.TryParse(line.Value.Trim(), out LocalDate date))
        {
            _problems.Add(IcsProblemCodes.InvalidDate, $"{line.Name}:{InputText.Quote(line.Value)} is not a date in the form YYYYMMDD.", line: line.Line);
            return null;
        }

        return date;
    }

    private sealed class IcsEvent(int beginLine)
    {
        public int BeginLine { get; } = beginLine;

        public IcsContentLine? Start { get; set; }

        public IcsContentLine? End { get; set; }

        public IcsContentLine? Rule { get; set; }
    }
}
