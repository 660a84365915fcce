using System.Globalization;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// Writes personal data (names, addresses, subjects, message bodies) into text meant for logs, such
/// as <c>ToString()</c>, without revealing it: only its length is shown.
/// </summary>
internal static class PersonalData
{
    /// <summary>What a value type that is wholly personal data (a name, an e-mail address) shows instead of its value.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>Returns <c>[redacted, 42 chars]</c> for a 42-character value, <c>null</c> for null.</summary>
    public static string Redact(string? value) =>
        value is null ? "null" : string.Create(CultureInfo.InvariantCulture, $"[redacted, {value.Length} chars]");
}
