using System;
using System.Collections.Generic;
using System.IO;

namespace CustomerService.Cli.JsonLines;

/// <summary>
/// Splits a stream of UTF-8 text into lines, lazily, in memory bounded by the longest line allowed:
/// a longer line is skipped without being held and reported as too long. Line breaks are LF or CRLF;
/// blank lines are not returned (their numbers still count).
/// </summary>
internal static class JsonLineReader
{
    /// <summary>The longest line read, in bytes: 1 MiB, room for a ticket with thousands of events.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int ChunkBytes = 64 * 1024;

    public static IEnumerable<JsonLine> Read(Stream stream, int maxLineBytes = MaxLineBytes)
    {
        var buffer = new byte[Math.Min(ChunkBytes, maxLineBytes + 1)];
        int start = 0, end = 0;
        long number = 0;
        var skipping = false;
        var atEnd = false;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline < 0 && !atEnd)
            {
                // Keep the partial line, at the front of a buffer large enough for one more chunk (up to the limit).
                if (skipping)
                {
                    start = end = 0;
                }
                else if (end - start > maxLineBytes)
                {
                    skipping = true;
                    yield return new JsonLine(++number, ReadOnlyMemory<byte>.Empty, IsTooLong: true);
                    start = end = 0;
                }
                else
                {
                    Compact(ref buffer, ref start, ref end, maxLineBytes);
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                atEnd = read == 0;
                end += read;
                continue;
            }

            var lineEnd = newline < 0 ? end : newline;
            if (skipping)
            {
                skipping = false;
            }
            else if (lineEnd - start > maxLineBytes)
            {
                yield return new JsonLine(++number, ReadOnlyMemory<byte>.Empty, IsTooLong: true);
            }
            else
            {
                var length = lineEnd - start;
                if (length > 0 && buffer[start + length - 1] == '\r')
                {
                    length--;
                }

                number++;
                var line = buffer.AsMemory(start, length);
                if (!IsBlank(line.Span))
                {
                    yield return new JsonLine(number, line, IsTooLong: false);
                }
            }

            if (newline < 0)
            {
                yield break;
            }

            start = newline + 1;
        }
    }

    private static void Compact(ref byte[] buffer, ref int start, ref int end, int maxLineBytes)
    {
        var kept = end - start;
        if (kept + ChunkBytes > buffer.Length && buffer.Length <= maxLineBytes)
        {
            var larger = new byte[Math.Min(Math.Max(buffer.Length * 2, kept + ChunkBytes), maxLineBytes + ChunkBytes)];
            Array.Copy(buffer, start, larger, 0, kept);
            buffer = larger;
        }
        else if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, kept);
        }

        start = 0;
        end = kept;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t"u8).IsEmpty;
}
