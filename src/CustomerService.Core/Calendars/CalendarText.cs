using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Core.Calendars;

/// <summary>Culture-independent text for messages and <c>ToString()</c>.</summary>
internal static class CalendarText
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public static string Date(LocalDate date) => DatePattern.Format(date);

    public static string Day(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "Mon",
        IsoDayOfWeek.Tuesday => "Tue",
        IsoDayOfWeek.Wednesday => "Wed",
        IsoDayOfWeek.Thursday => "Thu",
        IsoDayOfWeek.Friday => "Fri",
        IsoDayOfWeek.Saturday => "Sat",
        _ => "Sun",
    };

    public static string Count(int count, string singular) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {singular}{(count == 1 ? string.Empty : "s")}");
}
