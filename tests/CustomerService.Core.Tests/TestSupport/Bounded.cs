using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>
/// Runs one fuzz case on a thread of its own and measures what it allocates, so that a hang fails the case
/// (instead of the whole run) and memory use can be checked against a cap.
/// </summary>
/// <remarks>
/// The hang limit is a guard against an endless loop, not a speed check: it is minutes, far above what any
/// case takes even on a loaded machine, and no test asserts how fast a case runs.
/// </remarks>
internal static class Bounded
{
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    /// <summary>The result of <paramref name="run"/> and the bytes it allocated; throws what it threw, or <see cref="TimeoutException"/> if it hangs.</summary>
    public static (T Result, long AllocatedBytes) Run<T>(Func<T> run)
    {
        var task = Task.Factory.StartNew(
            () =>
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                T result = run();
                return (result, GC.GetAllocatedBytesForCurrentThread() - before);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            if (!task.Wait(HangLimit))
            {
                throw new TimeoutException($"The case did not finish within {HangLimit}: it hangs.");
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return task.Result;
    }
}
