using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>Runs every clause of a contract, each against a fresh store, and collects what does not hold.</summary>
internal static class ContractRunner
{
    public static Task<ContractReport> VerifyAsync<TStore, TRepository>(
        IReadOnlyList<Clause<TRepository>> clauses,
        Func<CancellationToken, Task<TStore>> createStore,
        Func<TStore, TRepository> openRepository,
        CancellationToken cancellationToken)
        where TStore : class
        where TRepository : class
    {
        Guard.Against.Null(createStore);
        Guard.Against.Null(openRepository);
        return RunAsync(typeof(TRepository).Name, clauses, createStore, openRepository, cancellationToken);
    }

    private static async Task<ContractReport> RunAsync<TStore, TRepository>(
        string port,
        IReadOnlyList<Clause<TRepository>> clauses,
        Func<CancellationToken, Task<TStore>> createStore,
        Func<TStore, TRepository> openRepository,
        CancellationToken cancellationToken)
        where TStore : class
        where TRepository : class
    {
        var violations = new List<ContractViolation>();
        string? implementation = null;
        foreach (var clause in clauses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var store = await createStore(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The store factory given to the {port} contract returned null.");
            var opened = new List<object>();
            var context = new ClauseContext<TRepository>(
                () =>
                {
                    var repository = openRepository(store)
                        ?? throw new InvalidOperationException($"The repository factory given to the {port} contract returned null.");
                    lock (opened)
                    {
                        opened.Add(repository);
                    }

                    implementation ??= repository.GetType().Name;
                    return repository;
                },
                cancellationToken);
            try
            {
                await clause.RunAsync(context).ConfigureAwait(false);
            }
            catch (ClauseFailure failure)
            {
                violations.Add(new ContractViolation(clause.Id, clause.Rule, failure.Expected, failure.Found));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                violations.Add(new ContractViolation(clause.Id, clause.Rule, $"{context.Step} to succeed", Describe(e)));
            }
            finally
            {
                await DisposeAsync([.. opened.Prepend(store)]).ConfigureAwait(false);
            }
        }

        var report = new ContractReport(port, implementation ?? "unknown", [.. clauses.Select(c => c.Id)], violations);
        return report.Passed ? report : throw new ContractViolationException(report);
    }

    /// <summary>An exception as a report shows it: its type and message (an inner exception's too, which is where drivers put the cause).</summary>
    public static string Describe(Exception e) =>
        e.InnerException is { } inner ? $"{e.GetType().Name}: {e.Message} ({inner.GetType().Name}: {inner.Message})" : $"{e.GetType().Name}: {e.Message}";

    /// <summary>Disposes what the factories gave, repositories first, each once.</summary>
    private static async Task DisposeAsync(IReadOnlyList<object?> owned)
    {
        foreach (var item in owned.Reverse().Distinct(ReferenceEqualityComparer.Instance))
        {
            switch (item)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
