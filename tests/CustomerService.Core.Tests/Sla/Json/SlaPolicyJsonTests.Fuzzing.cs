using System.Linq;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Sla.Json;

// Fuzzing: hostile documents made from samples/policies.json (docs/quality.md says what each case is and why).
public sealed partial class SlaPolicyJsonTests
{
    private static readonly string PolicySample = RepositoryRoot.ReadText("samples", "policies.json");

    private static readonly JsonFormatFuzz<SlaPolicySet> Fuzz = new(SlaPolicyJson.Parse, b => SlaPolicyJson.Parse(b), SlaPolicyJson.Parse, SlaPolicyJson.Write);

    [Fact]
    public void Parse_HostileEditsOfTheSample_KeepTheParseContract() => Fuzz.HostileEdits(PolicySample, iter: MutationRun.Iter(300));

    [Fact]
    public void Parse_EachScalarOfTheSampleReplacedByAHostileValue_KeepsTheParseContract() => Fuzz.EachScalarReplaced(PolicySample);

    [Theory]
    [InlineData(FuzzEntry.Text)]
    [InlineData(FuzzEntry.Utf8)]
    [InlineData(FuzzEntry.Stream)]
    public void Parse_TenMegabyteString_IsOneTooLargeProblemWithinTheMemoryCap(FuzzEntry entry)
    {
        Fuzz.TenMegabyteString(entry, SlaPolicyJson.MaxInputBytes).Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.TooLarge);
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
