using System;
using System.Collections.Generic;
using System.Globalization;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Calendars.ICalendar;

/// <summary>
/// The one kind of RRULE the holiday loader applies: <c>FREQ=YEARLY</c>, optionally bounded by
/// <c>COUNT</c> or a date <c>UNTIL</c> (RFC 5545 §3.3.10), turned into <see cref="YearlyHoliday"/>s.
/// </summary>
internal sealed class IcsYearlyRule
{
    private const int LastSupportedYear = 9999;

    private static readonly HashSet<string> UnsupportedFrequencies =
        new(StringComparer.Ordinal) { "SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY" };

    private readonly int? _count;
    private readonly LocalDate? _until;
    private readonly int _line;

    private IcsYearlyRule(int? count, LocalDate? until, int line)
    {
        _count = count;
        _until = until;
        _line = line;
    }

    /// <summary>
    /// Reads an RRULE for an event that starts on <paramref name="start"/>, reporting every part that is
    /// invalid or not supported; returns <see langword="null"/> if there was any.
    /// </summary>
    public static IcsYearlyRule? Parse(IcsContentLine rule, LocalDate start, InputProblemCollector problems)
    {
        int before = problems.Count;
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string part in rule.Value.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string name = (equals < 0 ? part : part[..equals]).ToUpperInvariant();
            if (equals <= 0 || !parts.TryAdd(name, part[(equals + 1)..]))
            {
                Report(problems, IcsProblemCodes.InvalidRule, rule, equals <= 0
                    ? $"The RRULE part {InputText.Quote(part)} is not of the form NAME=VALUE."
                    : $"The RRULE part {name} appears more than once.");
            }
        }

        int? count = null;
        LocalDate? until = null;
        foreach ((string name, string value) in parts)
        {
            switch (name)
            {
                case "FREQ":
                    CheckFrequency(value.ToUpperInvariant(), rule, problems);
                    break;
                case "INTERVAL":
                    int? interval = PositiveNumber(value, name, rule, problems);
                    if (interval > 1)
                    {
                        Report(problems, IcsProblemCodes.UnsupportedRule, rule, $"INTERVAL={interval} (every {interval} years) is not supported; only every year.");
                    }

                    break;
                case "COUNT":
                    count = PositiveNumber(value, name, rule, problems);
                    break;
                case "UNTIL":
                    until = ParseUntil(value, start, rule, problems);
                    break;
                case "BYMONTH":
                case "BYMONTHDAY":
                    // Outlook writes yearly events as FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25: when they only
                    // repeat DTSTART's month and day, they change nothing.
                    int expected = name == "BYMONTH" ? start.Month : start.Day;
                    if (value != expected.ToString(CultureInfo.InvariantCulture))
                    {
                        Report(problems, IcsProblemCodes.UnsupportedRule, rule, $"{name}={InputText.Quote(value)} is not supported; only a {name} equal to DTSTART's ({expected}).");
                    }

                    break;
                case "WKST":
                    // The week start only matters with BYWEEKNO or BYDAY, which are reported.
                    break;
                default:
                    Report(problems, IcsProblemCodes.UnsupportedRule, rule, $"The RRULE part {name} is not supported; only FREQ=YEARLY with COUNT or UNTIL.");
                    break;
            }
        }

        if (!parts.ContainsKey("FREQ"))
        {
            Report(problems, IcsProblemCodes.InvalidRule, rule, "The RRULE has no FREQ.");
        }

        if (parts.ContainsKey("COUNT") && parts.ContainsKey("UNTIL"))
        {
            Report(problems, IcsProblemCodes.InvalidRule, rule, "The RRULE has both COUNT and UNTIL; RFC 5545 allows one or the other.");
        }

