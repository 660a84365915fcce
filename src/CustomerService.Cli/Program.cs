using System;
using System.IO;
using System.Reflection;

namespace CustomerService.Cli;

/// <summary>The <c>cs-sla</c> command-line tool. Verbs arrive as the engines they front land.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var version = typeof(Program).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine($"cs-sla {version}: SLA and KPI answers over ticket histories.");
            stdout.WriteLine();
            stdout.WriteLine("No verbs are available in this build yet; see README.md for what is coming.");
            return ExitCodes.Success;
        }

        if (args[0] == "--version")
        {
            stdout.WriteLine(version);
            return ExitCodes.Success;
        }

        stderr.WriteLine($"cs-sla: unknown verb '{args[0]}'. Run 'cs-sla --help' for the list.");
        return ExitCodes.Usage;
    }
}

/// <summary>Process exit codes, stable so scripts can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong (unknown verb or option).</summary>
    public const int Usage = 2;
}
