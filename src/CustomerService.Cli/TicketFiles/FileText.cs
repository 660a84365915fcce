using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using NodaTime;
using InstantPattern = NodaTime.Text.InstantPattern;
using OffsetDateTimePattern = NodaTime.Text.OffsetDateTimePattern;

namespace CustomerService.Cli.TicketFiles;

/// <summary>What the ticket and survey formats share: limits, the instant form, the writer settings, the text put in for left-out text.</summary>
internal static partial class FileText
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
        // The form the writer writes, read without NodaTime's general pattern: a tenth of reading a ticket is instants.
        if (text.Length == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
            && Digits(text, 0, 4) is var year and >= 1 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            && Digits(text, 11, 2) is var hour and < 24 && Digits(text, 14, 2) is var minute and < 60 && Digits(text, 17, 2) is var second and < 60)
        {
            instant = Instant.FromUtc(year, month, day, hour, minute, second);
            return true;
        }

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

    /// <summary>
    /// The result of reading a line: the value, or every problem, in order. The JSON reader's syntax messages
    /// quote the text they stopped at (<c>'Jane Doe' is an invalid JSON literal</c>), which in these files may
    /// be personal data: such quotes become "a value"; single characters and JSON's own words stay.
    /// </summary>
    public static ParseResult<T> Result<T>(JsonInput input, T? value)
        where T : class =>
        input.Problems.Count == 0
            ? ParseResult<T>.Success(value!)
            : ParseResult<T>.Failure(input.Problems.Failure<T>().Problems.Select(p => p.Code == JsonProblemCodes.Syntax
                ? new InputProblem(p.Code, Quoted().Replace(p.Message, m => m.Groups[1].Length <= 1 || m.Groups[1].Value is "null" or "true" or "false" ? m.Value : "a value"), p.Path, p.Line, p.Column)
                : p));

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>; -1 if one is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
