using System;
using System.Globalization;
using CustomerService.Cli.CommandLine;
using NodaTime;

namespace CustomerService.Cli.Text;

/// <summary>Durations on the command line: <c>4h</c>, <c>90m</c>, <c>2h30m</c>, <c>1d</c> (24 hours), <c>45s</c>.</summary>
internal static class DurationText
{
    public static Duration Parse(string text, string option)
    {
        var total = Duration.Zero;
        var rest = text.AsSpan();
        if (rest.IsEmpty)
        {
            throw Invalid(text, option);
        }

        while (!rest.IsEmpty)
        {
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits == rest.Length || !long.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 1_000_000)
            {
                throw Invalid(text, option);
            }

            total += rest[digits] switch
            {
                'd' => Duration.FromDays(amount),
                'h' => Duration.FromHours(amount),
                'm' => Duration.FromMinutes(amount),
                's' => Duration.FromSeconds(amount),
                _ => throw Invalid(text, option),
            };
            rest = rest[(digits + 1)..];
        }

        return total;
    }

    /// <summary>Writes a duration the way it is read: <c>1d2h30m</c>, <c>0s</c>, with a minus sign when negative (the package's form).</summary>
    public static string Format(Duration duration) => Core.SharedKernel.DurationText.Format(duration);

    /// <summary>
    /// Writes a duration in hours however many, as SLA targets are written: <c>26h30m</c>, not <c>1d2h30m</c>
    /// (a day of business hours is not 24 hours).
    /// </summary>
    public static string Hours(Duration duration) => Core.SharedKernel.DurationText.Format(duration, days: false);

    private static UsageException Invalid(string text, string option) =>
        new($"--{option} '{text}' is not a duration; write for example 4h, 90m, 2h30m, 1d or 45s.");
}
