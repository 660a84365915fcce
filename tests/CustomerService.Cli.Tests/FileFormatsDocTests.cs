using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CustomerService.Cli.TicketFiles;

namespace CustomerService.Cli.Tests;

/// <summary>The examples of docs/file-formats.md are read and evaluated, so the page never drifts from the tool.</summary>
public sealed class FileFormatsDocTests : IDisposable
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "file-formats.md"));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheTicketExample_IsALineTheReaderReads_AndEvaluatesAsThePageShows()
    {
        var line = Example("{\"ticket\"");
        TicketLineReader.Parse(Encoding.UTF8.GetBytes(line)).Problems.Should().BeEmpty();

        var run = CliRun.Of("evaluate", "--tickets", _folder.Write("t.jsonl", line + "\n"));

        run.ExitCode.Should().Be(0);
        var shown = Regex.Match(Page, "```\n(TICKET .*?)\n```", RegexOptions.Singleline).Groups[1].Value.Split('\n');
        run.Out.Split('\n').Should().ContainInOrder(shown);
    }

    [Fact]
    public void TheSurveyExample_IsALineTheReaderReads() =>
        SurveyLineReader.Parse(Encoding.UTF8.GetBytes(Example("{\"response\""))).Problems.Should().BeEmpty();

    /// <summary>The JSON block starting with <paramref name="start"/>, its lines joined into the one line of the file.</summary>
    private static string Example(string start) =>
        string.Concat(Regex.Match(Page, "```json\n(" + Regex.Escape(start) + ".*?)\n```", RegexOptions.Singleline).Groups[1].Value.Split('\n').Select(l => l.Trim()));
}
