using System.Collections.Generic;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers.Events;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Customers;

/// <summary>
/// A customer: who they are (name, contact points), how to talk to them (preferred channel, locale, time
/// zone, region), what they are entitled to (tier, organization) and what they agreed to (survey and
/// marketing consent). Its interactions are not copied here: they are the tickets that carry its
/// <see cref="CustomerId"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the <see cref="Instant"/> at which the change happened, which must not be before
/// <see cref="LastChangedAt"/> (<see cref="CustomerErrors.InstantBeforeLastEvent"/>). A command that would
/// change nothing (renaming to the same name, granting consent already granted) records nothing. A command
/// that breaks a rule throws <see cref="DomainRuleViolationException"/> and leaves the customer unchanged;
/// each has a <c>Can...</c> query that answers without throwing.
/// </para>
/// <para>
/// <see cref="Erase"/> answers a data-protection request: it removes the name, contact points, preferred
/// channel, locale and consents for good and marks the customer erased. The id, tier, organization,
/// region and time zone stay, so tickets, SLA reports and KPIs still add up. An erased customer cannot be
/// contacted, surveyed or given personal data again (<see cref="CustomerErrors.Erased"/>); only its tier
/// and organization, which describe the account rather than the person, can still change.
/// </para>
/// <para>
/// A repository stores a customer as its <see cref="ToSnapshot">snapshot</see> and rebuilds it with
/// <see cref="Restore"/>: an erased customer's snapshot holds no personal data.
/// </para>
/// <para>Personal data never appears in <see cref="ToString"/>, exception messages or events' <c>ToString()</c>.</para>
/// </remarks>
public sealed partial class Customer : AggregateRoot<CustomerId>
{
    private readonly List<ContactPoint> _contactPoints = [];

    private Customer(CustomerId id, CustomerTier tier, CustomerName? name, Instant at)
        : base(id)
    {
        Guard.Against.Default(tier);
        Guard.Against.OutOfEventRange(at);
        Tier = tier;
        Name = name;
        RegisteredAt = at;
        ContactPoints = _contactPoints.AsReadOnly();
        Record(new CustomerRegistered(id, tier, name, at));
    }

    /// <summary>Gets the customer's name; <see langword="null"/> when unknown or erased. Personal data.</summary>
    public CustomerName? Name { get; private set; }

    /// <summary>Gets the ways to reach the customer, oldest first; empty when erased. Personal data.</summary>
    public IReadOnlyList<ContactPoint> ContactPoints { get; }

    /// <summary>Gets the channel the customer prefers to be contacted on; one of its contact points always reaches it.</summary>
    public Channel? PreferredChannel { get; private set; }

    /// <summary>Gets the customer's tier, which selects its SLA entitlement.</summary>
    public CustomerTier Tier { get; private set; }

    /// <summary>Gets the language the customer reads; <see langword="null"/> when unknown or erased.</summary>
    public Locale? Locale { get; private set; }

    /// <summary>Gets the id of the customer's time zone in the time zone provider (TZDB by default); <see langword="null"/> when unknown.</summary>
    public string? TimeZoneId { get; private set; }

    /// <summary>Gets the customer's country or region; <see langword="null"/> when unknown.</summary>
    public Region? Region { get; private set; }

    /// <summary>Gets the organization (company, account) the customer belongs to; <see langword="null"/> for none.</summary>
    public OrganizationId? OrganizationId { get; private set; }

    /// <summary>Gets the customer's consent to satisfaction surveys; not recorded when erased.</summary>
    public Consent SurveyConsent { get; private set; }

    /// <summary>Gets the customer's consent to marketing; not recorded when erased.</summary>
    public Consent MarketingConsent { get; private set; }

    /// <summary>Gets the instant the customer was registered.</summary>
    public Instant RegisteredAt { get; }

    /// <summary>Gets the instant of the last recorded change; no command may happen before it.</summary>
    public Instant LastChangedAt { get; private set; }

    /// <summary>Gets the instant the customer's personal data was erased; <see langword="null"/> if it was not.</summary>
    public Instant? ErasedAt { get; private set; }

    /// <summary>Gets a value indicating whether the customer's personal data was erased. Erasure is irreversible.</summary>
    public bool IsErased => ErasedAt.HasValue;

