using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerService.Core.SharedKernel.Json;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Cli.TicketFiles;

/// <summary>What the ticket and survey formats share: limits, the instant form, the writer settings, the text put in for left-out text.</summary>
internal static class FileText
{
    /// <summary>
    /// The subject or body of a ticket whose file leaves the text out (files for SLA and KPI work need none,
    /// and are safer without it). The writer leaves this text out again, so such files round-trip.
    /// </summary>
    public const string NotInFile = "(not in the file)";

    /// <summary>A line is one JSON object; its size is capped by the line reader, its nesting here.</summary>
    public static JsonInputLimits Limits { get; } = new(MaxBytes: JsonLines.JsonLineReader.MaxLineBytes, MaxDepth: 8);

    /// <summary>Compact lines; non-ASCII text is written as it is (these files are not embedded in HTML).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes an instant in UTC with as many fraction digits as it needs: <c>2025-03-07T21:00:00Z</c>.</summary>
    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Reads an instant in UTC (<c>2025-03-07T21:00:00Z</c>, fractions allowed) or with its offset (<c>2025-03-07T16:00:00-05:00</c>).</summary>
    public static bool TryParse(string text, out Instant instant)
    {
        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            instant = parsed.Value;
            return true;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        instant = offset.Success ? offset.Value.ToInstant() : default;
        return offset.Success;
    }
}
