using System;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Ports;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>The checks a clause makes: each throws <see cref="ClauseFailure"/> naming what it expected and what it found.</summary>
internal static class Expect
{
    public static void That(bool condition, string expected, Func<string> found)
    {
        if (!condition)
        {
            throw new ClauseFailure(expected, found());
        }
    }

    /// <summary>Runs a write that must be refused with <see cref="ConcurrencyConflictException"/>.</summary>
    public static async Task<ConcurrencyConflictException> ConflictAsync<TRepository>(
        ClauseContext<TRepository> context,
        string step,
        Func<CancellationToken, Task> write,
        string expected)
    {
        try
        {
            await context.Do(step, write).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException conflict)
        {
            return conflict;
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            throw new ClauseFailure(expected, $"{step} threw {ContractRunner.Describe(e)}");
        }

        throw new ClauseFailure(expected, $"{step} succeeded");
    }
}
