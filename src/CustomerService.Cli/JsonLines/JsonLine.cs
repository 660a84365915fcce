using System;

namespace CustomerService.Cli.JsonLines;

/// <summary>
/// One line of a JSON Lines file, without its line break. <see cref="Utf8"/> is valid only until the
/// reader moves to the next line.
/// </summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Utf8">The line's bytes; empty when <see cref="IsTooLong"/>.</param>
/// <param name="IsTooLong">The line is longer than the reader's limit and was skipped unread.</param>
internal readonly record struct JsonLine(long Number, ReadOnlyMemory<byte> Utf8, bool IsTooLong);
