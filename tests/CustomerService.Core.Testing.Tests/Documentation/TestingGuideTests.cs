using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CustomerService.Core.Testing.Tests.Documentation;

/// <summary>docs/testing.md shows the code that <see cref="GoldSupportPolicyTests"/> compiles and runs.</summary>
public sealed class TestingGuideTests
{
    [Fact]
    public void CompleteExample_InTheGuide_IsTheCodeGoldSupportPolicyTestsRuns()
    {
        var guide = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "testing.md"));
        var heading = Array.IndexOf(guide, "### A complete test (xunit)");
        var open = Array.IndexOf(guide, "```csharp", heading);
        var close = Array.IndexOf(guide, "```", open + 1);
        var test = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "CustomerService.Core.Testing.Tests", "Documentation", "GoldSupportPolicyTests.cs"));
        var begins = Array.FindIndex(test, l => l.Trim() == "// ---- docs/testing.md example begins");
        var ends = Array.FindIndex(test, l => l.Trim() == "// ---- docs/testing.md example ends");

        heading.Should().BeGreaterThan(0);
        begins.Should().BeGreaterThan(0);
        Code(guide[(open + 1)..close]).Should().Equal(Code(test[(begins + 1)..ends]));
    }

    private static IEnumerable<string> Code(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CustomerService.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CustomerService.Core.sln was not found above " + AppContext.BaseDirectory);
    }
}
