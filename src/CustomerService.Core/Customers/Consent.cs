using NodaTime;

namespace CustomerService.Core.Customers;

/// <summary>
/// A customer's consent to one kind of contact (surveys, marketing): its <see cref="Status"/> and the
/// instant it was last granted or withdrawn. Only <see cref="ConsentStatus.Granted"/> allows the contact.
/// </summary>
public readonly record struct Consent
{
    private Consent(ConsentStatus status, Instant? changedAt)
    {
        Status = status;
        ChangedAt = changedAt;
    }

    /// <summary>Gets the consent of a customer who has never been asked: not granted. It is also <c>default(Consent)</c>.</summary>
    public static Consent NotRecorded => default;

    /// <summary>Gets the status.</summary>
    public ConsentStatus Status { get; }

    /// <summary>Gets the instant consent was granted or withdrawn; <see langword="null"/> when not recorded.</summary>
    public Instant? ChangedAt { get; }

    /// <summary>Gets a value indicating whether consent is granted.</summary>
    public bool IsGranted => Status == ConsentStatus.Granted;

    /// <summary>Returns consent granted at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The consent.</returns>
    public static Consent GrantedAt(Instant at) => new(ConsentStatus.Granted, at);

    /// <summary>Returns consent refused or withdrawn at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The consent.</returns>
    public static Consent WithdrawnAt(Instant at) => new(ConsentStatus.Withdrawn, at);
}
