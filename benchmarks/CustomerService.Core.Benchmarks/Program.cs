using System.Linq;
using BenchmarkDotNet.Running;

namespace CustomerService.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Calendar*'</c>;
/// CI runs every benchmark once with <c>--job dry</c> so none of them rots. Two modes run a throughput test
/// instead: <c>sla-throughput [tickets]</c> (<see cref="Sla.SlaThroughput"/>), <c>sla-loop</c> (<see cref="Sla.SlaLoop"/>,
/// for instruction counts) and <c>kpi-throughput</c>
/// (<see cref="Kpis.KpiThroughput"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "sla-throughput":
                return Sla.SlaThroughput.Run(args);
            case "sla-loop":
                return Sla.SlaLoop.Run(args);
            case "kpi-throughput":
                return Kpis.KpiThroughput.Run(args[1..]);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();

        // A benchmark that fails to build or throws must fail the run, not just print a warning.
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
