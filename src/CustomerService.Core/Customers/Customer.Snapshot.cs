using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using NodaTime;

namespace CustomerService.Core.Customers;

/// <content>The way to and from storage: ToSnapshot and Restore.</content>
public sealed partial class Customer
{
    /// <summary>How many problems the message of a refused snapshot lists before "...".</summary>
    private const int ProblemsInMessage = 8;

    private Customer(CustomerSnapshot snapshot)
        : base(snapshot.Id)
    {
        Name = snapshot.Name;
        _contactPoints.AddRange(snapshot.ContactPoints);
        ContactPoints = _contactPoints.AsReadOnly();
        PreferredChannel = snapshot.PreferredChannel;
        Tier = snapshot.Tier;
        Locale = snapshot.Locale;
        TimeZoneId = snapshot.TimeZoneId;
        Region = snapshot.Region;
        OrganizationId = snapshot.OrganizationId;
        SurveyConsent = snapshot.SurveyConsent;
        MarketingConsent = snapshot.MarketingConsent;
        RegisteredAt = snapshot.RegisteredAt;
        LastChangedAt = snapshot.LastChangedAt;
        ErasedAt = snapshot.ErasedAt;
        RestoreVersion(snapshot.Version);
    }

    /// <summary>
    /// Rebuilds a customer from its snapshot (as a repository stores it): every field as in the snapshot,
    /// <see cref="AggregateRoot{TId}.Version"/> the snapshot's, and no pending
    /// <see cref="AggregateRoot{TId}.DomainEvents"/> (they were published when recorded). An erased
    /// customer stays erased.
    /// </summary>
    /// <param name="snapshot">The snapshot, from <see cref="ToSnapshot"/>.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The snapshot is not one a customer could have given: a default id, tier, region, locale, channel or
    /// organization; a version below 1; instants that are not real or out of order (registered, then
    /// consents and erasure, then last changed); a null or repeated contact point; a preferred channel no
    /// contact point reaches; or personal data on an erased customer. The message lists every problem by
    /// field, never a value of personal data.
    /// </exception>
    /// <remarks>
    /// The time zone id is not looked up: it was checked against the provider the host used when it was
    /// set, and a customer stored under another provider must still load.
    /// </remarks>
    public static Customer Restore(CustomerSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        var problems = ProblemsOf(snapshot);
        if (problems.Count > 0)
        {
            var shown = string.Join("; ", problems.Take(ProblemsInMessage));
            var more = problems.Count > ProblemsInMessage ? "; ..." : string.Empty;
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The customer snapshot cannot be restored ({problems.Count} problem(s)): {shown}{more}"),
                nameof(snapshot));
        }