    /// <summary>Registers a customer whose name is not known (yet): a customer who wrote from an e-mail address, for instance.</summary>
    /// <param name="id">The customer's id.</param>
    /// <param name="tier">The tier the customer starts in (<see cref="CustomerTier.Standard"/> if the host has no tiers).</param>
    /// <param name="at">The instant of registration.</param>
    /// <returns>The customer, with a <see cref="CustomerRegistered"/> event.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> or <paramref name="tier"/> is the default value, or <paramref name="at"/> is not a real instant.</exception>
    public static Customer Register(CustomerId id, CustomerTier tier, Instant at) => new(id, tier, null, at);

    /// <summary>Registers a customer with a name.</summary>
    /// <param name="id">The customer's id.</param>
    /// <param name="tier">The tier the customer starts in (<see cref="CustomerTier.Standard"/> if the host has no tiers).</param>
    /// <param name="name">The customer's name.</param>
    /// <param name="at">The instant of registration.</param>
    /// <returns>The customer, with a <see cref="CustomerRegistered"/> event.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> or <paramref name="tier"/> is the default value, or <paramref name="at"/> is not a real instant.</exception>
    public static Customer Register(CustomerId id, CustomerTier tier, CustomerName name, Instant at) =>
        new(id, tier, Guard.Against.Null(name), at);

    /// <summary>Returns whether <see cref="Rename"/> at <paramref name="at"/> is allowed: not erased, not before the last change.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the rename would be accepted.</returns>
    public bool CanRename(Instant at) => PersonalDataError(at) is null;

    /// <summary>Sets or changes the customer's name (<see cref="CustomerRenamed"/>).</summary>
    /// <param name="name">The new name.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void Rename(CustomerName name, Instant at)
    {
        Guard.Against.Null(name);
        ThrowIf(PersonalDataError(at));
        if (name != Name)
        {
            Name = name;
            Record(new CustomerRenamed(Id, name, at));
        }
    }

    /// <summary>Returns whether <see cref="AddContactPoint"/> would be accepted: not erased, not before the last change, not a duplicate.</summary>
    /// <param name="contactPoint">The contact point.</param>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the contact point would be added.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="contactPoint"/> is <see langword="null"/>.</exception>
    public bool CanAddContactPoint(ContactPoint contactPoint, Instant at) => AddContactPointError(contactPoint, at) is null;

    /// <summary>Adds a way to reach the customer (<see cref="ContactPointAdded"/>).</summary>
    /// <param name="contactPoint">The contact point: an <see cref="EmailAddress"/>, a <see cref="PhoneNumber"/> or a <see cref="SocialHandle"/>.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="contactPoint"/> is <see langword="null"/>.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="CustomerErrors.Erased"/>, <see cref="CustomerErrors.InstantBeforeLastEvent"/> or <see cref="CustomerErrors.DuplicateContactPoint"/>.
    /// </exception>
    public void AddContactPoint(ContactPoint contactPoint, Instant at)
    {
        ThrowIf(AddContactPointError(contactPoint, at));
        _contactPoints.Add(contactPoint);
        Record(new ContactPointAdded(Id, contactPoint, at));
    }

    /// <summary>Returns whether <see cref="RemoveContactPoint"/> would be accepted: not erased, not before the last change, a contact point the customer has.</summary>
    /// <param name="contactPoint">The contact point.</param>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the contact point would be removed.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="contactPoint"/> is <see langword="null"/>.</exception>
    public bool CanRemoveContactPoint(ContactPoint contactPoint, Instant at) => RemoveContactPointError(contactPoint, at) is null;

    /// <summary>
    /// Removes a way to reach the customer (<see cref="ContactPointRemoved"/>). If no remaining contact point
    /// reaches the preferred channel, the preference is cleared too (<see cref="PreferredChannelCleared"/>).
    /// </summary>
    /// <param name="contactPoint">The contact point, compared by value.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="contactPoint"/> is <see langword="null"/>.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="CustomerErrors.Erased"/>, <see cref="CustomerErrors.InstantBeforeLastEvent"/> or <see cref="CustomerErrors.UnknownContactPoint"/>.
    /// </exception>
    public void RemoveContactPoint(ContactPoint contactPoint, Instant at)
    {
        ThrowIf(RemoveContactPointError(contactPoint, at));
        _contactPoints.Remove(contactPoint);
        Record(new ContactPointRemoved(Id, contactPoint, at));
        if (PreferredChannel is { } preferred && !Reaches(preferred))
        {
            PreferredChannel = null;
            Record(new PreferredChannelCleared(Id, at));
        }
    }

