using CustomerService.Cli.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Cli.Text;

/// <summary>
/// Points in time on the command line: an instant (<c>2025-03-07T21:00:00Z</c>), a time with its
/// offset (<c>2025-03-07T16:00:00-05:00</c>), or a local time (<c>2025-03-07T16:00</c>) read in the
/// calendar's own zone, leniently as everywhere in the package.
/// </summary>
internal static class InstantText
{
    private static readonly OffsetDateTimePattern Display = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
        LocalDateTimePattern.ExtendedIso,
    ];

    public static Instant Parse(string text, string option, DateTimeZone zone)
    {
        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success)
        {
            return instant.Value;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        foreach (var pattern in LocalPatterns)
        {
            var local = pattern.Parse(text);
            if (local.Success)
            {
                return local.Value.InZoneLeniently(zone).ToInstant();
            }
        }

        throw new UsageException(
            $"--{option} '{text}' is not a point in time; write 2025-03-07T21:00:00Z, 2025-03-07T16:00:00-05:00, or 2025-03-07T16:00 (in the calendar's zone).");
    }

    /// <summary>Writes an instant in the calendar's zone, with its offset, and in UTC.</summary>
    public static string Format(Instant instant, DateTimeZone zone) =>
        $"{Display.Format(instant.InZone(zone).ToOffsetDateTime())} ({InstantPattern.General.Format(instant)})";
}
