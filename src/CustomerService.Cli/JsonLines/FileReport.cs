using System.Globalization;
using System.IO;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Cli.JsonLines;

/// <summary>
/// What reading one input file found: each bad line's problems on standard error, as
/// <c>tickets.jsonl:12:57: $.events[3].to: json.wrong_type: ...</c>, the count of good and bad lines,
/// and progress for large files. At most <see cref="MaxListed"/> problems are listed, then only counted.
/// </summary>
internal sealed class FileReport(string fileName, string noun, TextWriter stderr)
{
    /// <summary>The most problems listed per file (as ADR 0005 bounds a document's).</summary>
    public const int MaxListed = 1000;

    private long _listed;

    public string FileName => fileName;

    /// <summary>Gets the number of lines read into a record.</summary>
    public long GoodLines { get; private set; }

    /// <summary>Gets the number of lines skipped for their problems.</summary>
    public long BadLines { get; private set; }

    /// <summary>Gets the number of problems found, listed or not.</summary>
    public long Problems { get; private set; }

    public bool HasProblems => BadLines > 0;

    public void Good() => GoodLines++;

    /// <summary>Counts a bad line and lists its problems.</summary>
    public void Bad(long line, params InputProblem[] problems)
    {
        BadLines++;
        foreach (var problem in problems)
        {
            Problems++;
            if (_listed < MaxListed)
            {
                _listed++;
                stderr.WriteLine(Describe(line, problem));
            }
            else if (_listed++ == MaxListed)
            {
                stderr.WriteLine($"{fileName}: more than {MaxListed} problems; the others are counted, not listed.");
            }
        }
    }

    /// <summary>Turns a good line into a bad one, for a problem found after reading (an unknown calendar).</summary>
    public void Reject(long line, InputProblem problem)
    {
        GoodLines--;
        Bad(line, problem);
    }

    /// <summary>Says how far reading has come, every 10,000 lines up to 100,000, then every 100,000.</summary>
    public void Progress(long line)
    {
        if (line % (line < 100_000 ? 10_000 : 100_000) == 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fileName}: {line:N0} lines read..."));
        }
    }

    /// <summary>Writes the closing line on standard error when some lines were skipped.</summary>
    public void Summarize()
    {
        if (HasProblems)
        {
            stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{fileName}: {BadLines:N0} line(s) with {Problems:N0} problem(s) were skipped; {GoodLines:N0} {noun}(s) read."));
        }
    }

    private string Describe(long line, InputProblem problem)
    {
        var place = problem.Column is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{fileName}:{line}:{column}")
            : string.Create(CultureInfo.InvariantCulture, $"{fileName}:{line}");
        var path = problem.Path is null ? string.Empty : problem.Path + ": ";
        return $"{place}: {path}{problem.Code}: {problem.Message}";
    }
}
