namespace CustomerService.Core.SharedKernel;

/// <summary>Helpers for quoting pieces of untrusted input in problem messages.</summary>
internal static class InputText
{
    private const int MaxQuoted = 40;

    /// <summary>Quotes a value for a message, cut short so that a huge value cannot flood the report.</summary>
    public static string Quote(string value) =>
        value.Length <= MaxQuoted ? $"'{value}'" : $"'{value[..(MaxQuoted - 3)]}...'";
}
