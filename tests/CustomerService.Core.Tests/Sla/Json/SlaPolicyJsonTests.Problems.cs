using System.Linq;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;

namespace CustomerService.Core.Tests.Sla.Json;

public sealed partial class SlaPolicyJsonTests
{
    private const string Target = """{ "metric": "first-reply", "priority": "high", "duration": "1h" }""";

    private static InputProblem[] ProblemsOf(string json, SlaPolicyJsonOptions? options = null)
    {
        var result = SlaPolicyJson.Parse(json, options ?? SlaPolicyJsonOptions.Default);
        result.IsSuccess.Should().BeFalse();
        result.Problems.Should().OnlyContain(p => (p.Line >= 1 && p.Column >= 1) || p.Code == JsonProblemCodes.TooLarge || p.Code == InputProblemCodes.TooManyProblems);
        return [.. result.Problems];
    }

    private static (string Code, string? Path) Only(string json, SlaPolicyJsonOptions? options = null)
    {
        var problem = ProblemsOf(json, options).Should().ContainSingle().Subject;
        return (problem.Code, problem.Path);
    }

    // A set with a default calendar and one policy with the given members after id and version.
    private static string Policy(string members) =>
        $$"""{ "defaultCalendar": "cal", "policies": [{ "id": "p", "version": 1, {{members}} }] }""";

    private static string Targets(params string[] targets) => Policy($$"""
        "targets": [{{string.Join(", ", targets)}}]
        """);

    private static string Conditions(params string[] conditions) => Policy($$"""
        "conditions": [{{string.Join(", ", conditions)}}], "targets": [{{Target}}]
        """);

    // A set with one custom metric, used by the one target.
    private static string Metric(string members) =>
        $$"""{ "defaultCalendar": "cal", "metrics": [{ "id": "m", {{members}} }], "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "m", "priority": "low", "duration": "1h" }] }] }""";

    private static string Trigger(string trigger) => Metric($$"""
        "start": [{{trigger}}], "stop": [{ "on": "merged" }]
        """);

    [Fact]
    public void Parse_UnknownMetric_IsReportedAtItsPathLineAndColumn()
    {
        const string json = """
            {
              "defaultCalendar": "cal",
              "policies": [
                {
                  "id": "gold",
                  "version": 1,
                  "targets": [
                    { "metric": "first-reply", "priority": "high", "duration": "1h" },
                    { "metric": "first-repyl", "priority": "high", "duration": "1h" }
                  ]
                }
              ]
            }
            """;

        ProblemsOf(json).Should().Equal(new InputProblem(
            SlaPolicyProblemCodes.UnknownMetric,
            "'first-repyl' is neither a built-in metric (first-reply, next-reply, periodic-update, pausable-update, requester-wait-time, agent-work-time, resolution) nor defined under 'metrics'.",
            "$.policies[0].targets[1].metric",
            9,
            21));
    }

    [Fact]
    public void Parse_UnknownCalendar_IsReportedAtEachPlaceThatNamesIt()
    {
        var options = new SlaPolicyJsonOptions { KnownCalendarIds = new[] { "cal" }.ToHashSet() };
        string json = """
            {
              "defaultCalendar": "nope-1",
              "groupCalendars": { "6F1C2A3E-0B7D-4C58-9E21-B4D0A9C3F812": "nope-2", "0b0c2a3e-0b7d-4c58-9e21-b4d0a9c3f812": "cal" },
              "policies": [{ "id": "p", "version": 1, "calendar": "nope-3",
                "targets": [{ "metric": "first-reply", "priority": "high", "duration": "1h", "calendar": "nope-4" }] }]
            }
            """;

        ProblemsOf(json, options).Select(p => (p.Code, p.Path)).Should().Equal(
            (SlaPolicyProblemCodes.UnknownCalendar, "$.defaultCalendar"),
            (SlaPolicyProblemCodes.UnknownCalendar, "$.groupCalendars['6F1C2A3E-0B7D-4C58-9E21-B4D0A9C3F812']"),
            (SlaPolicyProblemCodes.UnknownCalendar, "$.policies[0].calendar"),
            (SlaPolicyProblemCodes.UnknownCalendar, "$.policies[0].targets[0].calendar"));
    }