    /// <summary>Returns whether <see cref="SetPreferredChannel"/> would be accepted: not erased, not before the last change, and a contact point reaches the channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the preference would be set.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="channel"/> is the default value.</exception>
    public bool CanSetPreferredChannel(Channel channel, Instant at) => SetPreferredChannelError(channel, at) is null;

    /// <summary>Sets the channel the customer prefers to be contacted on (<see cref="PreferredChannelSet"/>).</summary>
    /// <param name="channel">The channel; one of the customer's contact points must reach it.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentException"><paramref name="channel"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="CustomerErrors.Erased"/>, <see cref="CustomerErrors.InstantBeforeLastEvent"/> or <see cref="CustomerErrors.Unreachable"/>.
    /// </exception>
    public void SetPreferredChannel(Channel channel, Instant at)
    {
        ThrowIf(SetPreferredChannelError(channel, at));
        if (channel != PreferredChannel)
        {
            PreferredChannel = channel;
            Record(new PreferredChannelSet(Id, channel, at));
        }
    }

    /// <summary>Returns whether <see cref="ClearPreferredChannel"/> at <paramref name="at"/> is allowed: not erased, not before the last change.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the preference would be cleared.</returns>
    public bool CanClearPreferredChannel(Instant at) => PersonalDataError(at) is null;

    /// <summary>Forgets the customer's preferred channel (<see cref="PreferredChannelCleared"/>, if one was set).</summary>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void ClearPreferredChannel(Instant at)
    {
        ThrowIf(PersonalDataError(at));
        if (PreferredChannel is not null)
        {
            PreferredChannel = null;
            Record(new PreferredChannelCleared(Id, at));
        }
    }

    /// <summary>Returns whether <see cref="ChangeTier"/> at <paramref name="at"/> is allowed: not before the last change (erased customers included).</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the change would be accepted.</returns>
    public bool CanChangeTier(Instant at) => InstantError(at) is null;

    /// <summary>Moves the customer to another tier (<see cref="CustomerTierChanged"/>); allowed after erasure, since a tier describes the account.</summary>
    /// <param name="tier">The new tier.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentException"><paramref name="tier"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void ChangeTier(CustomerTier tier, Instant at)
    {
        Guard.Against.Default(tier);
        ThrowIf(InstantError(at));
        if (tier != Tier)
        {
            var previous = Tier;
            Tier = tier;
            Record(new CustomerTierChanged(Id, previous, tier, at));
        }
    }

    /// <summary>Returns whether <see cref="SetLocale"/> at <paramref name="at"/> is allowed: not erased, not before the last change.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the change would be accepted.</returns>
    public bool CanSetLocale(Instant at) => PersonalDataError(at) is null;

    /// <summary>Sets the language the customer reads (<see cref="CustomerLocaleChanged"/>).</summary>
    /// <param name="locale">The locale.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentException"><paramref name="locale"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void SetLocale(Locale locale, Instant at)
    {
        Guard.Against.Default(locale);
        ThrowIf(PersonalDataError(at));
        if (locale != Locale)
        {
            Locale = locale;
            Record(new CustomerLocaleChanged(Id, locale, at));
        }
    }

    /// <summary>Returns whether <see cref="SetTimeZone(string, Instant)"/> at <paramref name="at"/> is allowed: not erased, not before the last change.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the change would be accepted (for a known time zone id).</returns>
    public bool CanSetTimeZone(Instant at) => PersonalDataError(at) is null;

    /// <summary>Sets the customer's time zone from its TZDB id (<see cref="CustomerTimeZoneChanged"/>).</summary>
    /// <param name="timeZoneId">A TZDB id such as <c>Europe/Berlin</c>; check untrusted input with <c>DateTimeZoneProviders.Tzdb.GetZoneOrNull</c>.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="timeZoneId"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="timeZoneId"/> is not a TZDB id (<see cref="CustomerErrors.UnknownTimeZone"/>).</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void SetTimeZone(string timeZoneId, Instant at) => SetTimeZone(timeZoneId, DateTimeZoneProviders.Tzdb, at);