        return problems.Count == before ? new IcsYearlyRule(count, until, rule.Line) : null;
    }

    /// <summary>
    /// The yearly holidays of an event of <paramref name="days"/> days from <paramref name="start"/> that
    /// repeats by this rule; reports and returns nothing for a span that yearly dates cannot express.
    /// </summary>
    public IReadOnlyList<YearlyHoliday> Expand(LocalDate start, int days, InputProblemCollector problems)
    {
        LocalDate last = start.PlusDays(days - 1);
        bool crossesFebruaryEnd = days > 1 && (start.Month == 2 || last.Month == 2) && start.Month != last.Month;
        if (days > 1 && (crossesFebruaryEnd || ContainsLeapDay(start, days)))
        {
            // In leap and common years such an event covers different month-days (28 Feb-1 Mar is 2 or 3 days).
            problems.Add(IcsProblemCodes.UnsupportedRule, "A yearly event of several days across the end of February is not supported: its month-days differ in leap years. Write the days as separate events.", line: _line);
            return [];
        }

        int? lastYear = LastYear(start);
        var holidays = new List<YearlyHoliday>(days);
        for (int day = 0; day < days; day++)
        {
            LocalDate date = start.PlusDays(day);
            int shift = date.Year - start.Year;
            holidays.Add(new YearlyHoliday(
                new AnnualDate(date.Month, date.Day),
                date.Year,
                lastYear is int y ? Math.Min(y + shift, LastSupportedYear) : null));
        }

        return holidays;
    }

    private int? LastYear(LocalDate start)
    {
        bool leapDay = start.Month == 2 && start.Day == 29;
        if (_count is int count)
        {
            if (!leapDay)
            {
                return (int)Math.Min((long)start.Year + count - 1, LastSupportedYear);
            }

            // RFC 5545: a yearly 29 February skips common years, and they do not count.
            int year = start.Year;
            for (int seen = 1; seen < count && year < LastSupportedYear; year++)
            {
                if (CalendarSystem.Iso.IsLeapYear(year + 1))
                {
                    seen++;
                }
            }

            return year;
        }

        if (_until is LocalDate until)
        {
            int year = until.Year;
            while (year > start.Year && (!IsValid(year, start.Month, start.Day) || new LocalDate(year, start.Month, start.Day) > until))
            {
                year--;
            }

            return year;
        }

        return null;
    }

    private static bool IsValid(int year, int month, int day) => day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static bool ContainsLeapDay(LocalDate start, int days)
    {
        for (int day = 0; day < days; day++)
        {
            LocalDate date = start.PlusDays(day);
            if (date.Month == 2 && date.Day == 29)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckFrequency(string frequency, IcsContentLine rule, InputProblemCollector problems)
    {
        if (frequency == "YEARLY")
        {
            return;
        }

        Report(problems, UnsupportedFrequencies.Contains(frequency) ? IcsProblemCodes.UnsupportedRule : IcsProblemCodes.InvalidRule, rule,
            $"FREQ={InputText.Quote(frequency)} is not supported; only FREQ=YEARLY.");
    }

    private static int? PositiveNumber(string value, string name, IcsContentLine rule, InputProblemCollector problems)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0)
        {
            return number;
        }

        Report(problems, IcsProblemCodes.InvalidRule, rule, $"{name}={InputText.Quote(value)} is not a positive whole number.");
        return null;
    }

    private static LocalDate? ParseUntil(string value, LocalDate start, IcsContentLine rule, InputProblemCollector problems)
    {
        if (!IcsDate.TryParse(value, out LocalDate until))
        {
            Report(problems, IcsProblemCodes.InvalidRule, rule, $"UNTIL={InputText.Quote(value)} is not a date in the form YYYYMMDD (RFC 5545 requires a date when DTSTART is a date).");
            return null;
        }

        if (until < start)
        {
            Report(problems, IcsProblemCodes.InvalidRule, rule, $"UNTIL={value} is before DTSTART.");
            return null;
        }

        return until;
    }

    private static void Report(InputProblemCollector problems, string code, IcsContentLine rule, string message) =>
        problems.Add(code, message, line: rule.Line);
}
