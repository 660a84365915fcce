using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Calendars;

/// <summary>
/// A local interval <c>[Start, End)</c> of one day. An <see cref="End"/> at or before <see cref="Start"/>
/// crosses midnight and belongs to the day it starts on (22:00-06:00 on Friday runs into Saturday
/// morning); an <see cref="End"/> of 00:00 is the midnight that ends the day (what other tools write
/// 24:00), and 00:00-00:00 is the whole day.
/// </summary>
/// <param name="Start">The local opening time.</param>
/// <param name="End">The local closing time; at or before <paramref name="Start"/> it is on the next day.</param>
public readonly record struct OpeningHours(LocalTime Start, LocalTime End)
{
    private static readonly LocalTimePattern ShortPattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern LongPattern = LocalTimePattern.ExtendedIso;

    /// <summary>Gets a value indicating whether the interval crosses midnight (<see cref="End"/> at or before <see cref="Start"/>).</summary>
    public bool IsOvernight => End <= Start;

    /// <summary>
    /// Gets the nominal local length: <see cref="End"/> minus <see cref="Start"/>, plus 24 hours when
    /// overnight (so 00:00-00:00 is 24 hours). The physical length differs on a daylight-saving change.
    /// </summary>
    public Duration LocalLength => IsOvernight
        ? Duration.FromNanoseconds(NodaConstants.NanosecondsPerDay - Start.NanosecondOfDay + End.NanosecondOfDay)
        : Duration.FromNanoseconds(End.NanosecondOfDay - Start.NanosecondOfDay);

    /// <summary>Gets the end as nanoseconds after the start day's midnight (up to 48 hours for overnight hours).</summary>
    internal long EndNanosecondOfStartDay => Start.NanosecondOfDay + LocalLength.ToInt64Nanoseconds();

    /// <summary>Returns the hours as <c>HH:mm-HH:mm</c>, writing a closing midnight as <c>24:00</c>.</summary>
    /// <returns>For example <c>09:00-17:00</c>, <c>22:00-06:00</c> or <c>00:00-24:00</c>.</returns>
    public override string ToString()
    {
        var end = End == LocalTime.Midnight ? "24:00" : Format(End);
        return $"{Format(Start)}-{end}";
    }

    private static string Format(LocalTime time) =>
        time.NanosecondOfSecond == 0 && time.Second == 0 ? ShortPattern.Format(time) : LongPattern.Format(time);
}
