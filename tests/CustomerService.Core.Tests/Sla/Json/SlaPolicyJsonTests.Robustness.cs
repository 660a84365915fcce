using System;
using System.Linq;
using System.Text;
using CsCheck;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Sla.Json;

public sealed partial class SlaPolicyJsonTests
{
    private static readonly Gen<string> PolicyKey = Gen.OneOfConst(
        "policies", "metrics", "id", "version", "kind", "match", "conditions", "field", "key", "in", "notIn", "calendar",
        "pauseStatuses", "targets", "metric", "priority", "duration", "hours", "warnings", "percent", "before", "start", "stop",
        "pause", "resume", "on", "statuses", "author", "x", "");

    private static readonly Gen<string> PolicyLeaf = Gen.OneOfConst(
        "null", "true", "false", "0", "-1", "50", "1e400", "99999999999999999999", "\"1h\"", "\"0s\"", "\"PT1H\"", "\"first-reply\"",
        "\"m\"", "\"high\"", "\"priority\"", "\"custom-field\"", "\"status-entered\"", "\"pending\"", "\"solved\"", "\"business\"",
        "\"p\"", "\"\"", "\" \"", "\"\\ud800\"");

    private static Gen<string> PolicyJsonValue(int depth) => depth == 0
        ? PolicyLeaf
        : Gen.OneOf(
            PolicyLeaf,
            PolicyJsonValue(depth - 1).Array[0, 3].Select(items => "[" + string.Join(",", items) + "]"),
            Gen.Select(PolicyKey, PolicyJsonValue(depth - 1)).Array[0, 5].Select(members => "{" + string.Join(",", members.Select(m => $"\"{m.Item1}\":{m.Item2}")) + "}"));

    [Fact]
    public void Parse_ArbitraryJsonOfPolicyShapes_NeverThrowsAndLocatesEveryProblem()
    {
        Gen.Select(PolicyJsonValue(6), PolicyJsonValue(5))
            .Select(v => "{\"defaultCalendar\":\"c\",\"policies\":[" + v.Item1 + "],\"metrics\":[" + v.Item2 + "]}")
            .Sample(json => JsonInputFuzz.IsWellFormed(SlaPolicyJson.Parse(json)), iter: MutationRun.Iter(1500));
    }

    [Fact]
    public void Parse_RandomByteEditsOfTheSample_NeverThrowAndLocateEveryProblem()
    {
        JsonInputFuzz.ByteEdits(Encoding.UTF8.GetBytes(Example), (byte)'h')
            .Sample(bytes => JsonInputFuzz.IsWellFormed(SlaPolicyJson.Parse(bytes.AsSpan())), iter: MutationRun.Iter(1500));
    }

    [Theory]
    [InlineData(JsonProblemCodes.TooDeep)]
    [InlineData(JsonProblemCodes.TooLarge)]
    public void Parse_HostileSizes_AreOneClearProblem(string code)
    {
        string json = code == JsonProblemCodes.TooDeep
            ? "{\"policies\": [" + new string('[', 100_000) + new string(']', 100_000) + "]}"
            : "{\"policies\": [], \"$schema\": \"" + new string('x', SlaPolicyJson.MaxInputBytes) + "\"}";

        ProblemsOf(json).Should().ContainSingle().Which.Code.Should().Be(code);
    }

    [Fact]
    public void Parse_NestingWithinTheLimit_IsReadNormally()
    {
        // 16 levels: the format itself needs 7 (root, policies, policy, targets, target, warnings, warning).
        string json = "{\"policies\": [], \"$schema\": " + new string('[', 15) + new string(']', 15) + "}";

        Only(json).Should().Be((JsonProblemCodes.WrongType, "$.$schema"));
    }

    [Fact]
    public void Parse_HugeValues_AreReportedWithShortMessages()
    {
        string longText = new string('9', 100_000);
        string json = Targets($$"""{ "metric": "{{longText}}", "priority": "{{longText}}", "duration": "{{longText}}h" }""");

        var problems = ProblemsOf(json);

        problems.Select(p => p.Code).Should().Equal(SlaPolicyProblemCodes.UnknownMetric, SlaPolicyJsonProblemCodes.UnknownName, SlaPolicyJsonProblemCodes.InvalidDuration);
        problems.Should().OnlyContain(p => p.Message.Length < 400);
    }

    [Fact]
    public void Parse_ManyBadValues_StopsListingAtTheCap()
    {
        string targets = string.Join(",", Enumerable.Repeat("""{ "metric": "nope", "priority": "high", "duration": "1h" }""", InputProblemCollector.MaxListed + 10));

        var problems = ProblemsOf(Targets(targets));

        problems.Should().HaveCount(InputProblemCollector.MaxListed + 1);
        problems[^1].Code.Should().Be(InputProblemCodes.TooManyProblems);
    }

    [Fact]
    public void Parse_Comments_AreAllowed()
    {
        SlaPolicyJson.Parse("// policies\n{ \"policies\": [] /* none yet */ }").IsSuccess.Should().BeTrue();
    }
}
