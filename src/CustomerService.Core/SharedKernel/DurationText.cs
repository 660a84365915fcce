using System.Globalization;
using System.Text;
using NodaTime;

namespace CustomerService.Core.SharedKernel;

/// <summary>Short, readable durations for <c>ToString()</c>, explanations and files: <c>1h30m</c>, <c>2d</c>, <c>-15m</c>, <c>0.5s</c>, <c>0s</c>.</summary>
internal static class DurationText
{
    /// <summary>Writes the duration exactly, to the nanosecond, in days (unless <paramref name="days"/> is false: then in hours however many), hours, minutes and seconds.</summary>
    public static string Format(Duration duration, bool days = true)
    {
        if (duration == Duration.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder();
        if (duration < Duration.Zero)
        {
            text.Append('-');
            duration = -duration;
        }

        if (days)
        {
            Append(text, duration.Days, "d");
        }

        Append(text, days ? duration.Hours : (duration.Days * 24L) + duration.Hours, "h");
        Append(text, duration.Minutes, "m");
        if (duration.Seconds != 0 || duration.SubsecondNanoseconds != 0)
        {
            text.Append(duration.Seconds.ToString(CultureInfo.InvariantCulture));
            if (duration.SubsecondNanoseconds != 0)
            {
                text.Append('.').Append(duration.SubsecondNanoseconds.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            text.Append('s');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long value, string unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
