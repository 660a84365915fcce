using System;
using System.IO;
using System.Text.Json;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;

namespace CustomerService.Core.Calendars.Json;

/// <summary>
/// Reads and writes calendar files: JSON documents with business calendars and the holiday sets they
/// share (the format is described in <c>docs/calendar-files.md</c>).
/// </summary>
/// <remarks>
/// <para>
/// Reading never throws for bad content: it returns every problem at once, each with its JSON path,
/// line and column (see <see cref="CalendarJsonProblemCodes"/>, <see cref="JsonProblemCodes"/> and
/// <see cref="CalendarErrors"/>). Input is limited to <see cref="MaxInputBytes"/> and to 16 levels of
/// nesting; comments are allowed.
/// </para>
/// <para>What <see cref="Write(CalendarDocument)"/> writes, <see cref="Parse(string)"/> reads back as an equal document.</para>
/// <code>
/// ParseResult&lt;CalendarDocument&gt; result = CalendarJson.Parse(File.ReadAllText("calendars.json"));
/// BusinessCalendar support = result.Value.FindCalendar("support-ny")!;
/// </code>
/// </remarks>
public static class CalendarJson
{
    private static readonly JsonInputLimits Limits = new(MaxBytes: 4 * 1024 * 1024, MaxDepth: 16);

    /// <summary>Gets the largest input read, in UTF-8 bytes (4 MiB): far more than any set of calendars needs.</summary>
    public static int MaxInputBytes => Limits.MaxBytes;

    /// <summary>Reads a calendar document from JSON text, with the <see cref="CalendarJsonOptions.Default">default options</see> (TZDB time zones).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ParseResult<CalendarDocument> Parse(string json) => Parse(json, CalendarJsonOptions.Default);

    /// <summary>Reads a calendar document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Where time zones and holiday sets from outside the document are found.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static ParseResult<CalendarDocument> Parse(string json, CalendarJsonOptions options)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(options);
        return CalendarJsonReader.Read(JsonInput.Parse(json, Limits), options);
    }

    /// <summary>Reads a calendar document from UTF-8 JSON, with the <see cref="CalendarJsonOptions.Default">default options</see> (TZDB time zones).</summary>
    /// <param name="utf8">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <returns>The document, or every problem found.</returns>
    public static ParseResult<CalendarDocument> Parse(ReadOnlySpan<byte> utf8) => Parse(utf8, CalendarJsonOptions.Default);

    /// <summary>Reads a calendar document from UTF-8 JSON.</summary>
    /// <param name="utf8">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <param name="options">Where time zones and holiday sets from outside the document are found.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static ParseResult<CalendarDocument> Parse(ReadOnlySpan<byte> utf8, CalendarJsonOptions options)
    {
        Guard.Against.Null(options);
        return CalendarJsonReader.Read(JsonInput.Parse(utf8, Limits), options);
    }

    /// <summary>Reads a calendar document from a stream of UTF-8 JSON, with the <see cref="CalendarJsonOptions.Default">default options</see> (TZDB time zones).</summary>
    /// <param name="utf8">The stream, read from its current position to its end; it is not closed.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<CalendarDocument> Parse(Stream utf8) => Parse(utf8, CalendarJsonOptions.Default);

    /// <summary>Reads a calendar document from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8">The stream, read from its current position to its end (or just past <see cref="MaxInputBytes"/>); it is not closed.</param>
    /// <param name="options">Where time zones and holiday sets from outside the document are found.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<CalendarDocument> Parse(Stream utf8, CalendarJsonOptions options)
    {
        Guard.Against.Null(utf8);
        Guard.Against.Null(options);
        return CalendarJsonReader.Read(JsonInput.Parse(utf8, Limits), options);
    }

    /// <summary>Writes a calendar document as indented JSON.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Write(CalendarDocument document)
    {
        Guard.Against.Null(document);
        return JsonOutput.Write(writer => CalendarJsonWriter.Write(document, writer));
    }

    /// <summary>Writes a calendar document to a JSON writer, as one JSON object.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(CalendarDocument document, Utf8JsonWriter writer)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(writer);
        CalendarJsonWriter.Write(document, writer);
    }
}
