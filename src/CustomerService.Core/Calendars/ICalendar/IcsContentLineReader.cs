using System;
using System.Collections.Generic;
using System.Text;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Calendars.ICalendar;

/// <summary>
/// Splits iCalendar text into content lines (RFC 5545 §3.1): unfolds lines that continue on the next
/// physical line (which starts with a space or a tab), and parses each into name, parameters and value.
/// A bad line is reported with its line number and skipped.
/// </summary>
internal static class IcsContentLineReader
{
    public static List<IcsContentLine> Read(string text, InputProblemCollector problems)
    {
        var result = new List<IcsContentLine>();
        var current = new StringBuilder();
        int currentLine = 0;
        int lineNumber = 0;
        // Lines end at LF (RFC 5545 says CRLF; a bare LF is accepted too). Other Unicode line breaks are content.
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            lineNumber++;
            int end = rest.IndexOf('\n');
            ReadOnlySpan<char> line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                if (currentLine == 0)
                {
                    problems.Add(IcsProblemCodes.Syntax, "A folded line (starting with a space or a tab) has no content line before it to continue.", line: lineNumber);
                }
                else
                {
                    current.Append(line[1..]);
                }

                continue;
            }

            Flush(result, current, currentLine, problems);
            currentLine = line.IsEmpty ? 0 : lineNumber;
            current.Clear().Append(line);
        }

        Flush(result, current, currentLine, problems);
        return result;
    }

    private static void Flush(List<IcsContentLine> result, StringBuilder current, int line, InputProblemCollector problems)
    {
        if (line == 0)
        {
            return;
        }

        IcsContentLine? parsed = Parse(current.ToString(), line);
        if (parsed is null)
        {
            problems.Add(IcsProblemCodes.Syntax, "The line is not a content line of the form NAME[;PARAMETER=VALUE...]:VALUE.", line: line);
        }
        else
        {
            result.Add(parsed);
        }
    }

    private static IcsContentLine? Parse(string text, int line)
    {
        int at = 0;
        string? name = ReadName(text, ref at);
        if (name is null)
        {
            return null;
        }

        var parameters = new List<KeyValuePair<string, string>>();
        while (at < text.Length && text[at] == ';')
        {
            at++;
            string? parameterName = ReadName(text, ref at);
            if (parameterName is null || at >= text.Length || text[at] != '=')
            {
                return null;
            }

            at++;
            var values = new List<string>();
            do
            {
                string? value = ReadParameterValue(text, ref at);
                if (value is null)
                {
                    return null;
                }

                values.Add(value);
            }
            while (at < text.Length && text[at] == ',' && ++at > 0);

            parameters.Add(new(parameterName, string.Join(',', values)));
        }

        if (at >= text.Length || text[at] != ':')
        {
            return null;
        }

        return new IcsContentLine(name, parameters, text[(at + 1)..], line);
    }

    private static string? ReadName(string text, ref int at)
    {
        int start = at;
        while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] == '-'))
        {
            at++;
        }

        return at == start ? null : text[start..at].ToUpperInvariant();
    }

    private static string? ReadParameterValue(string text, ref int at)
    {
        if (at < text.Length && text[at] == '"')
        {
            int close = text.IndexOf('"', at + 1);
            if (close < 0)
            {
                return null;
            }

            string quoted = text[(at + 1)..close];
            at = close + 1;
            return quoted;
        }

        int start = at;
        while (at < text.Length && text[at] is not (';' or ':' or ',' or '"'))
        {
            at++;
        }

        return text[start..at];
    }
}
