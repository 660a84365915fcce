using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Ports;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>The clauses every repository keeps: loads, adds and saves with expected versions, alone and under concurrent writers.</summary>
internal static class AggregateClauses
{
    /// <summary>How many writers race to save the same version.</summary>
    public const int Writers = 8;

    public static IEnumerable<Clause<TRepository>> For<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var (noun, aNoun, clause) = (port.Noun, port.ANoun, port.Noun.Replace(' ', '_'));
        var capitalANoun = char.ToUpperInvariant(aNoun[0]) + aNoun[1..];
        return
        [
            new($"{clause}.load.missing", $"Loading {aNoun} that was never stored returns null.", c => LoadMissingAsync(port, c)),
            new($"{clause}.add.round_trip", $"{capitalANoun} added and loaded again is the same in every field and history event, with the same version and no pending events.", c => AddRoundTripAsync(port, c)),
            new($"{clause}.add.stores_a_copy", $"Changing {aNoun} in memory after adding it does not change what is stored.", c => AddStoresACopyAsync(port, c)),
            new($"{clause}.add.existing_id", $"Adding {aNoun} whose id is stored already throws ConcurrencyConflictException and writes nothing.", c => AddExistingIdAsync(port, c)),
            new($"{clause}.save.round_trip", $"{capitalANoun} changed and saved step by step loads the same in every field and history event as one built in memory.", c => SaveRoundTripAsync(port, c)),
            new($"{clause}.save.expected_version", $"Saving {aNoun} with the version it was loaded at succeeds, and the stored version moves to the {noun}'s new version.", c => SaveExpectedVersionAsync(port, c)),
            new($"{clause}.save.stale_version", $"Saving {aNoun} with a version another writer has saved over throws ConcurrencyConflictException and writes nothing (no lost update).", c => SaveStaleVersionAsync(port, c)),
            new($"{clause}.save.version_ahead", $"Saving {aNoun} with a version above the stored one throws ConcurrencyConflictException and writes nothing.", c => SaveVersionAheadAsync(port, c)),
            new($"{clause}.save.missing", $"Saving {aNoun} that was never added throws ConcurrencyConflictException and writes nothing.", c => SaveMissingAsync(port, c)),
            new($"{clause}.save.concurrent", $"Of {Writers} writers that save the same version of {aNoun} at once, exactly one succeeds and the others throw ConcurrencyConflictException.", c => SaveConcurrentAsync(port, c)),
        ];
    }

    private static async Task LoadMissingAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var repository = context.Open();
        var found = await context.Do($"loading {port.ANoun} that was never stored", ct => port.LoadAsync(repository, port.NewId(), ct)).ConfigureAwait(false);
        Expect.That(found is null, "null", () => Differences.Invariant($"{port.ANoun} at version {found!.Version}"));
    }

    private static async Task AddRoundTripAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var samples = port.Samples();
        var repository = context.Open();
        var added = new List<TAggregate>();
        foreach (var sample in samples)
        {
            var aggregate = sample.Build();
            await context.Do($"adding {sample.Name}", ct => port.AddAsync(repository, aggregate, ct)).ConfigureAwait(false);
            added.Add(aggregate);
        }

        foreach (var (sample, aggregate) in samples.Zip(added))
        {
            var loaded = await port.LoadExistingAsync(context, aggregate.Id, sample.Name).ConfigureAwait(false);
            Expect.That(!ReferenceEquals(loaded, aggregate), $"{sample.Name} as a new object", () => "the very object that was added");
            port.ExpectSame(sample.Build(), loaded, sample.Name);
        }
    }

    private static async Task AddStoresACopyAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var aggregate = await port.AddSimpleAsync(context).ConfigureAwait(false);
        var version = aggregate.Version;
        port.Change(aggregate, 1);

        var stored = await port.LoadExistingAsync(context, aggregate.Id, $"the {port.Noun}").ConfigureAwait(false);
        Expect.That(
            stored.Version == version && port.WriterOf(stored) is null,
            Differences.Invariant($"the {port.Noun} as added, at version {version}"),
            () => Differences.Invariant($"version {stored.Version}, with a change made in memory after the add and never saved"));
    }

    private static async Task AddExistingIdAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var aggregate = await port.AddSimpleAsync(context).ConfigureAwait(false);
        var again = await port.LoadExistingAsync(context, aggregate.Id, $"the {port.Noun}").ConfigureAwait(false);
        port.Change(again, 2);

        var other = context.Open();
        await Expect.ConflictAsync(
            context,
            $"adding {port.ANoun} with the same id again",
            ct => port.AddAsync(other, again, ct),
            "ConcurrencyConflictException: the id is taken").ConfigureAwait(false);
        await ExpectStoredAsync(port, context, aggregate.Id, aggregate.Version, writer: null, "the refused add wrote nothing").ConfigureAwait(false);
    }

    private static async Task SaveRoundTripAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        foreach (var sample in port.Samples())
        {
            var created = sample.Create();
            await port.AddAllAsync(context, (created, $"{sample.Name} as first created")).ConfigureAwait(false);
            foreach (var (step, index) in sample.Steps.Select((s, i) => (s, i + 1)))
            {
                await port.ChangeAsync(context, created.Id, Differences.Invariant($"{sample.Name}, step {index},"), step).ConfigureAwait(false);
            }

            var stored = await port.LoadExistingAsync(context, created.Id, sample.Name).ConfigureAwait(false);
            port.ExpectSame(sample.Build(), stored, $"{sample.Name}, saved step by step,");
        }
    }

    private static async Task SaveExpectedVersionAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var aggregate = await port.AddSimpleAsync(context).ConfigureAwait(false);
        foreach (var writer in new[] { 1, 2 })
        {
            var saved = await port.ChangeAsync(context, aggregate.Id, $"the {port.Noun}", a => port.Change(a, writer)).ConfigureAwait(false);
            await ExpectStoredAsync(port, context, aggregate.Id, saved.Version, writer, "the save was stored").ConfigureAwait(false);
        }
    }

    private static async Task SaveStaleVersionAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var aggregate = await port.AddSimpleAsync(context).ConfigureAwait(false);
        var version = aggregate.Version;
        var (firstRepository, first) = await port.CheckOutAsync(context, aggregate.Id, $"the {port.Noun} (first writer)").ConfigureAwait(false);
        var (secondRepository, second) = await port.CheckOutAsync(context, aggregate.Id, $"the {port.Noun} (second writer)").ConfigureAwait(false);

        port.Change(first, 1);
        await context.Do("saving the first writer's change", ct => port.SaveAsync(firstRepository, first, version, ct)).ConfigureAwait(false);
        port.Change(second, 2);
        await Expect.ConflictAsync(
            context,
            Differences.Invariant($"saving the second writer's change with the version both loaded ({version})"),
            ct => port.SaveAsync(secondRepository, second, version, ct),
            "ConcurrencyConflictException: the first writer saved over that version").ConfigureAwait(false);
        await ExpectStoredAsync(port, context, aggregate.Id, version + 1, writer: 1, "the first writer's change kept").ConfigureAwait(false);
    }

    private static async Task SaveVersionAheadAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var aggregate = await port.AddSimpleAsync(context).ConfigureAwait(false);
        var version = aggregate.Version;
        var (repository, loaded) = await port.CheckOutAsync(context, aggregate.Id, $"the {port.Noun}").ConfigureAwait(false);
        port.Change(loaded, 1);

        await Expect.ConflictAsync(
            context,
            Differences.Invariant($"saving the {port.Noun} with expected version {version + 1} while {version} is stored"),
            ct => port.SaveAsync(repository, loaded, version + 1, ct),
            "ConcurrencyConflictException: the expected version is not the stored one").ConfigureAwait(false);
        await ExpectStoredAsync(port, context, aggregate.Id, version, writer: null, "the refused save wrote nothing").ConfigureAwait(false);
    }

    private static async Task SaveMissingAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var aggregate = port.Simple();
        var version = aggregate.Version;
        port.Change(aggregate, 1);
        var repository = context.Open();

        await Expect.ConflictAsync(
            context,
            $"saving {port.ANoun} that was never added",
            ct => port.SaveAsync(repository, aggregate, version, ct),
            "ConcurrencyConflictException: there is no such aggregate to save over").ConfigureAwait(false);
        var stored = await context.Do($"loading the {port.Noun} that was never added", ct => port.LoadAsync(context.Open(), aggregate.Id, ct)).ConfigureAwait(false);
        Expect.That(stored is null, "nothing stored by the refused save", () => Differences.Invariant($"{port.ANoun} at version {stored!.Version}"));
    }

    private static async Task SaveConcurrentAsync<TRepository, TAggregate, TId>(AggregatePort<TRepository, TAggregate, TId> port, ClauseContext<TRepository> context)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var aggregate = await port.AddSimpleAsync(context).ConfigureAwait(false);
        var version = aggregate.Version;
        var writers = new List<(int Writer, TRepository Repository, TAggregate Loaded)>();
        for (var writer = 0; writer < Writers; writer++)
        {
            var (repository, loaded) = await port.CheckOutAsync(context, aggregate.Id, Differences.Invariant($"the {port.Noun} for writer {writer}")).ConfigureAwait(false);
            port.Change(loaded, writer);
            writers.Add((writer, repository, loaded));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = writers.Select(w => Task.Run(async () =>
        {
            await start.Task.ConfigureAwait(false);
            try
            {
                await port.SaveAsync(w.Repository, w.Loaded, version, context.CancellationToken).ConfigureAwait(false);
                return (w.Writer, Error: (Exception?)null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
            {
                return (w.Writer, Error: e);
            }
        })).ToList();
        await context.Do(Differences.Invariant($"saving version {version} from {Writers} writers at once"), _ =>
        {
            start.SetResult();
            return Task.WhenAll(saves);
        }).ConfigureAwait(false);

        var results = saves.Select(s => s.Result).ToList();
        var odd = results.FirstOrDefault(r => r.Error is not null and not ConcurrencyConflictException);
        Expect.That(odd.Error is null, "every losing save to throw ConcurrencyConflictException", () => Differences.Invariant($"writer {odd.Writer} threw {ContractRunner.Describe(odd.Error!)}"));
        var winners = results.Where(r => r.Error is null).Select(r => r.Writer).ToList();
        Expect.That(winners.Count == 1, "exactly one save to succeed", () => Differences.Invariant($"{winners.Count} saves succeeded"));
        await ExpectStoredAsync(port, context, aggregate.Id, version + 1, winners[0], "the one winner's change").ConfigureAwait(false);
    }

    /// <summary>Fails unless the stored aggregate is at <paramref name="version"/> and holds <paramref name="writer"/>'s change (or none).</summary>
    private static async Task ExpectStoredAsync<TRepository, TAggregate, TId>(
        AggregatePort<TRepository, TAggregate, TId> port,
        ClauseContext<TRepository> context,
        TId id,
        long version,
        int? writer,
        string what)
        where TAggregate : AggregateRoot<TId>
        where TId : struct, IEquatable<TId>
    {
        var stored = await port.LoadExistingAsync(context, id, $"the {port.Noun}").ConfigureAwait(false);
        var holds = port.WriterOf(stored);
        Expect.That(
            stored.Version == version && holds == writer,
            Differences.Invariant($"version {version} stored, {(writer is null ? "with no writer's change" : $"with writer {writer}'s change")} ({what})"),
            () => Differences.Invariant($"version {stored.Version}, {(holds is null ? "with no writer's change" : $"with writer {holds}'s change")}"));
    }
}
