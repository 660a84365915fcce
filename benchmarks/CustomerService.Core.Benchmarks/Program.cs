using System.Linq;
using BenchmarkDotNet.Running;

namespace CustomerService.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Calendar*'</c>;
/// CI runs every benchmark once with <c>--job dry</c> so none of them rots. Other modes run instead:
/// the throughput tests <c>sla-throughput [tickets]</c> (<see cref="Sla.SlaThroughput"/>) and <c>kpi-throughput</c>
/// (<see cref="Kpis.KpiThroughput"/>), <c>sla-loop</c> for instruction counts (<see cref="Sla.SlaLoop"/>),
/// <c>sla-side-by-side</c> to time builds against each other under the same load (<see cref="Sla.SlaSideBySide"/>) and
/// <c>sla-digest</c>, a fingerprint of the SLA engine's answers (<see cref="Sla.SlaDigest"/>).
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
            case "sla-digest":
                return Sla.SlaDigest.Run(args);
            case "sla-side-by-side":
                return Sla.SlaSideBySide.Run(args);
            case "kpi-throughput":
                return Kpis.KpiThroughput.Run(args[1..]);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();

        // A benchmark that fails to build or throws must fail the run, not just print a warning.
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
