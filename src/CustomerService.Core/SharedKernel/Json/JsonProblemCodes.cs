namespace CustomerService.Core.SharedKernel.Json;

/// <summary>
/// The stable codes of <see cref="InputProblem"/>s about the JSON itself rather than what it means:
/// shared by every JSON format the package reads (calendars, SLA policies, ticket files).
/// </summary>
public static class JsonProblemCodes
{
    /// <summary>The input is larger than the format allows; nothing else is checked.</summary>
    public const string TooLarge = "json.too_large";

    /// <summary>The input is not valid UTF-8; the location is the first bad byte.</summary>
    public const string InvalidUtf8 = "json.invalid_utf8";

    /// <summary>The input is not well-formed JSON (or a string holds an invalid escape); the location is where reading stopped.</summary>
    public const string Syntax = "json.syntax";

    /// <summary>Objects and arrays are nested deeper than the format allows.</summary>
    public const string TooDeep = "json.too_deep";

    /// <summary>An object has the same property twice; the second is reported and ignored.</summary>
    public const string DuplicateProperty = "json.duplicate_property";

    /// <summary>A property the format does not define (often a misspelling; the message suggests the nearest known name).</summary>
    public const string UnknownProperty = "json.unknown_property";

    /// <summary>A required property is missing; the path is the object that lacks it.</summary>
    public const string MissingProperty = "json.missing_property";

    /// <summary>A value has the wrong JSON type (a string where a number is expected, <c>null</c> where an object is expected, a fraction where a whole number is expected).</summary>
    public const string WrongType = "json.wrong_type";
}