    /// <summary>Sets the customer's time zone from its id in a time zone provider (<see cref="CustomerTimeZoneChanged"/>).</summary>
    /// <param name="timeZoneId">
    /// The id, stored as the provider names the zone it returns (NodaTime's TZDB provider keeps an alias such as
    /// <c>US/Pacific</c> as given). Every NodaTime provider also knows the fixed offsets <c>UTC</c> and <c>UTC+05:30</c>.
    /// </param>
    /// <param name="timeZones">The provider that knows the id, e.g. a specific TZDB release.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="timeZoneId"/> or <paramref name="timeZones"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="timeZoneId"/> is not known to <paramref name="timeZones"/> (<see cref="CustomerErrors.UnknownTimeZone"/>).</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void SetTimeZone(string timeZoneId, IDateTimeZoneProvider timeZones, Instant at)
    {
        Guard.Against.Null(timeZoneId);
        Guard.Against.Null(timeZones);
        var zone = timeZones.GetZoneOrNull(timeZoneId) ?? throw FreeText.Invalid(CustomerErrors.UnknownTimeZone, nameof(timeZoneId));
        ThrowIf(PersonalDataError(at));
        if (zone.Id != TimeZoneId)
        {
            TimeZoneId = zone.Id;
            Record(new CustomerTimeZoneChanged(Id, zone.Id, at));
        }
    }

    /// <summary>Returns whether <see cref="SetRegion"/> at <paramref name="at"/> is allowed: not erased, not before the last change.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the change would be accepted.</returns>
    public bool CanSetRegion(Instant at) => PersonalDataError(at) is null;

    /// <summary>Sets the customer's country or region (<see cref="CustomerRegionChanged"/>).</summary>
    /// <param name="region">The region.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentException"><paramref name="region"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void SetRegion(Region region, Instant at)
    {
        Guard.Against.Default(region);
        ThrowIf(PersonalDataError(at));
        if (region != Region)
        {
            Region = region;
            Record(new CustomerRegionChanged(Id, region, at));
        }
    }

    /// <summary>Returns whether <see cref="AssignToOrganization"/> at <paramref name="at"/> is allowed: not before the last change (erased customers included).</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the change would be accepted.</returns>
    public bool CanAssignToOrganization(Instant at) => InstantError(at) is null;

    /// <summary>Assigns the customer to an organization, or moves it from its current one (<see cref="CustomerAssignedToOrganization"/>); allowed after erasure.</summary>
    /// <param name="organizationId">The organization.</param>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="System.ArgumentException"><paramref name="organizationId"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void AssignToOrganization(OrganizationId organizationId, Instant at)
    {
        Guard.Against.Default(organizationId);
        ThrowIf(InstantError(at));
        if (organizationId != OrganizationId)
        {
            OrganizationId = organizationId;
            Record(new CustomerAssignedToOrganization(Id, organizationId, at));
        }
    }

    /// <summary>Returns whether <see cref="RemoveFromOrganization"/> at <paramref name="at"/> is allowed: not before the last change (erased customers included).</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if the change would be accepted.</returns>
    public bool CanRemoveFromOrganization(Instant at) => InstantError(at) is null;

    /// <summary>Takes the customer out of its organization (<see cref="CustomerRemovedFromOrganization"/>, if it had one); allowed after erasure.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void RemoveFromOrganization(Instant at)
    {
        ThrowIf(InstantError(at));
        if (OrganizationId is { } previous)
        {
            OrganizationId = null;
            Record(new CustomerRemovedFromOrganization(Id, previous, at));
        }
    }

    /// <summary>Returns whether a change of consent (to surveys or marketing) at <paramref name="at"/> is allowed: not erased, not before the last change.</summary>
    /// <param name="at">The instant of the change.</param>
    /// <returns><see langword="true"/> if granting or withdrawing consent would be accepted.</returns>
    public bool CanChangeConsent(Instant at) => PersonalDataError(at) is null;

