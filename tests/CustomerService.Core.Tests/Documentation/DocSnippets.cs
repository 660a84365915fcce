using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Documentation;

/// <summary>
/// The named code blocks of the guides and the test regions that compile and run them. A guide names a block with an
/// HTML comment on the line before its fence (<c>&lt;!-- snippet: cookbook/ola --&gt;</c>); a test marks the code it runs
/// with <c>// ---- snippet cookbook/ola begins</c> and <c>// ---- snippet cookbook/ola ends</c>.
/// </summary>
internal static partial class DocSnippets
{
    private static readonly string TestFolder = Path.Combine(RepositoryRoot.Path, "tests", "CustomerService.Core.Tests", "Documentation");

    /// <summary>Gets the guides whose C# blocks must all be named and compiled by a test.</summary>
    public static IReadOnlyList<string> CompiledGuides { get; } = ["getting-started.md", "cookbook.md"];

    /// <summary>Returns the lines of the block named <paramref name="name"/> in docs/<paramref name="guide"/>.</summary>
    public static IReadOnlyList<string> Block(string guide, string name) =>
        BlocksOf(guide).TryGetValue(name, out var block) ? block.Lines : throw new InvalidOperationException($"docs/{guide} has no block named {name}.");

    /// <summary>Returns the named blocks of docs/<paramref name="guide"/> by name, with their fence language.</summary>
    public static IReadOnlyDictionary<string, (string Language, IReadOnlyList<string> Lines)> BlocksOf(string guide)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", guide));
        var blocks = new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = SnippetMarker().Match(lines[i]);
            if (!marker.Success)
            {
                continue;
            }

            var open = i + 1;
            var language = lines[open].StartsWith("```", StringComparison.Ordinal) ? lines[open][3..] : throw new InvalidOperationException($"docs/{guide} line {i + 1}: a snippet marker must be followed by a fence.");
            var close = Array.IndexOf(lines, "```", open + 1);
            blocks.Add(marker.Groups[1].Value, (language, lines[(open + 1)..close]));
        }

        return blocks;
    }

    /// <summary>Returns the fence languages of the unnamed code blocks of docs/<paramref name="guide"/>, with their line numbers.</summary>
    public static IEnumerable<(int Line, string Language)> UnnamedBlocksOf(string guide)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", guide));
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal) || lines[i] == "```")
            {
                continue;
            }

            if (i == 0 || !SnippetMarker().IsMatch(lines[i - 1]))
            {
                yield return (i + 1, lines[i][3..]);
            }

            i = Array.IndexOf(lines, "```", i + 1);
        }
    }

    /// <summary>Returns the regions the tests of this folder mark, by snippet name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> TestRegions()
    {
        var regions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(TestFolder, "*.cs"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var begins = RegionBegins().Match(lines[i]);
                if (begins.Success)
                {
                    var name = begins.Groups[1].Value;
                    var end = Array.FindIndex(lines, i + 1, l => l.Trim() == $"// ---- snippet {name} ends");
                    regions.Add(name, end < 0 ? throw new InvalidOperationException($"{Path.GetFileName(file)}: snippet {name} has no end.") : lines[(i + 1)..end]);
                }
            }
        }

        return regions;
    }

    /// <summary>The lines that must agree between a guide and a test: trimmed, without blank lines and using directives.</summary>
    public static IEnumerable<string> Code(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !UsingDirective().IsMatch(l));

    [GeneratedRegex(@"^<!-- snippet: ([a-z0-9/-]+) -->$")]
    private static partial Regex SnippetMarker();

    [GeneratedRegex(@"^\s*// ---- snippet ([a-z0-9/-]+) begins$")]
    private static partial Regex RegionBegins();

    [GeneratedRegex(@"^using( static)? [A-Za-z][A-Za-z0-9.]*;$")]
    private static partial Regex UsingDirective();
}
