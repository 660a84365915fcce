using System;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Ports;

/// <summary>
/// A repository refused a write because the stored aggregate is not the one the caller read: it was
/// changed (or added, or a unique key was taken) by someone else in between. Nothing was written.
/// </summary>
/// <remarks>
/// The caller reloads, re-applies its command to the fresh aggregate (or finds the work already
/// done) and tries again. The message names the aggregate type, its id and the versions, never
/// personal data.
/// </remarks>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception for a write that found another version than expected.</summary>
    /// <param name="aggregateType">The aggregate's type name, such as <c>Ticket</c>.</param>
    /// <param name="aggregateId">The aggregate's id as text.</param>
    /// <param name="expectedVersion">The version the caller read, or <see langword="null"/> for an add.</param>
    /// <param name="actualVersion">The version stored now, or <see langword="null"/> when there is none.</param>
    public ConcurrencyConflictException(string aggregateType, string aggregateId, long? expectedVersion, long? actualVersion)
        : base(Describe(aggregateType, aggregateId, expectedVersion, actualVersion))
    {
        AggregateType = aggregateType;
        AggregateId = aggregateId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Creates the exception for a write that would break a uniqueness rule of the store.</summary>
    /// <param name="aggregateType">The aggregate's type name, such as <c>Escalation</c>.</param>
    /// <param name="aggregateId">The aggregate's id as text.</param>
    /// <param name="reason">What was already taken, without personal data (for example a key made of ids).</param>
    public ConcurrencyConflictException(string aggregateType, string aggregateId, string reason)
        : base($"{Guard.Against.NullOrWhiteSpace(aggregateType)} {Guard.Against.NullOrWhiteSpace(aggregateId)} was not written: {Guard.Against.NullOrWhiteSpace(reason)}.")
    {
        AggregateType = aggregateType;
        AggregateId = aggregateId;
    }

    /// <summary>Gets the aggregate's type name, such as <c>Ticket</c>.</summary>
    public string AggregateType { get; }

    /// <summary>Gets the aggregate's id as text.</summary>
    public string AggregateId { get; }

    /// <summary>Gets the version the caller expected, or <see langword="null"/> for an add or a uniqueness conflict.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>Gets the version stored when the write was refused, or <see langword="null"/> when unknown or absent.</summary>
    public long? ActualVersion { get; }

    private static string Describe(string aggregateType, string aggregateId, long? expectedVersion, long? actualVersion)
    {
        Guard.Against.NullOrWhiteSpace(aggregateType);
        Guard.Against.NullOrWhiteSpace(aggregateId);
        var expected = expectedVersion is { } e ? $"version {e}" : "no stored aggregate";
        var actual = actualVersion is { } a ? $"version {a}" : "none";
        return $"{aggregateType} {aggregateId} was not written: expected {expected}, found {actual}.";
    }
}
