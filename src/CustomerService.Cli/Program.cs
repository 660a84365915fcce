using System;
using System.IO;
using System.Reflection;
using CustomerService.Cli.Backtests;
using CustomerService.Cli.Calendars;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Evaluation;
using CustomerService.Cli.KpiReports;
using CustomerService.Cli.Overview;
using CustomerService.Cli.Samples;

namespace CustomerService.Cli;

/// <summary>The <c>cs-sla</c> command-line tool. Verbs arrive as the engines they front land.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args switch
            {
                [] => MainJob.Run(stdout, stderr),
                ["--help" or "-h" or "help"] => Help(stdout),
                ["--version"] => Version(stdout),
                ["calendar", ..] => CalendarCommand.Run(args.AsSpan(1), stdout, stderr),
                ["evaluate", ..] => EvaluateCommand.Run(args.AsSpan(1), stdout, stderr),
                ["backtest", ..] => BacktestCommand.Run(args.AsSpan(1), stdout, stderr),
                ["kpi", ..] => KpiCommand.Run(args.AsSpan(1), stdout, stderr),
                ["sample", ..] => SampleCommand.Run(args.AsSpan(1), stdout, stderr),
                _ => throw new UsageException($"unknown verb '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"cs-sla: {e.Message}");
            stderr.WriteLine("Run 'cs-sla --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's message names the file, which is the user's own path.
            stderr.WriteLine($"cs-sla: {e.Message}");
            return ExitCodes.FileAccess;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine($"cs-sla {InformationalVersion()}: SLA and KPI answers over ticket histories, policies and business calendars.");
        stdout.WriteLine();
        stdout.WriteLine("  cs-sla                 the main job: the SLA states and KPIs of the built-in sample data, in short");
        stdout.WriteLine(EvaluateCommand.Usage);
        stdout.WriteLine(KpiCommand.Usage);
        stdout.WriteLine(BacktestCommand.Usage);
        stdout.WriteLine(SampleCommand.Usage);
        stdout.WriteLine(CalendarCommand.Usage);
        stdout.WriteLine("""
              Tickets and surveys are JSON Lines files (docs/file-formats.md); policies are described in docs/sla-policies.md,
              calendars in docs/calendar-files.md. A file not given is the built-in sample (samples/ in the repository).
              --at defaults to the end of the sample's period for the sample, else to the latest instant in the ticket file.
            Exit codes: 0 success, 1 problems in an input file (each reported on stderr; good lines still count), 2 usage error,
            3 a file could not be read or written.
            """);
        return ExitCodes.Success;
    }

    private static int Version(TextWriter stdout)
    {
        stdout.WriteLine(InformationalVersion());
        return ExitCodes.Success;
    }

    private static string InformationalVersion() =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
