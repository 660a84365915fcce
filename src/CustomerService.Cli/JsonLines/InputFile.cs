using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Inputs;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Cli.JsonLines;

/// <summary>Reads one line of a JSON Lines file into a value, or every problem of the line.</summary>
internal delegate ParseResult<T> LineParser<T>(ReadOnlySpan<byte> utf8);

/// <summary>A record read from a file, with the line it came from.</summary>
internal readonly record struct Numbered<T>(long Line, T Value);

/// <summary>
/// A JSON Lines input: a file named on the command line, or a sample built into the tool. It can be
/// read more than once (a first pass finds the latest instant), always as a stream, line by line.
/// </summary>
internal sealed class InputFile
{
    private static readonly JsonReaderOptions ScanOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private readonly Func<Stream> _open;

    private InputFile(string name, bool isSample, Func<Stream> open)
    {
        Name = name;
        IsSample = isSample;
        _open = open;
    }

    public string Name { get; }

    public bool IsSample { get; }

    /// <summary>A file named with <c>--option</c>; a usage error when it does not exist.</summary>
    public static InputFile Of(string path, string option) =>
        File.Exists(path)
            ? new InputFile(path, isSample: false, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
            : throw new UsageException($"--{option} '{path}' does not exist.");

    public static InputFile Sample(SampleResource sample) => new(sample.Name, isSample: true, sample.Open);

    /// <summary>Reads the records lazily: one line is held at a time, bad lines go to <paramref name="report"/>.</summary>
    public IEnumerable<Numbered<T>> Read<T>(LineParser<T> parse, FileReport report)
    {
        using var stream = _open();
        foreach (var line in JsonLineReader.Read(stream))
        {
            report.Progress(line.Number);
            if (line.IsTooLong)
            {
                report.Bad(line.Number, new InputProblem(
                    TicketFileProblemCodes.LineTooLong,
                    string.Create(CultureInfo.InvariantCulture, $"The line is longer than {JsonLineReader.MaxLineBytes:N0} bytes, the most a line may be; it was skipped unread.")));
                continue;
            }

            var result = parse(line.Utf8.Span);
            if (result.TryGetValue(out var value))
            {
                report.Good();
                yield return new Numbered<T>(line.Number, value);
            }
            else
            {
                report.Bad(line.Number, [.. result.Problems]);
            }
        }
    }

    /// <summary>
    /// The latest instant an <c>"at"</c> property holds anywhere in the file: the evaluation instant when
    /// none is given. A quick pass that skips what it cannot read (the real pass reports it).
    /// </summary>
    public Instant? LatestInstant()
    {
        Instant? latest = null;
        using var stream = _open();
        foreach (var line in JsonLineReader.Read(stream))
        {
            // Read as the line reader reads: a byte-order mark skipped, comments allowed.
            var utf8 = line.Utf8.Span;
            var reader = new Utf8JsonReader(utf8.StartsWith(Encoding.UTF8.Preamble) ? utf8[Encoding.UTF8.Preamble.Length..] : utf8, ScanOptions);
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("at"u8)
                        && reader.Read() && reader.TokenType == JsonTokenType.String
                        && FileText.TryParse(reader.GetString()!, out var at)
                        && (latest is null || at > latest))
                    {
                        latest = at;
                    }
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // A line that is not JSON is reported by the pass that reads the records.
            }
        }

        return latest;
    }
}