    /// <summary>Records that the customer agreed to satisfaction surveys (<see cref="SurveyConsentGranted"/>, unless already granted).</summary>
    /// <param name="at">The instant the customer agreed.</param>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void GrantSurveyConsent(Instant at)
    {
        if (ChangeConsent(SurveyConsent, ConsentStatus.Granted, at) is { } consent)
        {
            SurveyConsent = consent;
            Record(new SurveyConsentGranted(Id, at));
        }
    }

    /// <summary>Records that the customer refused or withdrew consent to surveys (<see cref="SurveyConsentWithdrawn"/>, unless already withdrawn).</summary>
    /// <param name="at">The instant the customer refused.</param>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void WithdrawSurveyConsent(Instant at)
    {
        if (ChangeConsent(SurveyConsent, ConsentStatus.Withdrawn, at) is { } consent)
        {
            SurveyConsent = consent;
            Record(new SurveyConsentWithdrawn(Id, at));
        }
    }

    /// <summary>Records that the customer agreed to marketing (<see cref="MarketingConsentGranted"/>, unless already granted).</summary>
    /// <param name="at">The instant the customer agreed.</param>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void GrantMarketingConsent(Instant at)
    {
        if (ChangeConsent(MarketingConsent, ConsentStatus.Granted, at) is { } consent)
        {
            MarketingConsent = consent;
            Record(new MarketingConsentGranted(Id, at));
        }
    }

    /// <summary>Records that the customer refused or withdrew consent to marketing (<see cref="MarketingConsentWithdrawn"/>, unless already withdrawn).</summary>
    /// <param name="at">The instant the customer refused.</param>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.InstantBeforeLastEvent"/>.</exception>
    public void WithdrawMarketingConsent(Instant at)
    {
        if (ChangeConsent(MarketingConsent, ConsentStatus.Withdrawn, at) is { } consent)
        {
            MarketingConsent = consent;
            Record(new MarketingConsentWithdrawn(Id, at));
        }
    }

    /// <summary>Returns whether <see cref="Erase"/> at <paramref name="at"/> is allowed: the customer is already erased (a no-op), or the instant is not before the last change.</summary>
    /// <param name="at">The instant of the erasure.</param>
    /// <returns><see langword="true"/> if the erasure would be accepted.</returns>
    public bool CanErase(Instant at) => EraseError(at) is null;

    /// <summary>
    /// Erases the customer's personal data for a data-protection request (<see cref="CustomerErased"/>):
    /// the name, contact points, preferred channel, locale and consents are removed, irreversibly. The id,
    /// tier, organization, region, time zone and registration instant stay. Erasing an erased customer does
    /// nothing, so a retried request succeeds.
    /// </summary>
    /// <param name="at">The instant of the erasure.</param>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.InstantBeforeLastEvent"/> (only for a customer not yet erased).</exception>
    /// <remarks>
    /// Events raised before the erasure carry personal data: those still in <see cref="AggregateRoot{TId}.DomainEvents"/>
    /// are not rewritten, and those already published are the host's to purge.
    /// </remarks>
    public void Erase(Instant at)
    {
        ThrowIf(EraseError(at));
        if (IsErased)
        {
            return;
        }

        Name = null;
        _contactPoints.Clear();
        PreferredChannel = null;
        Locale = null;
        SurveyConsent = Consent.NotRecorded;
        MarketingConsent = Consent.NotRecorded;
        ErasedAt = at;
        Record(new CustomerErased(Id, at));
    }

    /// <summary>Returns whether the customer can be contacted on <paramref name="channel"/>: not erased, and a contact point reaches it.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> if a message on the channel can reach the customer.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="channel"/> is the default value.</exception>
    public bool CanContact(Channel channel) => ContactError(channel) is null;

    /// <summary>Throws unless the customer can be contacted on <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <exception cref="System.ArgumentException"><paramref name="channel"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.Unreachable"/>.</exception>
    public void EnsureCanContact(Channel channel) => ThrowIf(ContactError(channel));

    /// <summary>Returns whether the customer may be sent a satisfaction survey: not erased, and survey consent granted.</summary>
    /// <returns><see langword="true"/> if a survey may be sent (on a channel that reaches the customer, or inside a session the customer opened).</returns>
    public bool CanSurvey() => SurveyError() is null;

