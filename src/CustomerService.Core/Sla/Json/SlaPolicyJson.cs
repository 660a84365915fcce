using System;
using System.IO;
using System.Text.Json;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;

namespace CustomerService.Core.Sla.Json;

/// <summary>
/// Reads and writes policy files: JSON documents with a <see cref="SlaPolicySet"/>, its custom metrics and its
/// options (the format is described in <c>docs/sla-policies.md</c>, with a JSON Schema in <c>docs/sla-policy.schema.json</c>).
/// </summary>
/// <remarks>
/// <para>
/// Reading never throws for bad content: it returns every problem at once, each with its JSON path, line and column
/// (see <see cref="SlaPolicyJsonProblemCodes"/>, <see cref="SlaPolicyProblemCodes"/> and <see cref="JsonProblemCodes"/>).
/// The rules of the policies are those <see cref="SlaPolicySetBuilder.Build"/> applies, so a document is valid exactly
/// when the same set built in code is. Input is limited to <see cref="MaxInputBytes"/> and to 16 levels of nesting;
/// comments are allowed.
/// </para>
/// <para>What <see cref="Write(SlaPolicySet)"/> writes, <see cref="Parse(string)"/> reads back as an equal set.</para>
/// <code>
/// ParseResult&lt;SlaPolicySet&gt; result = SlaPolicyJson.Parse(File.ReadAllText("policies.json"));
/// SlaPolicySet policies = result.Value;
/// </code>
/// </remarks>
public static class SlaPolicyJson
{
    private static readonly JsonInputLimits Limits = new(MaxBytes: 4 * 1024 * 1024, MaxDepth: 16);

    /// <summary>Gets the largest input read, in UTF-8 bytes (4 MiB): far more than any policy set needs.</summary>
    public static int MaxInputBytes => Limits.MaxBytes;

    /// <summary>Reads a policy set from JSON text, without checking calendar ids.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ParseResult<SlaPolicySet> Parse(string json) => Parse(json, SlaPolicyJsonOptions.Default);

    /// <summary>Reads a policy set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The calendar ids the policies may use.</param>
    /// <returns>The policy set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static ParseResult<SlaPolicySet> Parse(string json, SlaPolicyJsonOptions options)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(options);
        return SlaPolicyJsonReader.Read(JsonInput.Parse(json, Limits), options);
    }

    /// <summary>Reads a policy set from UTF-8 JSON, without checking calendar ids.</summary>
    /// <param name="utf8">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <returns>The policy set, or every problem found.</returns>
    public static ParseResult<SlaPolicySet> Parse(ReadOnlySpan<byte> utf8) => Parse(utf8, SlaPolicyJsonOptions.Default);

    /// <summary>Reads a policy set from UTF-8 JSON.</summary>
    /// <param name="utf8">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <param name="options">The calendar ids the policies may use.</param>
    /// <returns>The policy set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static ParseResult<SlaPolicySet> Parse(ReadOnlySpan<byte> utf8, SlaPolicyJsonOptions options)
    {
        Guard.Against.Null(options);
        return SlaPolicyJsonReader.Read(JsonInput.Parse(utf8, Limits), options);
    }

    /// <summary>Reads a policy set from a stream of UTF-8 JSON, without checking calendar ids.</summary>
    /// <param name="utf8">The stream, read from its current position to its end; it is not closed.</param>
    /// <returns>The policy set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<SlaPolicySet> Parse(Stream utf8) => Parse(utf8, SlaPolicyJsonOptions.Default);

    /// <summary>Reads a policy set from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8">The stream, read from its current position to its end (or just past <see cref="MaxInputBytes"/>); it is not closed.</param>
    /// <param name="options">The calendar ids the policies may use.</param>
    /// <returns>The policy set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<SlaPolicySet> Parse(Stream utf8, SlaPolicyJsonOptions options)
    {
        Guard.Against.Null(utf8);
        Guard.Against.Null(options);
        return SlaPolicyJsonReader.Read(JsonInput.Parse(utf8, Limits), options);
    }

    /// <summary>Writes a policy set as indented JSON, in the canonical form (durations such as <c>1h30m</c>).</summary>
    /// <param name="set">The policy set.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    public static string Write(SlaPolicySet set)
    {
        Guard.Against.Null(set);
        return JsonOutput.Write(writer => SlaPolicyJsonWriter.Write(set, writer));
    }

    /// <summary>Writes a policy set to a JSON writer, as one JSON object.</summary>
    /// <param name="set">The policy set.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(SlaPolicySet set, Utf8JsonWriter writer)
    {
        Guard.Against.Null(set);
        Guard.Against.Null(writer);
        SlaPolicyJsonWriter.Write(set, writer);
    }
}
