using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Customers;

/// <summary>
/// Every field of a <see cref="Customer"/> at one version: what a repository stores (as columns or a
/// document) and gives back to <see cref="Customer.Restore"/>. Take one with <see cref="Customer.ToSnapshot"/>.
/// </summary>
/// <remarks>
/// <para>
/// A customer is stored as its state, not its events: an erased customer's snapshot holds no personal
/// data (no name, contact points, preferred channel, locale or consents), so erasure survives every
/// load, whatever the host does with the events it published before (ADR 0004).
/// </para>
/// <para>
/// The snapshot itself checks nothing but nulls, so a host can build one from whatever it stored;
/// <see cref="Customer.Restore"/> checks that it describes a customer the aggregate could have become.
/// Two snapshots are equal when every field is, contact points in order. <see cref="ToString"/> shows
/// no personal data.
/// </para>
/// </remarks>
public sealed record CustomerSnapshot
{
    private readonly IReadOnlyList<ContactPoint> _contactPoints = [];

    /// <summary>Gets the customer's id.</summary>
    public required CustomerId Id { get; init; }

    /// <summary>Gets the customer's <see cref="SharedKernel.AggregateRoot{TId}.Version"/>: 1 after registration, one more per recorded change.</summary>
    public required long Version { get; init; }

    /// <summary>Gets the instant the customer was registered.</summary>
    public required Instant RegisteredAt { get; init; }

    /// <summary>Gets the instant of the customer's last recorded change.</summary>
    public required Instant LastChangedAt { get; init; }

    /// <summary>Gets the instant the customer's personal data was erased; <see langword="null"/> if it was not.</summary>
    public Instant? ErasedAt { get; init; }

    /// <summary>Gets the customer's tier.</summary>
    public required CustomerTier Tier { get; init; }

    /// <summary>Gets the customer's name; <see langword="null"/> when unknown or erased. Personal data.</summary>
    public CustomerName? Name { get; init; }

    /// <summary>Gets the ways to reach the customer, oldest first; empty when erased. Personal data.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlyList<ContactPoint> ContactPoints
    {
        get => _contactPoints;
        init => _contactPoints = Array.AsReadOnly([.. Guard.Against.Null(value)]);
    }

    /// <summary>Gets the channel the customer prefers; <see langword="null"/> for none.</summary>
    public Channel? PreferredChannel { get; init; }

    /// <summary>Gets the language the customer reads; <see langword="null"/> when unknown or erased.</summary>
    public Locale? Locale { get; init; }

    /// <summary>Gets the id of the customer's time zone; <see langword="null"/> when unknown.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Gets the customer's country or region; <see langword="null"/> when unknown.</summary>
    public Region? Region { get; init; }

    /// <summary>Gets the customer's organization; <see langword="null"/> for none.</summary>
    public OrganizationId? OrganizationId { get; init; }

    /// <summary>Gets the customer's consent to satisfaction surveys.</summary>
    public Consent SurveyConsent { get; init; }

    /// <summary>Gets the customer's consent to marketing.</summary>
    public Consent MarketingConsent { get; init; }

    /// <summary>Gets a value indicating whether the customer's personal data was erased.</summary>
    public bool IsErased => ErasedAt.HasValue;

    /// <inheritdoc />
    public bool Equals(CustomerSnapshot? other) =>
        other is not null
        && Id == other.Id
        && Version == other.Version
        && RegisteredAt == other.RegisteredAt
        && LastChangedAt == other.LastChangedAt
        && ErasedAt == other.ErasedAt
        && Tier == other.Tier
        && Name == other.Name
        && ContactPoints.SequenceEqual(other.ContactPoints)
        && PreferredChannel == other.PreferredChannel
        && Locale == other.Locale
        && TimeZoneId == other.TimeZoneId
        && Region == other.Region
        && OrganizationId == other.OrganizationId
        && SurveyConsent == other.SurveyConsent
        && MarketingConsent == other.MarketingConsent;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, LastChangedAt, ContactPoints.Count);

    /// <summary>Describes the snapshot without personal data.</summary>
    /// <returns>For example <c>CustomerSnapshot 3f2504e0-... (gold, version 4)</c> or <c>... (erased, version 9)</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"CustomerSnapshot {Id} ({(IsErased ? "erased" : Tier.ToString())}, version {Version})");
}
