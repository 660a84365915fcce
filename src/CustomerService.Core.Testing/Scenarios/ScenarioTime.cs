using System;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Testing.Scenarios;

/// <summary>
/// Local times as a support story writes them (<c>2025-03-07 16:00</c>, seconds optional), read in a zone
/// leniently as everywhere in the package: a time skipped by a daylight-saving gap moves forward by the gap, an
/// ambiguous one takes the earlier offset.
/// </summary>
internal static class ScenarioTime
{
    /// <summary>The formats accepted, as the error message names them.</summary>
    public const string Formats = "uuuu-MM-dd HH:mm or uuuu-MM-dd HH:mm:ss (for example 2025-03-07 16:00)";

    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    private static readonly LocalDateTimePattern Seconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    /// <summary>Reads <paramref name="text"/> as a local date and time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is in neither format, or is not a real date and time.</exception>
    public static LocalDateTime ParseLocal(string text, string parameterName)
    {
        Guard.Against.Null(text, parameterName);
        var minutes = Minutes.Parse(text);
        if (minutes.Success)
        {
            return minutes.Value;
        }

        var seconds = Seconds.Parse(text);
        return seconds.Success
            ? seconds.Value
            : throw new ArgumentException($"'{text}' is not a local date and time; write {Formats}.", parameterName, minutes.Exception);
    }

    /// <summary>Resolves a local date and time in <paramref name="zone"/>, leniently.</summary>
    public static Instant Resolve(LocalDateTime local, DateTimeZone zone) => local.InZoneLeniently(zone).ToInstant();

    /// <summary>Writes an instant as the local time in <paramref name="zone"/>, with seconds only when it has some.</summary>
    public static string Format(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return local.TimeOfDay.Second == 0 && local.TimeOfDay.NanosecondOfSecond == 0
            ? Minutes.Format(local)
            : Seconds.Format(local);
    }

    /// <summary>Writes an instant as the local time in <paramref name="zone"/>, followed by the zone's id.</summary>
    public static string FormatWithZone(Instant instant, DateTimeZone zone) => $"{Format(instant, zone)} ({zone.Id})";
}
