using System;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// One thing wrong with untrusted input (a calendar file, a policy file, a ticket file): a stable,
/// machine-readable <see cref="Code"/>, a readable <see cref="Message"/>, and where it is, as a JSON
/// path (<c>$.calendars[0].weeklyHours.monday[1].end</c>), a 1-based line and column, or both.
/// </summary>
/// <remarks>
/// <para>
/// Parsers of untrusted input never throw for bad content: they return a <see cref="ParseResult{T}"/>
/// listing every problem at once, so a person fixing a file sees all of them in one go.
/// </para>
/// <para>
/// Codes are lower-case words separated by dots (<c>json.syntax</c>, <c>calendar.unknown_time_zone</c>),
/// are part of the public contract and never change once shipped; messages may be reworded. Messages
/// may quote a short, truncated piece of the offending value (a time, a zone id) but never personal data.
/// </para>
/// </remarks>
public sealed record InputProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The stable code, such as <c>json.syntax</c>.</param>
    /// <param name="message">A readable description of what is wrong and, where it helps, how to fix it.</param>
    /// <param name="path">
    /// The JSON path of the offending value or property (<c>$</c> is the root), or <see langword="null"/>
    /// for input that is not JSON or a problem that has no single place.
    /// </param>
    /// <param name="line">The 1-based line, or <see langword="null"/> if not known.</param>
    /// <param name="column">
    /// The 1-based column in UTF-16 code units (as editors count), or <see langword="null"/> if not
    /// known; only given together with <paramref name="line"/>.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> or <paramref name="message"/> is empty or white space, <paramref name="path"/> is empty,
    /// or <paramref name="column"/> is given without <paramref name="line"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is less than 1.</exception>
    public InputProblem(string code, string message, string? path = null, int? line = null, int? column = null)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Message = Guard.Against.NullOrWhiteSpace(message);
        if (path is not null)
        {
            Guard.Against.NullOrEmpty(path);
        }

        if (line is int l)
        {
            Guard.Against.OutOfRange(l, nameof(line), 1, int.MaxValue);
        }

        if (column is int c)
        {
            Guard.Against.OutOfRange(c, nameof(column), 1, int.MaxValue);
            if (line is null)
            {
                throw new ArgumentException("A column needs a line.", nameof(column));
            }
        }

        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the stable, machine-readable code of the problem.</summary>
    public string Code { get; }

    /// <summary>Gets a readable description of the problem.</summary>
    public string Message { get; }

    /// <summary>Gets the JSON path of the offending value or property, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line, or <see langword="null"/> if not known.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column in UTF-16 code units, or <see langword="null"/> if not known.</summary>
    public int? Column { get; }

    /// <summary>
    /// Returns the location, code and message, e.g.
    /// <c>$.calendars[0].timeZone (line 3, column 17): calendar.unknown_time_zone: ...</c>.
    /// </summary>
    /// <returns>A one-line description for logs and command-line output.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Path);
        if (Line is int line)
        {
            text.Append(Path is null ? string.Empty : " (")
                .Append(CultureInfo.InvariantCulture, $"line {line}");
            if (Column is int column)
            {
                text.Append(CultureInfo.InvariantCulture, $", column {column}");
            }

            text.Append(Path is null ? string.Empty : ")");
        }

        if (text.Length > 0)
        {
            text.Append(": ");
        }

        return text.Append(Code).Append(": ").Append(Message).ToString();
    }
}