    [Fact]
    public void Parse_UnknownCalendarWithoutKnownIds_IsNotChecked()
    {
        SlaPolicyJson.Parse(Targets("""{ "metric": "first-reply", "priority": "high", "duration": "1h", "calendar": "anything" }""")).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Parse_EmptyCalendarId_IsUnknown()
    {
        Only(Policy($$""" "calendar": " ", "targets": [{{Target}}] """)).Should().Be((SlaPolicyProblemCodes.UnknownCalendar, "$.policies[0].calendar"));
    }

    [Theory]
    [InlineData("""{ "policies": [], "polices": [] }""", "$.polices")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "targets": [], "target": [] }] }""", "$.policies[0].target")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "high", "duration": "1h", "hours": "calendar", "warning": [] }] }] }""", "$.policies[0].targets[0].warning")]
    [InlineData("""{ "policies": [], "metrics": [{ "id": "m", "start": [{ "on": "merged" }], "stop": [{ "on": "merged", "author": "agent" }] }] }""", "$.metrics[0].stop[0].author")]
    [InlineData("""{ "policies": [], "metrics": [{ "id": "m", "start": [{ "on": "message", "statuses": ["open"] }], "stop": [{ "on": "merged" }] }] }""", "$.metrics[0].start[0].statuses")]
    public void Parse_UnknownProperty_IsReportedAtItsName(string json, string path)
    {
        var problems = ProblemsOf(json);

        problems.Select(p => (p.Code, p.Path)).Should().Contain((JsonProblemCodes.UnknownProperty, path));
        problems.Where(p => p.Code != SlaPolicyProblemCodes.NoTargets).Should().ContainSingle();
    }

    [Fact]
    public void Parse_MisspelledProperty_SuggestsTheKnownName()
    {
        var problem = ProblemsOf(Targets("""{ "metric": "first-reply", "priority": "high", "duration": "1h", "calender": "x" }""")).Single();

        problem.Code.Should().Be(JsonProblemCodes.UnknownProperty);
        problem.Message.Should().Contain("did you mean 'calendar'?");
    }

    [Fact]
    public void Parse_UnknownConditionField_HasItsOwnCode()
    {
        var problem = ProblemsOf(Conditions("""{ "field": "colour", "in": ["red"] }""")).Single();

        (problem.Code, problem.Path).Should().Be((SlaPolicyJsonProblemCodes.UnknownField, "$.policies[0].conditions[0].field"));
        problem.Message.Should().Be("'colour' is not a ticket attribute a condition can test: use priority, channel, customer-tier, group, tag or custom-field.");
    }

    [Fact]
    public void Parse_DuplicateMetricPriorityTarget_IsReportedAtTheSecond()
    {
        Only(Targets(Target, """{ "metric": "first-reply", "priority": "low", "duration": "1h" }""", Target)).Should()
            .Be((SlaPolicyProblemCodes.DuplicateTarget, "$.policies[0].targets[2]"));
    }

    [Theory]
    [InlineData("0s")]
    [InlineData("0h")]
    [InlineData("-1h")]
    [InlineData("0.5s")]
    public void Parse_TargetBelowOneSecond_IsNonPositive(string duration)
    {
        Only(Targets($$"""{ "metric": "first-reply", "priority": "high", "duration": "{{duration}}" }""")).Should()
            .Be((SlaPolicyProblemCodes.NonPositiveTarget, "$.policies[0].targets[0].duration"));
    }

    [Theory]
    [InlineData("""{ "percent": 100 }""")]
    [InlineData("""{ "percent": 150 }""")]
    [InlineData("""{ "percent": 0 }""")]
    [InlineData("""{ "percent": -5 }""")]
    [InlineData("""{ "percent": 1e12 }""")] // found by fuzzing: the amount was computed before the range was checked, and threw
    [InlineData("""{ "percent": -1e300 }""")]
    [InlineData("""{ "before": "1h" }""")]
    [InlineData("""{ "before": "2h" }""")]
    [InlineData("""{ "before": "0s" }""")]
    public void Parse_WarningNotInsideTheTarget_IsReportedAtTheWarning(string warning)
    {
        Only(Targets($$"""{ "metric": "first-reply", "priority": "high", "duration": "1h", "warnings": [{ "percent": 50 }, {{warning}}] }""")).Should()
            .Be((SlaPolicyProblemCodes.WarningOutsideTarget, "$.policies[0].targets[0].warnings[1]"));
    }

    [Fact]
    public void Parse_PolicyWithNoTargets_IsReportedAtTheTargets()
    {
        Only(Targets()).Should().Be((SlaPolicyProblemCodes.NoTargets, "$.policies[0].targets"));
    }

    [Fact]
    public void Parse_PolicyWithoutTargetsProperty_IsOneMissingProperty()
    {
        Only(Policy(""" "kind": "sla" """)).Should().Be((JsonProblemCodes.MissingProperty, "$.policies[0].targets"));
    }

    [Theory]
    [InlineData("""{ "field": "priority", "in": [] }""")]
    [InlineData("""{ "field": "tag", "notIn": [] }""")]
    [InlineData("""{ "field": "priority", "in": ["high", "critical"] }""")]
    [InlineData("""{ "field": "priority", "in": ["High"] }""")]
    [InlineData("""{ "field": "group", "in": ["billing"] }""")]
    [InlineData("""{ "field": "channel", "in": ["E-Mail"] }""")]
    [InlineData("""{ "field": "customer-tier", "in": ["Gold Plus"] }""")]
    public void Parse_ConditionThatCanNeverMatch_IsReportedAtTheCondition(string condition)
    {
        Only(Conditions("""{ "field": "tag", "in": ["vip"] }""", condition)).Should()
            .Be((SlaPolicyProblemCodes.ConditionNeverMatches, "$.policies[0].conditions[1]"));
    }

    [Fact]
    public void Parse_EmptyConditionValue_IsReportedAtTheValue()
    {
        Only(Conditions("""{ "field": "tag", "in": ["vip", " "] }""")).Should()
            .Be((SlaPolicyProblemCodes.ConditionNeverMatches, "$.policies[0].conditions[0].in[1]"));
    }

    [Fact]
    public void Parse_DuplicatePolicyId_IsReportedAtTheSecondId()
    {
        string json = $$"""
            { "defaultCalendar": "cal", "policies": [
              { "id": "gold", "version": 1, "targets": [{{Target}}] },
              { "id": "gold", "version": 2, "kind": "ola", "targets": [{{Target}}] }
            ] }
            """;

        Only(json).Should().Be((SlaPolicyProblemCodes.DuplicatePolicy, "$.policies[1].id"));
    }

    [Fact]
    public void Parse_BusinessTargetWithNoCalendarInItsChain_IsReportedAtTheTarget()
    {
        string json = $$"""{ "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "low", "duration": "1h", "hours": "calendar" }, {{Target}}] }] }""";

        Only(json).Should().Be((SlaPolicyProblemCodes.NoCalendar, "$.policies[0].targets[1]"));
    }

    [Theory]
    [InlineData("""{ "id": "Gold", "version": 1 """, "$.policies[0].id", SlaPolicyProblemCodes.InvalidId)]
    [InlineData("""{ "id": "p", "version": 0 """, "$.policies[0].version", SlaPolicyProblemCodes.InvalidVersion)]
    [InlineData("""{ "id": "p", "version": 1, "pauseStatuses": ["pending", "solved"] """, "$.policies[0].pauseStatuses", SlaPolicyProblemCodes.InvalidPauseStatus)]
    public void Parse_OtherModelRules_AreReportedAtTheirProperty(string start, string path, string code)
    {
        Only($$"""{ "defaultCalendar": "c", "policies": [{{start}}, "targets": [{{Target}}] }] }""").Should().Be((code, path));
    }

    [Theory]
    [InlineData(""" "start": [], "stop": [{ "on": "merged" }] """, "$.metrics[0].start")]
    [InlineData(""" "start": [{ "on": "ticket-opened" }], "stop": [] """, "$.metrics[0].stop")]
    [InlineData(""" "start": [{ "on": "ticket-opened" }], "stop": [{ "on": "merged" }], "resume": [{ "on": "reopened" }] """, "$.metrics[0].resume")]
    [InlineData(""" "start": [{ "on": "ticket-opened" }], "stop": [{ "on": "merged" }], "pause": [{ "on": "reopened" }] """, "$.metrics[0].pause")]
    public void Parse_InvalidCustomMetric_IsReportedNotThrown(string members, string path)
    {
        Only(Metric(members)).Should().Be((SlaPolicyProblemCodes.InvalidMetric, path));
    }

    [Fact]
    public void Parse_CustomMetricWithoutStart_IsOneMissingProperty()
    {
        Only(Metric(""" "stop": [{ "on": "merged" }] """)).Should().Be((JsonProblemCodes.MissingProperty, "$.metrics[0].start"));
    }

    [Theory]
    [InlineData("First", SlaPolicyProblemCodes.InvalidId)]
    [InlineData("first-reply", SlaPolicyProblemCodes.DuplicateMetric)]
    public void Parse_CustomMetricWithABadId_IsReportedAtTheId(string id, string code)
    {
        string json = $$"""
            { "metrics": [{ "id": "{{id}}", "start": [{ "on": "ticket-opened" }], "stop": [{ "on": "merged" }] }],
              "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "{{id}}", "priority": "low", "duration": "1h", "hours": "calendar" }] }] }
            """;

        Only(json).Should().Be((code, "$.metrics[0].id"));
    }

    [Fact]
    public void Parse_TwoMetricsWithOneId_ReportsTheSecond()
    {
        const string metric = """{ "id": "m", "start": [{ "on": "ticket-opened" }], "stop": [{ "on": "merged" }] }""";

        Only($$"""{ "metrics": [{{metric}}, {{metric}}], "policies": [] }""").Should().Be((SlaPolicyProblemCodes.DuplicateMetric, "$.metrics[1].id"));
    }

    [Theory]
    [InlineData("""{ "on": "status-entered", "statuses": [] }""", SlaPolicyJsonProblemCodes.InvalidTrigger, "$.metrics[0].start[0].statuses")]
    [InlineData("""{ "on": "status-left" }""", JsonProblemCodes.MissingProperty, "$.metrics[0].start[0].statuses")]
    [InlineData("""{ "on": "custom-field-changed", "field": "" }""", SlaPolicyJsonProblemCodes.InvalidTrigger, "$.metrics[0].start[0].field")]
    [InlineData("""{ "on": "ticket-created" }""", SlaPolicyJsonProblemCodes.UnknownName, "$.metrics[0].start[0].on")]
    [InlineData("""{ "on": "message", "author": "bot" }""", SlaPolicyJsonProblemCodes.UnknownName, "$.metrics[0].start[0].author")]
    [InlineData("""{ "on": "status-entered", "statuses": ["waiting"] }""", SlaPolicyJsonProblemCodes.UnknownName, "$.metrics[0].start[0].statuses[0]")]
    [InlineData("""{ "on": "message", "public": "yes" }""", JsonProblemCodes.WrongType, "$.metrics[0].start[0].public")]
    public void Parse_BadTrigger_IsReportedAtItsValue(string trigger, string code, string path)
    {
        Only(Trigger(trigger)).Should().Be((code, path));
    }

    [Theory]
    [InlineData("retargeting", """ "recompute" """, "$.retargeting")]
    [InlineData("kind", """ "SLA" """, "$.policies[0].kind")]
    [InlineData("match", """ "every" """, "$.policies[0].match")]
    [InlineData("priority", """ "p1" """, "$.policies[0].targets[0].priority")]
    [InlineData("hours", """ "24/7" """, "$.policies[0].targets[0].hours")]
    [InlineData("status", """ "waiting" """, "$.policies[0].pauseStatuses[0]")]
    public void Parse_UnknownName_ListsTheNamesAllowed(string what, string value, string path)
    {
        string json = what switch
        {
            "retargeting" => $$"""{ "retargeting": {{value}}, "policies": [] }""",
            "kind" or "match" => Policy($$""" "{{what}}": {{value}}, "targets": [{{Target}}] """),
            "status" => Policy($$""" "pauseStatuses": [{{value}}], "targets": [{{Target}}] """),
            "priority" => Targets($$"""{ "metric": "first-reply", "priority": {{value}}, "duration": "1h" }"""),
            _ => Targets($$"""{ "metric": "first-reply", "priority": "high", "duration": "1h", "{{what}}": {{value}} }"""),
        };

        var problem = ProblemsOf(json).Single();

        (problem.Code, problem.Path).Should().Be((SlaPolicyJsonProblemCodes.UnknownName, path));
        problem.Message.Should().MatchRegex("^'.*' is not a .*: use .* or [a-z-]+\\.$");
    }

    [Theory]
    [InlineData("1 h")]
    [InlineData("1d")]
    [InlineData("P1D")]
    [InlineData("PT1h")]
    [InlineData("1m30h")]
    [InlineData("1.5h")]
    [InlineData("100001h")]
    [InlineData("")]
    [InlineData("one hour")]
    public void Parse_InvalidDuration_IsReportedAtTheDuration(string duration)
    {
        Only(Targets($$"""{ "metric": "first-reply", "priority": "high", "duration": "{{duration}}" }""")).Should()
            .Be((SlaPolicyJsonProblemCodes.InvalidDuration, "$.policies[0].targets[0].duration"));
    }

    [Fact]
    public void Parse_DurationAsANumber_IsAWrongType()
    {
        Only(Targets("""{ "metric": "first-reply", "priority": "high", "duration": 3600 }""")).Should()
            .Be((JsonProblemCodes.WrongType, "$.policies[0].targets[0].duration"));
    }

    [Theory]
    [InlineData("""{ "field": "tag", "in": ["a"], "notIn": ["b"] }""", "$.policies[0].conditions[0].notIn")]
    [InlineData("""{ "field": "tag" }""", "$.policies[0].conditions[0]")]
    [InlineData("""{ "field": "custom-field", "in": ["a"] }""", "$.policies[0].conditions[0].key")]
    [InlineData("""{ "field": "tag", "key": "plan", "in": ["a"] }""", "$.policies[0].conditions[0].key")]
    [InlineData("""{ "field": "custom-field", "key": "", "in": ["a"] }""", "$.policies[0].conditions[0].key")]
    public void Parse_MalformedCondition_IsInvalid(string condition, string path)
    {
        Only(Conditions(condition)).Should().Be((SlaPolicyJsonProblemCodes.InvalidCondition, path));
    }

    [Theory]
    [InlineData("""{ "percent": 50, "before": "10m" }""", SlaPolicyJsonProblemCodes.InvalidWarning, "$.policies[0].targets[0].warnings[0].before")]
    [InlineData("""{ }""", SlaPolicyJsonProblemCodes.InvalidWarning, "$.policies[0].targets[0].warnings[0]")]
    [InlineData("""{ "percent": "50%" }""", JsonProblemCodes.WrongType, "$.policies[0].targets[0].warnings[0].percent")]
    [InlineData("""{ "percent": 1e400 }""", JsonProblemCodes.WrongType, "$.policies[0].targets[0].warnings[0].percent")]
    [InlineData("""{ "before": "soon" }""", SlaPolicyJsonProblemCodes.InvalidDuration, "$.policies[0].targets[0].warnings[0].before")]
    public void Parse_MalformedWarning_IsReportedAtIt(string warning, string code, string path)
    {
        Only(Targets($$"""{ "metric": "first-reply", "priority": "high", "duration": "1h", "warnings": [{{warning}}] }""")).Should().Be((code, path));
    }

    [Theory]
    [InlineData("""{ "billing": "cal" }""", "$.groupCalendars.billing")]
    [InlineData("""{ "00000000-0000-0000-0000-000000000000": "cal" }""", "$.groupCalendars['00000000-0000-0000-0000-000000000000']")]
    [InlineData("""{ "6f1c2a3e-0b7d-4c58-9e21-b4d0a9c3f812": "a", "6F1C2A3E-0B7D-4C58-9E21-B4D0A9C3F812": "b" }""", "$.groupCalendars['6F1C2A3E-0B7D-4C58-9E21-B4D0A9C3F812']")]
    public void Parse_GroupCalendarNotKeyedByOneGroupId_IsInvalid(string groups, string path)
    {
        Only($$"""{ "groupCalendars": {{groups}}, "policies": [] }""").Should().Be((SlaPolicyJsonProblemCodes.InvalidGroup, path));
    }

    [Theory]
    [InlineData("[]", "$")]
    [InlineData("""{ "policies": {} }""", "$.policies")]
    [InlineData("""{ "policies": [1] }""", "$.policies[0]")]
    [InlineData("""{ "policies": [{ "id": 7, "version": 1, "targets": [] }] }""", "$.policies[0].id")]
    [InlineData("""{ "policies": [{ "id": "p", "version": 1.5, "targets": [] }] }""", "$.policies[0].version")]
    public void Parse_WrongJsonType_IsOneProblem(string json, string path)
    {
        ProblemsOf(json).Where(p => p.Code != SlaPolicyProblemCodes.NoTargets).Select(p => (p.Code, p.Path)).Should()
            .Equal((JsonProblemCodes.WrongType, path));
    }

    [Fact]
    public void Parse_MissingPolicies_IsAMissingProperty()
    {
        Only("{}").Should().Be((JsonProblemCodes.MissingProperty, "$.policies"));
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReportedInDocumentOrder()
    {
        var options = new SlaPolicyJsonOptions { KnownCalendarIds = new[] { "support" }.ToHashSet() };
        const string json = """
            {
              "defaultCalendar": "support",
              "metrics": [{ "id": "handover", "start": [{ "on": "group-assigned" }], "stop": [], "colour": "red" }],
              "policies": [
                {
                  "id": "gold",
                  "version": 1,
                  "conditions": [{ "field": "priority", "in": [] }, { "field": "planet", "in": ["mars"] }],
                  "targets": [
                    { "metric": "first-reply", "priority": "high", "duration": "1h", "warnings": [{ "percent": 120 }] },
                    { "metric": "frist-reply", "priority": "high", "duration": "1h" },
                    { "metric": "first-reply", "priority": "high", "duration": "2h" },
                    { "metric": "handover", "priority": "low", "duration": "0s", "calendar": "berlin" }
                  ]
                },
                { "id": "gold", "version": 1, "targets": [] }
              ]
            }
            """;

        ProblemsOf(json, options).Select(p => (p.Code, p.Path)).Should().Equal(
            (SlaPolicyProblemCodes.InvalidMetric, "$.metrics[0].stop"),
            (JsonProblemCodes.UnknownProperty, "$.metrics[0].colour"),
            (SlaPolicyProblemCodes.ConditionNeverMatches, "$.policies[0].conditions[0]"),
            (SlaPolicyJsonProblemCodes.UnknownField, "$.policies[0].conditions[1].field"),
            (SlaPolicyProblemCodes.WarningOutsideTarget, "$.policies[0].targets[0].warnings[0]"),
            (SlaPolicyProblemCodes.UnknownMetric, "$.policies[0].targets[1].metric"),
            (SlaPolicyProblemCodes.DuplicateTarget, "$.policies[0].targets[2]"),
            (SlaPolicyProblemCodes.NonPositiveTarget, "$.policies[0].targets[3].duration"),
            (SlaPolicyProblemCodes.UnknownCalendar, "$.policies[0].targets[3].calendar"),
            (SlaPolicyProblemCodes.DuplicatePolicy, "$.policies[1].id"),
            (SlaPolicyProblemCodes.NoTargets, "$.policies[1].targets"));
    }

    [Fact]
    public void Parse_ProblemsAfterALeftOutItem_AreAtTheDocumentsIndex()
    {
        // The first condition and the first two targets are left out for their own problems; the model counts from the rest.
        const string json = """
            { "defaultCalendar": "c", "policies": [{ "id": "p", "version": 1,
              "conditions": [{ "field": "tag" }, { "field": "priority", "in": ["p1"] }],
              "targets": [
                { "metric": "x", "priority": "high", "duration": "1h" },
                { "metric": "first-reply", "priority": "high", "duration": "1 h" },
                { "metric": "first-reply", "priority": "high", "duration": "1h", "warnings": [{ "percent": "a" }, { "percent": 101 }] }
              ] }] }
            """;

        ProblemsOf(json).Select(p => (p.Code, p.Path)).Should().Equal(
            (SlaPolicyJsonProblemCodes.InvalidCondition, "$.policies[0].conditions[0]"),
            (SlaPolicyProblemCodes.ConditionNeverMatches, "$.policies[0].conditions[1]"),
            (SlaPolicyProblemCodes.UnknownMetric, "$.policies[0].targets[0].metric"),
            (SlaPolicyJsonProblemCodes.InvalidDuration, "$.policies[0].targets[1].duration"),
            (JsonProblemCodes.WrongType, "$.policies[0].targets[2].warnings[0].percent"),
            (SlaPolicyProblemCodes.WarningOutsideTarget, "$.policies[0].targets[2].warnings[1]"));
    }

    [Fact]
    public void Parse_ATargetLeftOut_DoesNotAlsoMakeThePolicyTargetless()
    {
        Only(Targets("""{ "metric": "first-reply", "priority": "highest", "duration": "1h" }""")).Should()
            .Be((SlaPolicyJsonProblemCodes.UnknownName, "$.policies[0].targets[0].priority"));
    }

    [Fact]
    public void Parse_MissingPolicyIds_AreNotAlsoDuplicates()
    {
        string json = $$"""{ "defaultCalendar": "c", "policies": [{ "version": 1, "targets": [{{Target}}] }, { "version": 1, "targets": [{{Target}}] }] }""";

        ProblemsOf(json).Select(p => (p.Code, p.Path)).Should().Equal(
            (JsonProblemCodes.MissingProperty, "$.policies[0].id"),
            (JsonProblemCodes.MissingProperty, "$.policies[1].id"));
    }

    [Fact]
    public void Parse_MisspelledCalendar_IsNotAlsoAMissingCalendar()
    {
        string json = """{ "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "high", "duration": "1h", "calender": "c" }] }] }""";

        Only(json).Should().Be((JsonProblemCodes.UnknownProperty, "$.policies[0].targets[0].calender"));
    }
}
