using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerService.Core.Calendars;

/// <summary>
/// Thrown by <see cref="BusinessCalendarBuilder.Build"/> when the definition is invalid; carries
/// every problem at once. Call <see cref="BusinessCalendarBuilder.Validate"/> first to avoid it.
/// </summary>
public sealed class InvalidCalendarException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems found; at least one.</param>
    public InvalidCalendarException(IReadOnlyList<CalendarProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<CalendarProblem> Problems { get; }

    private static string Describe(IReadOnlyList<CalendarProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return "The calendar is invalid: " + string.Join("; ", problems.Select(p => $"{p.Code}: {p.Message}"));
    }
}
