using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Documentation;

/// <summary>
/// The guides for newcomers (getting started, concepts, cookbook) stay true: their C# is the code the tests run, their
/// policy files are valid, their links lead somewhere, and the API names they use exist.
/// </summary>
public sealed partial class GuideTests
{
    public static TheoryData<string> CompiledGuides => [.. DocSnippets.CompiledGuides];

    public static TheoryData<string> LinkedGuides => ["getting-started.md", "concepts.md", "cookbook.md", "sla.md"];

    [Theory]
    [MemberData(nameof(CompiledGuides))]
    public void CompiledGuide_EveryCSharpBlock_IsNamed(string guide)
    {
        DocSnippets.UnnamedBlocksOf(guide).Where(b => b.Language == "csharp").Should().BeEmpty(
            "every C# block of docs/{0} must be marked <!-- snippet: name --> and run by a test", guide);
    }

    [Theory]
    [MemberData(nameof(CompiledGuides))]
    public void CompiledGuide_EachCSharpBlock_IsTheCodeATestRuns(string guide)
    {
        var regions = DocSnippets.TestRegions();
        var blocks = DocSnippets.BlocksOf(guide).Where(b => b.Value.Language == "csharp" && !b.Key.EndsWith("/usings", StringComparison.Ordinal)).ToList();

        blocks.Should().NotBeEmpty();
        foreach (var (name, (_, lines)) in blocks)
        {
            regions.Should().ContainKey(name, "docs/{0} shows a block named {1}", guide, name);
            DocSnippets.Code(lines).Should().Equal(DocSnippets.Code(regions[name]), "docs/{0}, block {1}, must be the code of its test region", guide, name);
        }
    }

    [Fact]
    public void CompiledGuides_EveryTestRegion_IsShownInAGuide()
    {
        var shown = DocSnippets.CompiledGuides.SelectMany(g => DocSnippets.BlocksOf(g).Keys).ToHashSet(StringComparer.Ordinal);

        DocSnippets.TestRegions().Keys.Should().OnlyContain(name => shown.Contains(name));
    }

    [Fact]
    public void GettingStarted_TheNamespacesItLists_AreThoseItsTestCompilesWith()
    {
        static IEnumerable<string> Namespaces(IEnumerable<string> lines) =>
            lines.Select(l => UsingNamespace().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)
                .Where(n => n != "System" && !n.StartsWith("System.", StringComparison.Ordinal));

        var listed = Namespaces(DocSnippets.Block("getting-started.md", "getting-started/usings"));
        var compiled = Namespaces(File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "CustomerService.Core.Tests", "Documentation", "GettingStartedTests.cs")));

        // The test project treats an unused using as an error, so the test file lists exactly what the guide's code needs.
        listed.Should().Equal(compiled);
    }

    [Theory]
    [MemberData(nameof(CompiledGuides))]
    public void CompiledGuide_PolicyFiles_AreValidAndSatisfyTheSchema(string guide)
    {
        using var schemaDocument = JsonDocument.Parse(RepositoryRoot.ReadText("docs", "sla-policy.schema.json"));
        var schema = new JsonSchemaCheck(schemaDocument.RootElement.Clone());

        foreach (var (name, (_, lines)) in DocSnippets.BlocksOf(guide).Where(b => b.Value.Language == "json"))
        {
            var json = string.Join('\n', lines);
            SlaPolicyJson.Parse(json).Problems.Should().BeEmpty("docs/{0}, block {1}, is a policy file", guide, name);
            using var instance = JsonDocument.Parse(json);
            schema.Errors(instance.RootElement).Should().BeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(LinkedGuides))]
    public void Guide_RelativeLinks_LeadToFilesAndHeadings(string guide)
    {
        var text = RepositoryRoot.ReadText("docs", guide);
        var broken = new List<string>();
        foreach (Match link in MarkdownLink().Matches(text))
        {
            var target = link.Groups[1].Value;
            if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var path = file.Length == 0 ? Path.Combine(RepositoryRoot.Path, "docs", guide) : Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "docs", file));
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                broken.Add(target);
            }
            else if (hash >= 0 && !Anchors(File.ReadAllText(path)).Contains(target[(hash + 1)..]))
            {
                broken.Add(target);
            }
        }

        broken.Should().BeEmpty("every relative link of docs/{0} must lead to a file, and to a heading of it", guide);
    }

    [Fact]
    public void Concepts_TheApiNamesItUses_ArePublicApi()
    {
        var api = PublicApiWords();
        var names = InlineCode().Matches(RepositoryRoot.ReadText("docs", "concepts.md"))
            .Select(m => m.Groups[1].Value)
            .Where(code => ApiName().IsMatch(code) && !code.StartsWith("CustomerService.", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        names.Should().HaveCountGreaterThan(40);
        names.Where(n => !n.TrimEnd('(', ')').Split('.').All(api.Contains)).Should().BeEmpty("concepts.md must use the names of the public API");
    }

    private static HashSet<string> PublicApiWords() =>
        [.. Regex.Split(RepositoryRoot.ReadText("src", "CustomerService.Core", "PublicAPI.Unshipped.txt"), "[^A-Za-z0-9_]+")];

    // GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.
    private static HashSet<string> Anchors(string markdown) =>
        [.. Heading().Matches(markdown).Select(m => Regex.Replace(m.Groups[1].Value.Trim().ToLowerInvariant(), @"[^\p{L}\p{N} _-]", string.Empty).Replace(' ', '-'))];

    [GeneratedRegex(@"^using ([A-Za-z][A-Za-z0-9.]*);")]
    private static partial Regex UsingNamespace();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex InlineCode();

    // A type or member as the API names it: Ticket, TicketStatus.Pending, SlaTargetState.Explain().
    [GeneratedRegex(@"^[A-Z][a-z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)*(\(\))?$")]
    private static partial Regex ApiName();
}
