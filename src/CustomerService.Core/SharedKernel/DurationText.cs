using System.Globalization;
using System.Text;
using NodaTime;

namespace CustomerService.Core.SharedKernel;

/// <summary>Short, readable durations for <c>ToString()</c> and explanations: <c>1h30m</c>, <c>2d</c>, <c>-15m</c>, <c>0s</c>.</summary>
internal static class DurationText
{
    public static string Format(Duration duration)
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

        Append(text, duration.Days, "d");
        Append(text, duration.Hours, "h");
        Append(text, duration.Minutes, "m");
        var seconds = duration.Seconds + (duration.SubsecondNanoseconds / 1e9);
        if (seconds != 0)
        {
            text.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('s');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, string unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