    /// <summary>Returns whether the customer may be sent a satisfaction survey on <paramref name="channel"/>: <see cref="CanSurvey()"/> and <see cref="CanContact"/>.</summary>
    /// <param name="channel">The channel the survey would go out on.</param>
    /// <returns><see langword="true"/> if a survey may be sent on the channel.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="channel"/> is the default value.</exception>
    public bool CanSurvey(Channel channel) => SurveyError(channel) is null;

    /// <summary>Throws unless the customer may be sent a satisfaction survey.</summary>
    /// <exception cref="DomainRuleViolationException"><see cref="CustomerErrors.Erased"/> or <see cref="CustomerErrors.NoSurveyConsent"/>.</exception>
    public void EnsureCanSurvey() => ThrowIf(SurveyError());

    /// <summary>Throws unless the customer may be sent a satisfaction survey on <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel the survey would go out on.</param>
    /// <exception cref="System.ArgumentException"><paramref name="channel"/> is the default value.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// <see cref="CustomerErrors.Erased"/>, <see cref="CustomerErrors.NoSurveyConsent"/> or <see cref="CustomerErrors.Unreachable"/>.
    /// </exception>
    public void EnsureCanSurvey(Channel channel) => ThrowIf(SurveyError(channel));

    /// <summary>Returns the customer's id, its tier and whether it was erased: never personal data.</summary>
    /// <returns>For example <c>Customer 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (gold)</c>.</returns>
    public override string ToString() => IsErased ? $"Customer {Id} (erased)" : $"Customer {Id} ({Tier})";

    private static void ThrowIf(DomainError? error)
    {
        if (error is not null)
        {
            throw new DomainRuleViolationException(error);
        }
    }

    private static Consent WithStatus(ConsentStatus status, Instant at) =>
        status == ConsentStatus.Granted ? Consent.GrantedAt(at) : Consent.WithdrawnAt(at);

    private DomainError? InstantError(Instant at)
    {
        Guard.Against.OutOfEventRange(at);
        return at < LastChangedAt ? CustomerErrors.InstantBeforeLastEvent : null;
    }

    private DomainError? PersonalDataError(Instant at)
    {
        var instantError = InstantError(at);
        return IsErased ? CustomerErrors.Erased : instantError;
    }

    private DomainError? EraseError(Instant at)
    {
        var instantError = InstantError(at);
        return IsErased ? null : instantError;
    }

    private DomainError? AddContactPointError(ContactPoint contactPoint, Instant at)
    {
        Guard.Against.Null(contactPoint);
        return PersonalDataError(at) ?? (_contactPoints.Contains(contactPoint) ? CustomerErrors.DuplicateContactPoint : null);
    }

    private DomainError? RemoveContactPointError(ContactPoint contactPoint, Instant at)
    {
        Guard.Against.Null(contactPoint);
        return PersonalDataError(at) ?? (_contactPoints.Contains(contactPoint) ? null : CustomerErrors.UnknownContactPoint);
    }

    private DomainError? SetPreferredChannelError(Channel channel, Instant at)
    {
        Guard.Against.Default(channel);
        return PersonalDataError(at) ?? (Reaches(channel) ? null : CustomerErrors.Unreachable);
    }

    private DomainError? ContactError(Channel channel)
    {
        Guard.Against.Default(channel);
        return IsErased ? CustomerErrors.Erased : Reaches(channel) ? null : CustomerErrors.Unreachable;
    }

    private DomainError? SurveyError() =>
        IsErased ? CustomerErrors.Erased : SurveyConsent.IsGranted ? null : CustomerErrors.NoSurveyConsent;

    private DomainError? SurveyError(Channel channel)
    {
        Guard.Against.Default(channel);
        return SurveyError() ?? ContactError(channel);
    }

    private Consent? ChangeConsent(Consent current, ConsentStatus status, Instant at)
    {
        ThrowIf(PersonalDataError(at));
        return current.Status == status ? null : WithStatus(status, at);
    }

    private bool Reaches(Channel channel) => _contactPoints.Exists(c => c.Reaches(channel));

    private void Record(ICustomerEvent domainEvent)
    {
        Raise(domainEvent);
        LastChangedAt = domainEvent.OccurredAt;
    }
}
