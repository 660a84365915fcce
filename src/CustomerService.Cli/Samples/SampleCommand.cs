using System;
using System.Globalization;
using System.IO;
using CustomerService.Cli.Calendars;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.JsonLines;
using CustomerService.Cli.TicketFiles;
using NodaTime;
using NodaTime.Text;

namespace CustomerService.Cli.Samples;

/// <summary><c>cs-sla sample generate</c>: writes a synthetic data set, ticket and survey files, for a seed.</summary>
internal static class SampleCommand
{
    public const string Usage = """
          cs-sla sample generate --tickets N --seed S [--out DIR] [--start DATE] [--days D]
                                 a synthetic data set: DIR/tickets.jsonl and DIR/surveys.jsonl (default DIR: .),
                                 N tickets arriving over D days (default 28) from DATE (default 2025-03-03)
        """;

    private const int MaxTickets = 10_000_000;

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.IsEmpty || args[0] != "generate")
        {
            throw new UsageException("sample needs the verb generate: cs-sla sample generate --tickets N --seed S.");
        }

        var options = Options.Parse(args[1..], "tickets", "seed", "out", "start", "days");
        var count = Whole(options.Required("tickets"), "tickets", 1, MaxTickets);
        var seed = Whole(options.Required("seed"), "seed", 0, int.MaxValue);
        var days = options.Optional("days") is { } d ? Whole(d, "days", 1, 366) : SampleGenerator.DefaultDays;
        var start = options.Optional("start") is { } s ? Date(s) : SampleGenerator.DefaultStart;
        var folder = options.Optional("out") ?? ".";

        var calendars = CalendarSource.Load(null, stderr) ?? throw new InvalidOperationException("The built-in sample calendars do not read.");
        var generator = new SampleGenerator(seed, start, days, count, calendars);
        Directory.CreateDirectory(folder);
        var ticketPath = Path.Combine(folder, "tickets.jsonl");
        var surveyPath = Path.Combine(folder, "surveys.jsonl");
        long surveys;
        using (var tickets = new JsonLinesWriter(File.Create(ticketPath), FileText.WriterOptions))
        using (var responses = new JsonLinesWriter(File.Create(surveyPath), FileText.WriterOptions))
        {
            foreach (var generated in generator.Generate(count))
            {
                tickets.Write(w => TicketLineWriter.Write(w, generated.Ticket));
                foreach (var response in generated.Surveys)
                {
                    responses.Write(w => SurveyLineWriter.Write(w, response));
                }

                if (tickets.Count % 100_000 == 0)
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tickets.Count:N0} tickets written..."));
                }
            }

            surveys = responses.Count;
        }

        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {count:N0} tickets to {ticketPath} and {surveys:N0} survey responses to {surveyPath}"));
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Seed {seed}, arrivals over {days} days from {LocalDatePattern.Iso.Format(start)}; to evaluate them at the end of that period: --at {FileText.Format(generator.Horizon)}"));
        return ExitCodes.Success;
    }

    private static int Whole(string text, string option, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--{option} '{text}' is not a whole number from {min:N0} to {max:N0}."));

    private static LocalDate Date(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } date
            ? date.Value
            : throw new UsageException($"--start '{text}' is not a date; write for example 2025-03-03.");
}
