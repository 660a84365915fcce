using System;
using System.Globalization;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Sla.Json;

/// <summary>
/// The duration forms of the policy JSON format: the short form <c>1h30m</c> (what is written) and ISO 8601's
/// <c>PT1H30M</c>, both in hours, minutes and seconds only. Days are not accepted: a day of business hours is not
/// 24 hours, so <c>1d</c> would mean three working days on a 9-17 calendar; writing <c>24h</c> says what it means.
/// </summary>
internal static class SlaJsonDuration
{
    /// <summary>The largest duration accepted, far beyond any service target: 100,000 hours (about 11 years).</summary>
    public static readonly Duration Max = Duration.FromSeconds(MaxSeconds);

    // Longer text cannot be a duration within Max; checking the length first keeps hostile input cheap.
    private const int MaxLength = 48;

    private const long NanosPerSecond = 1_000_000_000L;

    private const long MaxSeconds = 100_000L * 3600;

    /// <summary>Writes <c>1h30m</c>, <c>36h</c>, <c>45m</c>, <c>1.5s</c>, <c>0s</c>: hours (any number of them), then minutes and seconds below 60.</summary>
    public static string Format(Duration duration) => DurationText.Format(duration, days: false);

    /// <summary>Reads the short form (<c>2h</c>, <c>1h30m</c>, <c>90s</c>, <c>0.5s</c>) or ISO 8601 (<c>PT2H</c>, <c>PT1H30M</c>), with an optional leading <c>-</c>.</summary>
    public static bool TryParse(string text, out Duration duration)
    {
        duration = Duration.Zero;
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        int at = 0;
        bool negative = text[0] == '-';
        if (negative)
        {
            at++;
        }

        bool iso = text.AsSpan(at).StartsWith("PT", StringComparison.Ordinal);
        if (iso)
        {
            at += 2;
        }

        (char Hours, char Minutes, char Seconds) units = iso ? ('H', 'M', 'S') : ('h', 'm', 's');
        long total = 0;
        int next = 0; // The units must come in the order hours, minutes, seconds, each at most once.
        while (at < text.Length)
        {
            int start = at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            if (at == start || at - start > 9 || at == text.Length)
            {
                return false;
            }

            long whole = long.Parse(text.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture);
            long fraction = 0;
            if (text[at] is '.' or ',')
            {
                int digits = ++at;
                while (at < text.Length && char.IsAsciiDigit(text[at]))
                {
                    at++;
                }

                if (at == digits || at - digits > 9 || at == text.Length || text[at] != units.Seconds)
                {
                    return false;
                }

                fraction = long.Parse(text.AsSpan(digits, at - digits).ToString().PadRight(9, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
            }

            int unit = text[at] == units.Hours ? 1 : text[at] == units.Minutes ? 2 : text[at] == units.Seconds ? 3 : 0;
            if (unit <= next)
            {
                return false;
            }

            next = unit;
            long seconds = whole * (unit == 1 ? 3600 : unit == 2 ? 60 : 1);
            if (seconds > MaxSeconds)
            {
                return false;
            }

            total += (seconds * NanosPerSecond) + fraction;
            at++;
        }

        if (next == 0)
        {
            return false;
        }

        duration = Duration.FromNanoseconds(negative ? -total : total);
        return Duration.FromNanoseconds(total) <= Max;
    }
}
