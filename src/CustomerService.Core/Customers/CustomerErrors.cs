using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Customers;

/// <summary>
/// The stable codes of everything that can go wrong with a customer: broken rules of the
/// <see cref="Customer"/> aggregate (<c>customer.*</c>), thrown as <see cref="DomainRuleViolationException"/>,
/// and problems with untrusted input to its value types (<c>email.*</c>, <c>phone.*</c>, ...),
/// returned by their <c>TryCreate</c> methods.
/// </summary>
/// <remarks>
/// Codes never change once shipped; messages may be reworded. No message ever contains the value
/// that was rejected: values of customers are personal data.
/// </remarks>
public static class CustomerErrors
{
    /// <summary>Gets <c>customer.erased</c>: the customer's personal data was erased; it cannot be changed, contacted or surveyed.</summary>
    public static DomainError Erased { get; } = new(
        "customer.erased",
        "The customer's personal data has been erased: the customer cannot be changed, contacted or surveyed.");

    /// <summary>Gets <c>customer.instant_before_last_event</c>: a change cannot happen before the customer's last recorded change.</summary>
    public static DomainError InstantBeforeLastEvent { get; } = new(
        "customer.instant_before_last_event",
        "The change cannot happen before the customer's last recorded change.");

    /// <summary>Gets <c>customer.duplicate_contact_point</c>: the customer already has this contact point.</summary>
    public static DomainError DuplicateContactPoint { get; } = new(
        "customer.duplicate_contact_point",
        "The customer already has this contact point.");

    /// <summary>Gets <c>customer.unknown_contact_point</c>: the customer has no such contact point to remove.</summary>
    public static DomainError UnknownContactPoint { get; } = new(
        "customer.unknown_contact_point",
        "The customer has no such contact point.");

    /// <summary>Gets <c>customer.unreachable</c>: the customer has no contact point on the channel.</summary>
    public static DomainError Unreachable { get; } = new(
        "customer.unreachable",
        "The customer has no contact point on that channel.");

    /// <summary>Gets <c>customer.no_survey_consent</c>: the customer has not consented to surveys, or has withdrawn consent.</summary>
    public static DomainError NoSurveyConsent { get; } = new(
        "customer.no_survey_consent",
        "The customer has not consented to satisfaction surveys.");

    /// <summary>Gets <c>name.empty</c>: the name is missing, empty or white space.</summary>
    public static DomainError NameEmpty { get; } = new("name.empty", "A customer name must not be empty.");

    /// <summary>Gets <c>name.too_long</c>: the name is longer than 256 characters.</summary>
    public static DomainError NameTooLong { get; } = new("name.too_long", "A customer name must not be longer than 256 characters.");

    /// <summary>Gets <c>name.invalid_character</c>: the name contains a control character, a line break or a broken surrogate pair.</summary>
    public static DomainError NameInvalidCharacter { get; } = new(
        "name.invalid_character",
        "A customer name must not contain control characters, line breaks or invalid UTF-16.");

    /// <summary>Gets <c>email.empty</c>: the e-mail address is missing, empty or white space.</summary>
    public static DomainError EmailEmpty { get; } = new("email.empty", "An e-mail address must not be empty.");

    /// <summary>Gets <c>email.too_long</c>: the address is longer than 254 characters (RFC 5321).</summary>
    public static DomainError EmailTooLong { get; } = new("email.too_long", "An e-mail address must not be longer than 254 characters.");

    /// <summary>Gets <c>email.at_sign</c>: the address does not have exactly one <c>@</c>.</summary>
    public static DomainError EmailAtSign { get; } = new("email.at_sign", "An e-mail address must contain exactly one '@'.");

    /// <summary>Gets <c>email.local_part</c>: the part before the <c>@</c> is empty, longer than 64 characters, or not a dot-atom of RFC 5322.</summary>
    public static DomainError EmailLocalPart { get; } = new(
        "email.local_part",
        "The part of an e-mail address before the '@' must be 1 to 64 characters: ASCII letters, digits, dots (not first, last or doubled) and !#$%&'*+-/=?^_`{|}~.");

