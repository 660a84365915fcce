using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Calendars.ICalendar;

/// <summary>
/// Loads a <see cref="HolidaySet"/> from the all-day events of an iCalendar (.ics) file, such as a
/// public-holiday calendar exported from Google Calendar or Outlook.
/// </summary>
/// <remarks>
/// <para>
/// The loader reads the subset of RFC 5545 that says which whole dates are closed: VEVENTs whose
/// <c>DTSTART;VALUE=DATE:YYYYMMDD</c> is a date, with an optional <c>DTEND</c> date (exclusive, so an
/// event of several days closes each of its dates), and an optional <c>RRULE:FREQ=YEARLY</c> bounded by
/// <c>COUNT</c> or a date <c>UNTIL</c>, which becomes a <see cref="YearlyHoliday"/>. Folded lines are
/// unfolded; names are case-insensitive; SUMMARY, DESCRIPTION and the other descriptive properties,
/// <c>X-</c> extensions, VTIMEZONE and VALARM are read past.
/// </para>
/// <para>
/// Anything else that could change which dates are closed (an event with a time of day, another
/// frequency, INTERVAL, BYDAY, RDATE, EXDATE, a cancelled event, an unknown property or component)
/// is reported as a problem with its line, never ignored: a holiday set that silently lacks a day
/// would make every SLA due date around it wrong. See <see cref="IcsProblemCodes"/>.
/// </para>
/// </remarks>
public static class IcsHolidays
{
    /// <summary>Gets the longest text accepted, in characters (4 MiB): far more than any holiday calendar needs.</summary>
    public static int MaxInputLength => 4 * 1024 * 1024;

    /// <summary>Reads the all-day events of iCalendar text into a holiday set.</summary>
    /// <param name="ics">The iCalendar text (lines may end with CRLF or LF).</param>
    /// <param name="setName">The name of the set, such as <c>us-federal</c>, by which calendars refer to it.</param>
    /// <returns>The holiday set, or every problem found, each with its 1-based line.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="ics"/> or <paramref name="setName"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="setName"/> is empty or white space.</exception>
    public static ParseResult<HolidaySet> Parse(string ics, string setName)
    {
        Guard.Against.Null(ics);
        Guard.Against.NullOrWhiteSpace(setName);
        var problems = new InputProblemCollector();
        if (ics.Length > MaxInputLength)
        {
            problems.Add(IcsProblemCodes.TooLarge, $"The text is longer than {MaxInputLength} characters, the most the holiday loader accepts.");
            return problems.Failure<HolidaySet>();
        }

        var reader = new IcsHolidayReader(problems);
        reader.Read(IcsContentLineReader.Read(ics, problems));
        return problems.ToResult(() => HolidaySet.Create(setName, reader.Dates, reader.Yearly));
    }
}
