using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CustomerService.Core.Ports;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>
/// The store under every in-memory repository: rows by id, each with the version it was written at,
/// and every read and write under one lock, so a write either checks and happens whole or not at all.
/// </summary>
/// <typeparam name="TId">The aggregate's id.</typeparam>
/// <typeparam name="TRow">What is kept of the aggregate: immutable, so readers never see a later write.</typeparam>
internal sealed class VersionedTable<TId, TRow>
    where TId : notnull
{
    private readonly Dictionary<TId, (TRow Row, long Version)> _rows = [];
    private readonly Lock _gate = new();
    private readonly string _aggregateType;

    public VersionedTable(string aggregateType) => _aggregateType = aggregateType;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

    public bool TryGet(TId id, out TRow row, out long version)
    {
        lock (_gate)
        {
            var found = _rows.TryGetValue(id, out var entry);
            (row, version) = entry;
            return found;
        }
    }

    public List<TRow> Select(Func<TRow, bool> predicate)
    {
        lock (_gate)
        {
            return [.. _rows.Values.Select(e => e.Row).Where(predicate)];
        }
    }

    /// <summary>Adds a row; <paramref name="conflict"/> sees the other rows and names a taken unique key, or returns null.</summary>
    public void Add(TId id, TRow row, long version, Func<IEnumerable<TRow>, string?>? conflict = null)
    {
        lock (_gate)
        {
            if (_rows.TryGetValue(id, out var stored))
            {
                throw new ConcurrencyConflictException(_aggregateType, $"{id}", null, stored.Version);
            }

            ThrowIfTaken(id, conflict);
            _rows.Add(id, (row, version));
        }
    }

    /// <summary>Replaces a row if it is still at <paramref name="expectedVersion"/>.</summary>
    public void Replace(TId id, TRow row, long expectedVersion, long version, Func<IEnumerable<TRow>, string?>? conflict = null)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(id, out var stored) || stored.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(_aggregateType, $"{id}", expectedVersion, _rows.ContainsKey(id) ? stored.Version : null);
            }

            ThrowIfTaken(id, conflict);
            _rows[id] = (row, version);
        }
    }

    /// <summary>Changes a row in place if it is still at <paramref name="version"/>; otherwise does nothing.</summary>
    public void UpdateIfAt(TId id, long version, Func<TRow, TRow> change)
    {
        lock (_gate)
        {
            if (_rows.TryGetValue(id, out var stored) && stored.Version == version)
            {
                _rows[id] = (change(stored.Row), version);
            }
        }
    }

    private void ThrowIfTaken(TId id, Func<IEnumerable<TRow>, string?>? conflict)
    {
        if (conflict?.Invoke(_rows.Where(r => !r.Key.Equals(id)).Select(r => r.Value.Row)) is { } reason)
        {
            throw new ConcurrencyConflictException(_aggregateType, $"{id}", reason);
        }
    }
}
