using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>
/// What the clauses every repository shares need to know about one port: how to call it, the
/// aggregates to store, a change that tells writers apart, and how to compare what comes back.
/// </summary>
/// <typeparam name="TRepository">The port.</typeparam>
/// <typeparam name="TAggregate">The aggregate it stores.</typeparam>
/// <typeparam name="TId">The aggregate's id.</typeparam>
internal abstract class AggregatePort<TRepository, TAggregate, TId>
    where TAggregate : AggregateRoot<TId>
    where TId : struct, IEquatable<TId>
{
    private readonly Func<TRepository, TId, CancellationToken, Task<TAggregate?>> _load;
    private readonly Func<TRepository, TAggregate, CancellationToken, Task> _add;
    private readonly Func<TRepository, TAggregate, long, CancellationToken, Task> _save;
    private readonly Func<TId> _newId;

    protected AggregatePort(
        string noun,
        Func<TId> newId,
        Func<TRepository, TId, CancellationToken, Task<TAggregate?>> load,
        Func<TRepository, TAggregate, CancellationToken, Task> add,
        Func<TRepository, TAggregate, long, CancellationToken, Task> save)
    {
        Noun = noun;
        _newId = newId;
        _load = load;
        _add = add;
        _save = save;
    }

    /// <summary>Gets the noun of the reports, such as <c>ticket</c>; with <c>_</c> for spaces, the prefix of the clause ids.</summary>
    public string Noun { get; }

    /// <summary>Gets the noun with its article: <c>a ticket</c>, <c>an escalation</c>.</summary>
    public string ANoun => ("aeiou".Contains(Noun[0], StringComparison.Ordinal) ? "an " : "a ") + Noun;

    public TId NewId() => _newId();

    public Task<TAggregate?> LoadAsync(TRepository repository, TId id, CancellationToken cancellationToken) => _load(repository, id, cancellationToken);

    public Task AddAsync(TRepository repository, TAggregate aggregate, CancellationToken cancellationToken) => _add(repository, aggregate, cancellationToken);

    public Task SaveAsync(TRepository repository, TAggregate aggregate, long expectedVersion, CancellationToken cancellationToken) =>
        _save(repository, aggregate, expectedVersion, cancellationToken);

    /// <summary>Aggregates that together use every field and every kind of event, each with new ids.</summary>
    public abstract IReadOnlyList<ContractSample<TAggregate>> Samples();

    /// <summary>A new aggregate, with a new id, that <see cref="Change"/> can change.</summary>
    public abstract TAggregate Simple();

    /// <summary>Records exactly one event that says which writer made it.</summary>
    public abstract void Change(TAggregate aggregate, int writer);

    /// <summary>Gets the writer whose <see cref="Change"/> the aggregate holds, or <see langword="null"/> for none.</summary>
    public abstract int? WriterOf(TAggregate aggregate);

    /// <summary>How a loaded aggregate differs from the one stored; empty when it is the same in every field and event.</summary>
    public IReadOnlyList<string> Compare(TAggregate expected, TAggregate found)
    {
        var differences = new List<string>();
        if (!found.Id.Equals(expected.Id))
        {
            differences.Add(Differences.Invariant($"Id: expected {expected.Id}, found {found.Id}"));
        }

        if (found.Version != expected.Version)
        {
            differences.Add(Differences.Invariant($"Version: expected {expected.Version}, found {found.Version}"));
        }

        if (found.DomainEvents.Count > 0)
        {
            differences.Add(Differences.Invariant($"DomainEvents: expected none pending after a load, found {found.DomainEvents.Count}"));
        }

        differences.AddRange(StateDifferences(expected, found));
        return differences;
    }

    /// <summary>The differences in what the aggregate holds: its history, or its fields.</summary>
    protected abstract IEnumerable<string> StateDifferences(TAggregate expected, TAggregate found);

    /// <summary>Loads in a new unit of work, and fails the clause if the aggregate is missing.</summary>
    public Task<TAggregate> LoadExistingAsync(ClauseContext<TRepository> context, TId id, string what) =>
        LoadExistingAsync(context, context.Open(), id, what);

    /// <summary>Loads through <paramref name="repository"/> (a unit of work that will save too), and fails the clause if the aggregate is missing.</summary>
    public async Task<TAggregate> LoadExistingAsync(ClauseContext<TRepository> context, TRepository repository, TId id, string what)
    {
        var loaded = await context.Do($"loading {what}", ct => LoadAsync(repository, id, ct)).ConfigureAwait(false);
        Expect.That(loaded is not null, $"{what} to load", () => "null: it was not stored");
        return loaded!;
    }

    /// <summary>Adds the aggregates in one unit of work, each named for the report.</summary>
    public async Task AddAllAsync(ClauseContext<TRepository> context, params (TAggregate Aggregate, string Name)[] aggregates)
    {
        var repository = context.Open();
        foreach (var (aggregate, name) in aggregates)
        {
            await context.Do($"adding {name}", ct => AddAsync(repository, aggregate, ct)).ConfigureAwait(false);
        }
    }

    /// <summary>Adds a new <see cref="Simple"/> aggregate in a unit of work of its own, and returns it.</summary>
    public async Task<TAggregate> AddSimpleAsync(ClauseContext<TRepository> context)
    {
        var aggregate = Simple();
        await AddAllAsync(context, (aggregate, ANoun)).ConfigureAwait(false);
        return aggregate;
    }

    /// <summary>Opens a unit of work and loads the aggregate in it, for a change to save through the same repository.</summary>
    public async Task<(TRepository Repository, TAggregate Loaded)> CheckOutAsync(ClauseContext<TRepository> context, TId id, string what)
    {
        var repository = context.Open();
        return (repository, await LoadExistingAsync(context, repository, id, what).ConfigureAwait(false));
    }

    /// <summary>Loads, changes and saves with the version loaded, in one unit of work; returns the aggregate saved.</summary>
    public async Task<TAggregate> ChangeAsync(ClauseContext<TRepository> context, TId id, string what, Action<TAggregate> change)
    {
        var (repository, loaded) = await CheckOutAsync(context, id, what).ConfigureAwait(false);
        var version = loaded.Version;
        change(loaded);
        await context.Do(
            Differences.Invariant($"saving {what} with the version it was loaded at ({version})"),
            ct => SaveAsync(repository, loaded, version, ct)).ConfigureAwait(false);
        return loaded;
    }

    /// <summary>Fails the clause unless <paramref name="found"/> is <paramref name="expected"/> in every field and event.</summary>
    public void ExpectSame(TAggregate expected, TAggregate found, string what)
    {
        var differences = Compare(expected, found);
        Expect.That(differences.Count == 0, $"{what} as stored, in every field and history event", () => string.Join("; ", differences.Take(8)));
    }
}

/// <summary>An aggregate to store, built the same way every time: created, then changed step by step.</summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
internal sealed class ContractSample<TAggregate>
{
    private readonly Func<TAggregate> _create;

    public ContractSample(string name, Func<TAggregate> create, params Action<TAggregate>[] steps)
    {
        Name = name;
        _create = create;
        Steps = steps;
    }

    /// <summary>Gets what the sample is, for reports: <c>the ticket with every kind of event</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<Action<TAggregate>> Steps { get; }

    public TAggregate Create() => _create();

    public TAggregate Build()
    {
        var aggregate = _create();
        foreach (var step in Steps)
        {
            step(aggregate);
        }

        return aggregate;
    }
}
