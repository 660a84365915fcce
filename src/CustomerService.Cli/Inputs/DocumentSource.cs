using System;
using System.IO;
using CustomerService.Cli.CommandLine;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Cli.Inputs;

/// <summary>
/// Reads a JSON document (calendars, policies) named with an option, or the sample built into the tool,
/// and on problems reports each with its place and the file's name.
/// </summary>
internal static class DocumentSource
{
    /// <summary>Reads the document; on problems, reports each on <paramref name="stderr"/> and returns null.</summary>
    public static T? Load<T>(string? path, string option, SampleResource sample, Func<Stream, ParseResult<T>> parse, TextWriter stderr)
        where T : class
    {
        var name = path ?? sample.Name;
        ParseResult<T> result;
        if (path is null)
        {
            using var stream = sample.Open();
            result = parse(stream);
        }
        else
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"--{option} '{path}' does not exist.");
            }

            using var file = File.OpenRead(path);
            result = parse(file);
        }

        if (result.TryGetValue(out var document))
        {
            return document;
        }

        foreach (var problem in result.Problems)
        {
            stderr.WriteLine($"{name}: {problem}");
        }

        stderr.WriteLine($"{name}: {result.Problems.Count} problem(s); nothing was computed.");
        return null;
    }
}
