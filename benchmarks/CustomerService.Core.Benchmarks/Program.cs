using System.Linq;
using BenchmarkDotNet.Running;

namespace CustomerService.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Calendar*'</c>;
/// CI runs every benchmark once with <c>--job dry</c> so none of them rots.
/// <c>--throughput [tickets]</c> runs the SLA engine's parallel throughput test instead (<see cref="Sla.SlaThroughput"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--throughput")
        {
            return Sla.SlaThroughput.Run(args);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();

        // A benchmark that fails to build or throws must fail the run, not just print a warning.
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
