using System;
using System.IO;
using System.Reflection;
using CustomerService.Cli.Calendars;
using CustomerService.Cli.CommandLine;
using CustomerService.Cli.Evaluation;
using CustomerService.Cli.KpiReports;
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
                [] => SampleTour.Run(stdout, stderr),
                ["--help" or "-h" or "help"] => Help(stdout),
                ["--version"] => Version(stdout),
                ["calendar", ..] => CalendarCommand.Run(args.AsSpan(1), stdout, stderr),
                ["evaluate", ..] => EvaluateCommand.Run(args.AsSpan(1), stdout, stderr),
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
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine($"cs-sla {InformationalVersion()}: SLA and KPI answers over ticket histories and business calendars.");
        stdout.WriteLine();
        stdout.WriteLine("  cs-sla                 a tour of the built-in sample calendars");
        stdout.WriteLine(CalendarCommand.Usage);
        stdout.WriteLine("Exit codes: 0 success, 1 problems in an input file (each reported on stderr), 2 usage error.");
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
