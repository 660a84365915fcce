using System;
using System.Collections.Generic;
using System.Globalization;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Sla;

/// <summary>
/// <c>sla-loop iterations [events]</c>: evaluates the typical ticket (or a history of <c>events</c> events) a fixed number
/// of times after a warm-up, for instruction counting under <c>valgrind --tool=callgrind</c>, whose counts do not depend on
/// the machine's load. The counted loop is marked by a call to <c>getppid</c> before and after it, so that
/// <c>--dump-before=getppid</c> writes exactly the loop's instructions into the second part file
/// (<c>eng/sla-instructions.sh</c> does it all).
/// </summary>
internal static class SlaLoop
{
    private const int WarmUpBatch = 200;

    private static readonly IReadOnlyList<ITicketEvent> Typical = SlaBenchmarkData.TypicalTicket();
    private static readonly Instant TypicalNow = SlaBenchmarkData.Local(5, 12);

    public static int Run(string[] args)
    {
        var iterations = int.Parse(args[1], CultureInfo.InvariantCulture);
        IReadOnlyList<ITicketEvent> history;
        Instant now;
        if (args.Length > 2)
        {
            history = SlaBenchmarkData.LongTicket(int.Parse(args[2], CultureInfo.InvariantCulture));
            now = history[^1].OccurredAt + Duration.FromHours(1);
        }
        else
        {
            history = Typical;
            now = TypicalNow;
        }

        var engine = SlaBenchmarkData.Engine;
        var warmUps = 0;

        // Warm up until the runtime has compiled nothing new for five rounds: the counted loop then runs the final
        // (tier-1, profile-guided) code, as a long benchmark does, however slowly valgrind makes the warm-up.
        var compiled = -1L;
        for (var quiet = 0; quiet < 5;)
        {
            Loop(engine, history, now, WarmUpBatch);
            warmUps += WarmUpBatch;
            System.Threading.Thread.Sleep(200);
            var count = System.Runtime.JitInfo.GetCompiledMethodCount();
            quiet = count == compiled ? quiet + 1 : 0;
            compiled = count;
        }

        _ = NativeMethods.getppid();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var states = Loop(engine, history, now, iterations);
        var elapsed = watch.Elapsed;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        _ = NativeMethods.getppid();
        var compiledInLoop = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{history.Count} events, {states / iterations} states, {warmUps} evaluations of warm-up, {iterations} counted ({compiledInLoop} methods compiled while counting) in {elapsed.TotalNanoseconds / iterations:F0} ns and {allocated / iterations} bytes each"));
        return 0;
    }

    /// <summary>
    /// Evaluates the typical ticket <paramref name="iterations"/> times and returns the <see cref="System.Diagnostics.Stopwatch"/>
    /// ticks it took: what <see cref="SlaSideBySide"/> calls in each build it loads.
    /// </summary>
    public static long Batch(int iterations)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Loop(SlaBenchmarkData.Engine, Typical, TypicalNow, iterations);
        return watch.ElapsedTicks;
    }

    // One method for the warm-up and the counted loop, so that the counted loop runs code already compiled (a loop of
    // its own would be compiled again, on-stack, while it is counted).
    private static long Loop(Core.Sla.SlaEngine engine, IReadOnlyList<ITicketEvent> history, Instant now, int iterations)
    {
        var states = 0L;
        for (var i = 0; i < iterations; i++)
        {
            states += engine.Evaluate(history, now).Targets.Count;
        }

        return states;
    }
}

/// <summary>The marker the instruction count cuts at: a system call the runtime itself does not make.</summary>
internal static class NativeMethods
{
    [System.Runtime.InteropServices.DllImport("libc", ExactSpelling = true)]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    internal static extern int getppid();
}
