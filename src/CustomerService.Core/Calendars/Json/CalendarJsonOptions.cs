using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace CustomerService.Core.Calendars.Json;

/// <summary>How <see cref="CalendarJson"/> resolves what a calendar document refers to by name.</summary>
/// <example>
/// Calendars in JSON that use a holiday set loaded from an iCalendar file:
/// <code>
/// HolidaySet usFederal = IcsHolidays.Parse(File.ReadAllText("us-federal.ics"), "us-federal").Value;
/// var options = new CalendarJsonOptions { HolidaySets = [usFederal] };
/// CalendarDocument document = CalendarJson.Parse(json, options).Value;
/// </code>
/// </example>
public sealed class CalendarJsonOptions
{
    private readonly IDateTimeZoneProvider _zones = DateTimeZoneProviders.Tzdb;
    private readonly IReadOnlyList<HolidaySet> _holidaySets = [];

    /// <summary>Gets the options used when none are given: TZDB time zones and no holiday sets from outside.</summary>
    public static CalendarJsonOptions Default { get; } = new();

    /// <summary>Gets where time zone ids are looked up; <see cref="DateTimeZoneProviders.Tzdb"/> unless set.</summary>
    /// <exception cref="System.ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IDateTimeZoneProvider Zones
    {
        get => _zones;
        init => _zones = Guard.Against.Null(value);
    }

    /// <summary>
    /// Gets holiday sets defined outside the document (for example loaded from iCalendar files) that its
    /// calendars may use by name, as if the document listed them; empty unless set. A document that
    /// defines a set of the same name is reported (<see cref="CalendarJsonProblemCodes.DuplicateId"/>).
    /// </summary>
    /// <exception cref="System.ArgumentNullException">Set to <see langword="null"/>, or a set in it is.</exception>
    /// <exception cref="System.ArgumentException">Two sets have the same name.</exception>
    public IReadOnlyList<HolidaySet> HolidaySets
    {
        get => _holidaySets;
        init
        {
            HolidaySet[] sets = [.. Guard.Against.Null(value)];
            if (sets.Any(s => s is null))
            {
                throw new System.ArgumentNullException(nameof(value), "A holiday set in the list is null.");
            }

            string? repeated = sets.GroupBy(s => s.Name, System.StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
            if (repeated is not null)
            {
                throw new System.ArgumentException($"Two holiday sets are named '{repeated}'.", nameof(value));
            }

            _holidaySets = sets;
        }
    }
}