    /// <summary>Gets <c>email.domain</c>: the part after the <c>@</c> is not a domain name with at least two valid labels.</summary>
    public static DomainError EmailDomain { get; } = new(
        "email.domain",
        "The part of an e-mail address after the '@' must be a domain name of at least two labels of ASCII letters, digits and inner hyphens (at most 63 each), with a top-level label that is not all digits.");

    /// <summary>Gets <c>phone.empty</c>: the phone number is missing, empty or white space.</summary>
    public static DomainError PhoneEmpty { get; } = new("phone.empty", "A phone number must not be empty.");

    /// <summary>Gets <c>phone.missing_plus</c>: the number does not start with <c>+</c> and its country calling code.</summary>
    public static DomainError PhoneMissingPlus { get; } = new(
        "phone.missing_plus",
        "A phone number must be in international form: '+', the country calling code, then the number.");

    /// <summary>Gets <c>phone.invalid_character</c>: the number contains something other than digits, spaces, <c>-</c>, <c>.</c> and balanced, unnested parentheses.</summary>
    public static DomainError PhoneInvalidCharacter { get; } = new(
        "phone.invalid_character",
        "A phone number may contain only digits after the '+', separated by spaces, '-', '.' or balanced, unnested parentheses.");

    /// <summary>Gets <c>phone.trunk_prefix</c>: the number contains <c>(0)</c>, a national trunk prefix whose meaning depends on the country.</summary>
    public static DomainError PhoneTrunkPrefix { get; } = new(
        "phone.trunk_prefix",
        "A phone number must not contain a national trunk prefix '(0)': write the number as dialled from abroad.");

    /// <summary>Gets <c>phone.length</c>: the number does not have 2 to 15 digits (ITU-T E.164).</summary>
    public static DomainError PhoneLength { get; } = new("phone.length", "A phone number must have 2 to 15 digits after the '+' (E.164).");

    /// <summary>Gets <c>phone.leading_zero</c>: the first digit is 0, which no country calling code starts with.</summary>
    public static DomainError PhoneLeadingZero { get; } = new("phone.leading_zero", "A phone number's country calling code cannot start with 0.");

    /// <summary>Gets <c>handle.channel</c>: a handle's channel is missing, or is <c>email</c> or <c>phone</c>, which have their own contact point types.</summary>
    public static DomainError HandleChannel { get; } = new(
        "handle.channel",
        "A handle needs a channel other than 'email' and 'phone' (use an e-mail address or a phone number for those).");

    /// <summary>Gets <c>handle.empty</c>: the handle is missing, empty or white space.</summary>
    public static DomainError HandleEmpty { get; } = new("handle.empty", "A handle must not be empty.");

    /// <summary>Gets <c>handle.too_long</c>: the handle is longer than 256 characters.</summary>
    public static DomainError HandleTooLong { get; } = new("handle.too_long", "A handle must not be longer than 256 characters.");

    /// <summary>Gets <c>handle.invalid_character</c>: the handle contains white space, a control character or a broken surrogate pair.</summary>
    public static DomainError HandleInvalidCharacter { get; } = new(
        "handle.invalid_character",
        "A handle must not contain white space, control characters or invalid UTF-16.");

    /// <summary>Gets <c>tier.invalid</c>: the text is not a tier name.</summary>
    public static DomainError InvalidTier { get; } = new("tier.invalid", $"A customer tier is {Slug.Rule}.");

    /// <summary>Gets <c>locale.invalid</c>: the text is not a well-formed BCP 47 language tag.</summary>
    public static DomainError InvalidLocale { get; } = new(
        "locale.invalid",
        "A locale must be a well-formed BCP 47 language tag (RFC 5646) of at most 255 characters, such as 'en', 'en-US' or 'zh-Hant-TW'.");

    /// <summary>Gets <c>region.invalid</c>: the text is not two ASCII letters (ISO 3166-1 alpha-2).</summary>
    public static DomainError InvalidRegion { get; } = new("region.invalid", "A region must be an ISO 3166-1 alpha-2 code: two ASCII letters, such as 'US' or 'DE'.");

    /// <summary>Gets <c>time_zone.unknown</c>: the time zone id is not known to the time zone provider.</summary>
    public static DomainError UnknownTimeZone { get; } = new("time_zone.unknown", "The time zone id is not known to the time zone provider (TZDB by default).");
}
