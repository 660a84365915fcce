using System;
using System.Threading;
using System.Threading.Tasks;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>One clause of a port's contract: a stable id, the rule in words, and the check, run against a fresh store.</summary>
/// <typeparam name="TRepository">The port.</typeparam>
internal sealed record Clause<TRepository>(string Id, string Rule, Func<ClauseContext<TRepository>, Task> RunAsync);

/// <summary>
/// What a clause runs with: a way to open a repository over the clause's store (one per unit of work,
/// as a host opens one per request), the step it is at (for the report of an unexpected exception) and
/// the caller's cancellation token.
/// </summary>
/// <typeparam name="TRepository">The port.</typeparam>
internal sealed class ClauseContext<TRepository>
{
    private readonly Func<TRepository> _open;
    private string _step = "starting the clause";

    public ClauseContext(Func<TRepository> open, CancellationToken cancellationToken)
    {
        _open = open;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>Gets what the clause was doing last, such as <c>saving the ticket with the version it was loaded at</c>.</summary>
    public string Step => Volatile.Read(ref _step);

    /// <summary>Opens a repository over the clause's store, for one unit of work.</summary>
    public TRepository Open() => _open();

    /// <summary>Runs one step against the port, remembering what it is for the report.</summary>
    public Task Do(string step, Func<CancellationToken, Task> action)
    {
        Volatile.Write(ref _step, step);
        return action(CancellationToken);
    }

    /// <inheritdoc cref="Do(string, Func{CancellationToken, Task})"/>
    public Task<T> Do<T>(string step, Func<CancellationToken, Task<T>> action)
    {
        Volatile.Write(ref _step, step);
        return action(CancellationToken);
    }
}

/// <summary>A clause does not hold: what it expected and what it found. Caught by the runner, never seen by hosts.</summary>
internal sealed class ClauseFailure : Exception
{
    public ClauseFailure(string expected, string found)
        : base($"Expected {expected}; found {found}.")
    {
        Expected = expected;
        Found = found;
    }

    public string Expected { get; }

    public string Found { get; }
}