        return new Customer(snapshot);
    }

    /// <summary>Returns every field of the customer at its current version, for a repository to store.</summary>
    /// <returns>The snapshot; <see cref="Restore"/> gives back a customer equal in every field.</returns>
    public CustomerSnapshot ToSnapshot() => new()
    {
        Id = Id,
        Version = Version,
        RegisteredAt = RegisteredAt,
        LastChangedAt = LastChangedAt,
        ErasedAt = ErasedAt,
        Tier = Tier,
        Name = Name,
        ContactPoints = _contactPoints,
        PreferredChannel = PreferredChannel,
        Locale = Locale,
        TimeZoneId = TimeZoneId,
        Region = Region,
        OrganizationId = OrganizationId,
        SurveyConsent = SurveyConsent,
        MarketingConsent = MarketingConsent,
    };

    private static List<string> ProblemsOf(CustomerSnapshot s)
    {
        var problems = new List<string>();
        void Add(string field, string message) => problems.Add($"{field}: {message}");

        if (s.Id == default)
        {
            Add(nameof(s.Id), "is the default value.");
        }

        if (s.Version < 1)
        {
            Add(nameof(s.Version), "must be at least 1: registration is a customer's first change.");
        }

        if (s.Tier == default)
        {
            Add(nameof(s.Tier), "is the default value.");
        }

        CheckInstants(s, Add);
        CheckContactPoints(s, Add);

        if (s.Locale is { Tag: null })
        {
            Add(nameof(s.Locale), "is the default value; use null for none.");
        }

        if (s.TimeZoneId is { } zone && string.IsNullOrWhiteSpace(zone))
        {
            Add(nameof(s.TimeZoneId), "is blank; use null for none.");
        }

        if (s.Region is { Code: null })
        {
            Add(nameof(s.Region), "is the default value; use null for none.");
        }

        if (s.OrganizationId == default(OrganizationId))
        {
            Add(nameof(s.OrganizationId), "is the default value; use null for none.");
        }

        if (s.IsErased)
        {
            CheckErased(s, Add);
        }

        return problems;
    }

    private static void CheckInstants(CustomerSnapshot s, Action<string, string> add)
    {
        static bool IsReal(Instant at) => at != Instant.MinValue && at != Instant.MaxValue;

        if (!IsReal(s.RegisteredAt))
        {
            add(nameof(s.RegisteredAt), "is not a real instant.");
        }

        if (!IsReal(s.LastChangedAt) || s.LastChangedAt < s.RegisteredAt)
        {
            add(nameof(s.LastChangedAt), "must be a real instant, not before RegisteredAt.");
        }

        // Erasure and consent changes happened between registration and the last change.
        (string Field, Instant? At)[] changes =
        [
            (nameof(s.ErasedAt), s.ErasedAt),
            (nameof(s.SurveyConsent), s.SurveyConsent.ChangedAt),
            (nameof(s.MarketingConsent), s.MarketingConsent.ChangedAt),
        ];
        foreach (var (field, at) in changes)
        {
            if (at is { } instant && (!IsReal(instant) || instant < s.RegisteredAt || instant > s.LastChangedAt))
            {
                add(field, "must be a real instant between RegisteredAt and LastChangedAt.");
            }
        }
    }

    private static void CheckContactPoints(CustomerSnapshot s, Action<string, string> add)
    {
        var seen = new HashSet<ContactPoint>();
        for (var i = 0; i < s.ContactPoints.Count; i++)
        {
            if (s.ContactPoints[i] is not { } point)
            {
                add(string.Create(CultureInfo.InvariantCulture, $"{nameof(s.ContactPoints)}[{i}]"), "is null.");
            }
            else if (!seen.Add(point))
            {
                add(string.Create(CultureInfo.InvariantCulture, $"{nameof(s.ContactPoints)}[{i}]"), "repeats an earlier contact point.");
            }
        }

        if (s.PreferredChannel is { } channel)
        {
            if (channel == default)
            {
                add(nameof(s.PreferredChannel), "is the default value; use null for none.");
            }
            else if (!seen.Any(p => p.Reaches(channel)))
            {
                add(nameof(s.PreferredChannel), "is a channel no contact point reaches.");
            }
        }
    }

    private static void CheckErased(CustomerSnapshot s, Action<string, string> add)
    {
        const string Erased = "must be empty: the customer's personal data was erased.";
        if (s.Name is not null)
        {
            add(nameof(s.Name), Erased);
        }

        if (s.ContactPoints.Count > 0)
        {
            add(nameof(s.ContactPoints), Erased);
        }

        if (s.PreferredChannel is not null)
        {
            add(nameof(s.PreferredChannel), Erased);
        }

        if (s.Locale is not null)
        {
            add(nameof(s.Locale), Erased);
        }

        if (s.SurveyConsent != Consent.NotRecorded)
        {
            add(nameof(s.SurveyConsent), "must be not recorded: the customer's personal data was erased.");
        }

        if (s.MarketingConsent != Consent.NotRecorded)
        {
            add(nameof(s.MarketingConsent), "must be not recorded: the customer's personal data was erased.");
        }
    }
}
