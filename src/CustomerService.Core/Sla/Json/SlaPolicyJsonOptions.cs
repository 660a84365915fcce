using System.Collections.Generic;

namespace CustomerService.Core.Sla.Json;

/// <summary>How <see cref="SlaPolicyJson"/> checks what a policy document refers to outside itself.</summary>
/// <example>
/// Policies checked against the calendars they will run with:
/// <code>
/// CalendarDocument calendars = CalendarJson.Parse(File.ReadAllText("calendars.json")).Value;
/// var options = new SlaPolicyJsonOptions { KnownCalendarIds = calendars.Calendars.Select(c => c.Id).ToHashSet() };
/// SlaPolicySet policies = SlaPolicyJson.Parse(File.ReadAllText("policies.json"), options).Value;
/// </code>
/// </example>
public sealed class SlaPolicyJsonOptions
{
    /// <summary>Gets the options used when none are given: calendar ids are not checked.</summary>
    public static SlaPolicyJsonOptions Default { get; } = new();

    /// <summary>
    /// Gets the ids of the calendars the policies may use; when set, any other calendar id in the document is a problem
    /// (<see cref="SlaPolicyProblemCodes.UnknownCalendar"/>) at its path. <see langword="null"/> (the default) leaves
    /// calendar ids unchecked, for policies read before their calendars are known.
    /// </summary>
    public IReadOnlySet<string>? KnownCalendarIds { get; init; }
}
