using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Sla.Json;

public sealed partial class SlaPolicyJsonTests
{
    private static string Doc(string name) => RepositoryRoot.ReadText("docs", name);

    private static JsonSchemaCheck Schema()
    {
        using var schema = JsonDocument.Parse(Doc("sla-policy.schema.json"));
        return new JsonSchemaCheck(schema.RootElement.Clone());
    }

    private static string[] SchemaErrors(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return [.. Schema().Errors(document.RootElement)];
    }

    private static string[] DocExamples() =>
        [.. Regex.Matches(Doc("sla-policies.md"), "```json\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Docs_TheJsonExamples_AreValidSetsThatSatisfyTheSchema()
    {
        var examples = DocExamples();

        examples.Should().NotBeEmpty();
        foreach (string example in examples)
        {
            SlaPolicyJson.Parse(example).Problems.Should().BeEmpty();
            SchemaErrors(example).Should().BeEmpty();
        }
    }

    [Fact]
    public void Docs_TheSampleAndTheTestExample_SatisfyTheSchema()
    {
        SchemaErrors(Sample("policies.json")).Should().BeEmpty();
        SchemaErrors(Example).Should().BeEmpty();
    }

    [Fact]
    public void Docs_WhatWriteWrites_SatisfiesTheSchema()
    {
        var schema = Schema();

        PolicySets.Sample(set =>
        {
            using var document = JsonDocument.Parse(SlaPolicyJson.Write(set));
            return schema.Errors(document.RootElement).Count == 0;
        }, iter: MutationRun.Iter(100));
    }

    [Theory]
    [InlineData("""{ "policies": [], "colour": 1 }""")]
    [InlineData("""{ "retargeting": "later", "policies": [] }""")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "p1", "duration": "1h" }] }] }""")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "low", "duration": "1d" }] }] }""")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "targets": [] }] }""")]
    [InlineData("""{ "policies": [{ "id": "p", "targets": [{ "metric": "first-reply", "priority": "low", "duration": "1h" }] }] }""")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "conditions": [{ "field": "tag", "in": ["a"], "notIn": ["b"] }], "targets": [{ "metric": "first-reply", "priority": "low", "duration": "1h" }] }] }""")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "conditions": [{ "field": "custom-field", "in": ["a"] }], "targets": [{ "metric": "first-reply", "priority": "low", "duration": "1h" }] }] }""")]
    [InlineData("""{ "policies": [], "metrics": [{ "id": "m", "start": [{ "on": "message", "statuses": ["open"] }], "stop": [{ "on": "merged" }] }] }""")]
    [InlineData("""{ "policies": [], "metrics": [{ "id": "m", "start": [{ "on": "status-left" }], "stop": [{ "on": "merged" }] }] }""")]
    [InlineData("""{ "policies": [], "groupCalendars": { "billing": "c" } }""")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "low", "duration": "1h", "warnings": [{ "percent": 50, "before": "1m" }] }] }] }""")]
    public void Docs_TheSchema_RejectsWhatTheReaderRejects(string json)
    {
        // Each of these is also a problem for the reader; the schema catches at least the shape of it.
        SlaPolicyJson.Parse(json).IsSuccess.Should().BeFalse();
        SchemaErrors(json).Should().NotBeEmpty();
    }

    [Fact]
    public void Docs_TheSchema_NamesEveryPropertyTheWriterWrites()
    {
        using var schema = JsonDocument.Parse(Doc("sla-policy.schema.json"));
        var defs = schema.RootElement.GetProperty("$defs");
        string[] Names(string def) => [.. defs.GetProperty(def).GetProperty("properties").EnumerateObject().Select(p => p.Name)];

        Names("policy").Should().Equal("id", "version", "kind", "match", "conditions", "calendar", "pauseStatuses", "targets");
        Names("target").Should().Equal("metric", "priority", "duration", "hours", "calendar", "warnings");
        Names("metric").Should().Equal("id", "repeats", "start", "stop", "pause", "resume", "reset", "cancel");
        Names("trigger").Should().Equal("on", "author", "public", "statuses", "field", "openedBy", "afterFirstReply");
    }

    [Fact]
    public void Docs_EveryProblemCode_IsInTheCodesTable()
    {
        string doc = Doc("sla-policies.md");
        var codes = new[] { typeof(InputProblemCodes), typeof(JsonProblemCodes), typeof(SlaPolicyJsonProblemCodes), typeof(SlaPolicyProblemCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        codes.Should().HaveCountGreaterThan(25);
        codes.Should().OnlyContain(code => doc.Contains($"| `{code}` |"));
    }

    [Fact]
    public void Docs_EveryBuiltInMetricAndTriggerEvent_IsDocumented()
    {
        string doc = Doc("sla-policies.md");

        SlaMetric.BuiltIn.Should().OnlyContain(m => doc.Contains($"| `{m.Id}` |"));
        System.Enum.GetValues<SlaTriggerKind>().Should().OnlyContain(k => doc.Contains($"| `{SlaJsonNames.Trigger.Of(k)}` |"));
    }
}
