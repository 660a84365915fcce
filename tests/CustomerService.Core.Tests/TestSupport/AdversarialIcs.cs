using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>
/// Generators of damaged and hostile iCalendar text built from valid files: line edits (lines removed, repeated,
/// moved, replaced by hostile ones, folded anywhere), then character damage (truncation, lone surrogates, NULs).
/// </summary>
internal static class AdversarialIcs
{
    /// <summary>Lines a holiday loader must refuse or read calmly: deep nesting, huge numbers, unknown zones, odd rules, parameter floods.</summary>
    public static readonly Gen<string> HostileLine = Gen.OneOf(
        Gen.OneOfConst(
            "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VALARM", "BEGIN:", "END:", ":", ";", "", " ", "\t", "\0",
            "\uD800", "\uFEFF", "\u2028", "DTSTART;VALUE=DATE:99991231", "DTSTART;VALUE=DATE:00000101", "DTSTART;VALUE=DATE:20250230",
            "DTSTART;VALUE=DATE:2025-01-01", "DTSTART:20250101", "DTSTART;VALUE=DATE;VALUE=DATE-TIME:20250101", "DTEND;VALUE=DATE:99991231",
            "DTSTART;TZID=Mars/Olympus_Mons:20250101T090000", "DTSTART;TZID=America/New_York:20250101T090000",
            "RRULE:FREQ=YEARLY;COUNT=2147483648", "RRULE:FREQ=YEARLY;COUNT=-1", "RRULE:FREQ=YEARLY;COUNT=0", "RRULE:FREQ=YEARLY;UNTIL=99991231",
            "RRULE:FREQ=YEARLY;UNTIL=20250101T000000Z", "RRULE:FREQ=YEARLY;FREQ=YEARLY", "RRULE:FREQ=DAILY", "RRULE:", "STATUS:CANCELLED",
            "EXDATE:20250101", "X-A;P=\"unclosed:v", "X-A;P=\"\":v", "SUMMARY;LANGUAGE=en:\u00e9\uD83D\uDE00"),
        Gen.OneOfConst(10, 1_000, 100_000).Select(n => "DTSTART;VALUE=DATE:" + new string('9', n)),
        Gen.OneOfConst(10, 1_000, 100_000).Select(n => "RRULE:FREQ=YEARLY" + string.Concat(Enumerable.Repeat(";COUNT=1", n))),
        Gen.OneOfConst(10, 1_000, 100_000).Select(n => "X-A" + string.Concat(Enumerable.Repeat(";P=1,2", n)) + ":v"),
        Gen.OneOfConst(10, 1_000, 50_000).Select(n => string.Join("\r\n", Enumerable.Repeat("BEGIN:VEVENT", n))),
        Gen.OneOfConst(1_000, 1_000_000).Select(n => Fold("SUMMARY:" + new string('s', n))),
        Gen.String[Gen.Char, 0, 60]);

    /// <summary>Text made from one of <paramref name="samples"/> by one to four line edits and then, sometimes, character damage.</summary>
    public static Gen<string> Documents(params string[] samples)
    {
        var edit = Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Double[0, 1], HostileLine);
        return Gen.Select(Gen.OneOfConst(samples), edit.Array[1, 4], Gen.Int[0, 9], Gen.Double[0, 1], Gen.OneOfConst("\r\n", "\n"))
            .Select(t =>
            {
                var (sample, edits, damage, at, newline) = t;
                var lines = sample.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
                foreach (var (kind, from, to, hostile) in edits)
                {
                    Apply(lines, kind, (int)(from * lines.Count), (int)(to * lines.Count), hostile);
                }

                string text = string.Join(newline, lines);
                int cut = (int)(at * text.Length);
                return damage switch
                {
                    7 => text[..cut],
                    8 => text.Insert(cut, "\uDC00"),
                    9 => text.Insert(cut, "\0\r\r\n "),
                    _ => text,
                };
            });
    }

    /// <summary>A content line folded as RFC 5545 writes it: at most 75 characters, continuations starting with a space.</summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + (line.Length / 74 * 3));
        folded.Append(line.AsSpan(0, Math.Min(75, line.Length)));
        for (int at = 75; at < line.Length; at += 74)
        {
            folded.Append("\r\n ").Append(line.AsSpan(at, Math.Min(74, line.Length - at)));
        }

        return folded.ToString();
    }

    private static void Apply(List<string> lines, int kind, int from, int to, string hostile)
    {
        from = Math.Min(from, lines.Count - 1);
        to = Math.Min(to, lines.Count - 1);
        switch (kind)
        {
            case 0: lines.RemoveAt(from); break;
            case 1: lines.Insert(to, lines[from]); break;
            case 2: (lines[from], lines[to]) = (lines[to], lines[from]); break;
            case 3: lines[from] = hostile; break;
            default: lines.Insert(from, hostile); break;
        }

        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }
    }
}
