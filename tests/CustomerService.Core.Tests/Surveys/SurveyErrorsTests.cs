using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Surveys;

public sealed class SurveyErrorsTests
{
    private static readonly string[] Codes = [.. typeof(SurveyErrors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Codes_AreUniqueLowerCaseDottedWords()
    {
        Codes.Should().HaveCountGreaterThan(10).And.OnlyHaveUniqueItems();
        Codes.Should().OnlyContain(c => Regex.IsMatch(c, "^(survey|comment)(\\.[a-z_]+)+$"));
    }

    [Fact]
    public void Codes_AreAllInTheErrorTableOfTheDocs()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "surveys.md"));
        var table = docs[docs.IndexOf("## Error codes", System.StringComparison.Ordinal)..];

        Codes.Should().OnlyContain(c => table.Contains($"| `{c}` |", System.StringComparison.Ordinal));
    }
}
