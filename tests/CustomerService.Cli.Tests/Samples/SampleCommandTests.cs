using System;
using System.IO;
using System.Linq;
using System.Text;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Cli.Tests.Samples;

public sealed class SampleCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Generate_TheSameSeedTwice_WritesTheSameFiles_AnotherSeedOthers()
    {
        var first = Generate("a", 300, 11);
        var second = Generate("b", 300, 11);
        var other = Generate("c", 300, 12);

        first.Tickets.Should().Be(second.Tickets);
        first.Surveys.Should().Be(second.Surveys);
        other.Tickets.Should().NotBe(first.Tickets);
    }

    [Fact]
    public void Generate_TheSamplesInTheRepository_AreThoseOfSeed2025()
    {
        // The files are built into the tool; regenerate them with this command when the generator changes.
        var generated = Generate("samples", 1000, 2025);

        generated.Tickets.Should().Be(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "tickets.jsonl")));
        generated.Surveys.Should().Be(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "surveys.jsonl")));
    }

    [Fact]
    public void Generate_APlausibleHelpDesk_OfEveryShapeTheFormatHolds()
    {
        var generated = Generate("shape", 2000, 3);
        var tickets = Read(generated.Tickets, TicketLineReader.Parse).Select(r => r.Ticket).ToList();
        var responses = Read(generated.Surveys, SurveyLineReader.Parse).ToList();

        tickets.Should().HaveCount(2000);
        tickets.Select(t => t.Channel).Distinct().Should().HaveCount(7, "every well-known channel");
        tickets.Select(t => t.Priority).Distinct().Should().HaveCount(4);
        Share(tickets, t => t.OpenedAt.InUtc().DayOfWeek < IsoDayOfWeek.Saturday).Should().BeInRange(0.8, 0.95, "weekends are quiet");
        Share(tickets, t => t.SolveCount > 1).Should().BeInRange(0.02, 0.12, "a few reopens");
        Share(tickets, t => t.History.OfType<PriorityChanged>().Any()).Should().BeInRange(0.03, 0.15);
        Share(tickets, t => t.History.OfType<TicketStatusChanged>().Any(s => s.To == TicketStatus.Pending)).Should().BeGreaterThan(0.3);
        Share(tickets, t => t.History.OfType<TicketStatusChanged>().Any(s => s.To == TicketStatus.OnHold)).Should().BeInRange(0.03, 0.2);
        Share(tickets, t => t.MergedInto is not null).Should().BeInRange(0.002, 0.04);
        Share(tickets, t => t.Status is TicketStatus.Solved or TicketStatus.Closed).Should().BeInRange(0.75, 0.95, "the last days' tickets are still open");
        tickets.Should().OnlyContain(t => t.UpdatedAt < Instant.FromUtc(2025, 3, 31, 0, 0), "nothing happens after the period");
        responses.Select(r => r.Kind).Distinct().Should().HaveCount(3);
        var csat = responses.Where(r => r.Kind == SurveyKind.Csat && r.Score is not null).ToList();
        Share(csat, r => r.Score >= 4).Should().BeInRange(0.6, 0.9, "most customers are satisfied");
        Share(responses, r => r.IsAnswered).Should().BeInRange(0.2, 0.5, "most surveys go unanswered");
    }

    [Fact]
    public void Generate_TellsWhereItWroteAndTheInstantToEvaluateAt()
    {
        var run = CliRun.Of("sample", "generate", "--tickets", "10", "--seed", "1", "--out", _folder.Path, "--start", "2025-06-02", "--days", "7");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain($"Wrote 10 tickets to {_folder.File("tickets.jsonl")}").And.Contain("--at 2025-06-09T00:00:00Z");
        File.ReadAllLines(_folder.File("tickets.jsonl")).Should().HaveCount(10);
    }

    [Theory]
    [InlineData(new[] { "sample" }, "sample needs the verb generate")]
    [InlineData(new[] { "sample", "generate", "--seed", "1" }, "--tickets is required")]
    [InlineData(new[] { "sample", "generate", "--tickets", "0", "--seed", "1" }, "--tickets '0' is not a whole number from 1 to 10,000,000")]
    [InlineData(new[] { "sample", "generate", "--tickets", "10", "--seed", "-1" }, "--seed '-1' is not a whole number")]
    [InlineData(new[] { "sample", "generate", "--tickets", "10", "--seed", "1", "--start", "March" }, "--start 'March' is not a date")]
    [InlineData(new[] { "sample", "generate", "--tickets", "10", "--seed", "1", "--days", "400" }, "--days '400' is not a whole number from 1 to 366")]
    public void Generate_UsageMistakes_ExitWith2(string[] args, string message)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    private (string Tickets, string Surveys) Generate(string folder, int count, int seed)
    {
        var path = Path.Combine(_folder.Path, folder);
        var run = CliRun.Of("sample", "generate", "--tickets", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", path);
        run.ExitCode.Should().Be(0);
        return (File.ReadAllText(Path.Combine(path, "tickets.jsonl")), File.ReadAllText(Path.Combine(path, "surveys.jsonl")));
    }

    private static T[] Read<T>(string text, Func<ReadOnlySpan<byte>, Core.SharedKernel.ParseResult<T>> parse) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => parse(Encoding.UTF8.GetBytes(line)).Value)];

    private static double Share<T>(System.Collections.Generic.IReadOnlyCollection<T> items, Func<T, bool> holds) =>
        (double)items.Count(holds) / items.Count;
}
