namespace CustomerService.Core.SharedKernel.Json;

/// <summary>How much untrusted JSON a format accepts before it stops reading.</summary>
/// <param name="MaxBytes">The largest input, in UTF-8 bytes.</param>
/// <param name="MaxDepth">The deepest nesting of objects and arrays; the root object is depth 1.</param>
internal readonly record struct JsonInputLimits(int MaxBytes, int MaxDepth);
