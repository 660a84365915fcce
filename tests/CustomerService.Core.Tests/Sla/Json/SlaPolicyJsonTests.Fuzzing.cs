using System;
using System.IO;
using System.Linq;
using CsCheck;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Sla.Json;

// Fuzzing: hostile documents made from samples/policies.json (see docs/quality.md for what each case is and why).
public sealed partial class SlaPolicyJsonTests
{
    private static readonly string PolicySample = RepositoryRoot.ReadText("samples", "policies.json");

    private static ParseResult<SlaPolicySet> ParseCase(FuzzCase fuzzCase)
    {
        switch (fuzzCase.Entry)
        {
            case FuzzEntry.Text:
                return SlaPolicyJson.Parse(fuzzCase.Text);
            case FuzzEntry.Utf8:
                return SlaPolicyJson.Parse(fuzzCase.Utf8);
            default:
                using (Stream stream = fuzzCase.OpenStream())
                {
                    return SlaPolicyJson.Parse(stream);
                }
        }
    }

    private static void CheckCase(FuzzCase fuzzCase)
    {
        var result = FuzzContract.HoldsForJson(fuzzCase.Utf8.Length, () => ParseCase(fuzzCase));
        if (result.TryGetValue(out var set) && !SlaPolicyJson.Parse(SlaPolicyJson.Write(set)).IsSuccess)
        {
            throw new InvalidOperationException("A set read from a damaged document does not read back from what it writes.");
        }
    }

    [Fact]
    public void Parse_HostileEditsOfTheSample_KeepTheParseContract()
    {
        AdversarialJson.Documents(PolicySample).Sample(CheckCase, iter: 300);
    }

    [Fact]
    public void Parse_EachScalarOfTheSampleReplacedByAHostileValue_KeepsTheParseContract()
    {
        foreach (var fuzzCase in AdversarialJson.EveryScalarReplaced(PolicySample))
        {
            CheckCase(fuzzCase);
        }
    }

    [Theory]
    [InlineData(FuzzEntry.Text)]
    [InlineData(FuzzEntry.Utf8)]
    [InlineData(FuzzEntry.Stream)]
    public void Parse_TenMegabyteString_IsOneTooLargeProblemWithinTheMemoryCap(FuzzEntry entry)
    {
        var fuzzCase = new FuzzCase("10 MB string", AdversarialJson.WithHugeString("$schema", 10), entry);

        var result = FuzzContract.HoldsForJson(SlaPolicyJson.MaxInputBytes, () => ParseCase(fuzzCase));

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.TooLarge);
    }

    [Fact]
    public void Parse_StringJustUnderTheSizeLimit_IsReadWithinTheMemoryCap()
    {
        byte[] json = AdversarialJson.WithHugeString("$schema", 3);

        var result = FuzzContract.HoldsForJson(json.Length, () => SlaPolicyJson.Parse(json));

        result.Problems.Select(p => p.Code).Should().NotContain(JsonProblemCodes.TooLarge);
    }

    [Fact]
    public void Parse_ObjectOfAQuarterMillionDuplicatedKeys_ListsTheCappedProblemsWithinTheMemoryCap()
    {
        string json = "{\"policies\": [], " + string.Join(", ", Enumerable.Repeat("\"policies\": []", 250_000)) + "}";

        var result = FuzzContract.HoldsForJson(json.Length, () => SlaPolicyJson.Parse(json));

        result.Problems.Should().HaveCount(InputProblemCollector.MaxListed + 1);
        result.Problems[0].Code.Should().Be(JsonProblemCodes.DuplicateProperty);
    }
}
