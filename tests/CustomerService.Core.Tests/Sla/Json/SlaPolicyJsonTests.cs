using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Tests.TestSupport;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Sla.Json;

public sealed partial class SlaPolicyJsonTests
{
    private const string BillingGroup = "6f1c2a3e-0b7d-4c58-9e21-b4d0a9c3f812";

    private const string Example = """
        {
          "retargeting": "keep-elapsed",
          "defaultCalendar": "support-ny",
          "groupCalendars": { "6f1c2a3e-0b7d-4c58-9e21-b4d0a9c3f812": "billing-berlin" },
          "metrics": [
            {
              "id": "billing-handling",
              "repeats": true,
              "start": [{ "on": "group-assigned" }, { "on": "message", "author": "customer", "afterFirstReply": true }],
              "stop": [{ "on": "status-entered", "statuses": ["solved", "closed"] }, { "on": "message", "author": "agent", "public": true }],
              "pause": [{ "on": "status-entered", "statuses": ["on-hold"] }],
              "resume": [{ "on": "status-left", "statuses": ["on-hold"] }],
              "reset": [{ "on": "custom-field-changed", "field": "invoice" }],
              "cancel": [{ "on": "merged" }, { "on": "first-public-message", "openedBy": "agent" }]
            }
          ],
          "policies": [
            {
              "id": "gold",
              "version": 3,
              "kind": "sla",
              "match": "any",
              "conditions": [
                { "field": "customer-tier", "in": ["gold"] },
                { "field": "priority", "notIn": ["low"] },
                { "field": "custom-field", "key": "plan", "in": ["premium"] }
              ],
              "calendar": "support-ny",
              "pauseStatuses": ["pending", "on-hold"],
              "targets": [
                { "metric": "first-reply", "priority": "high", "duration": "1h", "hours": "business", "warnings": [{ "percent": 50 }, { "before": "10m" }] },
                { "metric": "resolution", "priority": "urgent", "duration": "PT4H30M", "hours": "calendar" },
                { "metric": "next-reply", "priority": "normal", "duration": "90m", "calendar": "night-desk" }
              ]
            },
            {
              "id": "billing",
              "version": 1,
              "kind": "ola",
              "conditions": [
                { "field": "group", "in": ["6f1c2a3e-0b7d-4c58-9e21-b4d0a9c3f812"] },
                { "field": "channel", "in": ["email", "web"] },
                { "field": "tag", "notIn": ["spam"] }
              ],
              "targets": [{ "metric": "billing-handling", "priority": "normal", "duration": "8h", "warnings": [{ "percent": 75 }] }]
            }
          ]
        }
        """;

    private static SlaPolicySet ExampleSet()
    {
        var billingHandling = SlaMetric.Define("billing-handling")
            .Repeating()
            .StartsWhen(SlaTrigger.GroupAssigned(), SlaTrigger.CustomerMessage().OnlyAfterFirstReply())
            .StopsWhen(SlaTrigger.StatusEntered(TicketStatus.Solved, TicketStatus.Closed), SlaTrigger.PublicAgentReply())
            .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.OnHold))
            .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.OnHold))
            .ResetsWhen(SlaTrigger.CustomFieldChanged("invoice"))
            .CancelsWhen(SlaTrigger.MergedIntoAnother(), SlaTrigger.FirstPublicMessage().OnTicketsOpenedBy(AuthorKind.Agent))
            .Build();
        var gold = SlaPolicy.Create("gold", 3)
            .MatchingAny()
            .When(
                PolicyCondition.CustomerTierIn(CustomerTier.Create("gold")),
                PolicyCondition.PriorityIn(Priority.Low).Negate(),
                PolicyCondition.CustomFieldIn("plan", "premium"))
            .WithCalendar("support-ny")
            .PausedWhile(TicketStatus.Pending, TicketStatus.OnHold)
            .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Business,
                SlaWarningThreshold.PercentOfTarget(50), SlaWarningThreshold.BeforeBreach(Duration.FromMinutes(10)))
            .WithTarget(SlaMetric.Resolution, Priority.Urgent, Duration.FromMinutes(270), SlaHoursMode.Calendar)
            .WithTarget(new SlaTarget(SlaMetric.NextReply, Priority.Normal, Duration.FromMinutes(90), calendarId: "night-desk"))
            .Build();
        var billing = SlaPolicy.Create("billing", 1, SlaPolicyKind.Ola)
            .When(
                PolicyCondition.GroupIn(GroupId.Parse(BillingGroup)),
                PolicyCondition.ChannelIn(Channel.Email, Channel.Web),
                PolicyCondition.HasAnyTag("spam").Negate())
            .WithTarget(billingHandling, Priority.Normal, Duration.FromHours(8), SlaHoursMode.Business, SlaWarningThreshold.PercentOfTarget(75))
            .Build();
        return SlaPolicySet.Create()
            .Add(gold, billing)
            .WithRetargeting(SlaRetargeting.KeepElapsed)
            .WithDefaultCalendar("support-ny")
            .WithGroupCalendar(GroupId.Parse(BillingGroup), "billing-berlin")
            .Build();
    }

    private static string Sample(string name) => RepositoryRoot.ReadText("samples", name);

    [Fact]
    public void Parse_RealisticDocument_GivesTheSetBuiltInCode()
    {
        var set = SlaPolicyJson.Parse(Example).Value;

        set.Should().Be(ExampleSet());
        set.Policies[0].Targets[0].Metric.Should().BeSameAs(SlaMetric.FirstReply);
        set.Metrics.Should().Contain(m => m.Id == "billing-handling" && !m.IsBuiltIn && m.Repeats);
        set.CalendarIds.Should().BeEquivalentTo("support-ny", "night-desk", "billing-berlin");
    }

    [Fact]
    public void Parse_OmittedOptionalProperties_TakeTheModelDefaults()
    {
        var set = SlaPolicyJson.Parse("""
            { "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "low", "duration": "4h", "hours": "calendar" }] }] }
            """).Value;

        set.Retargeting.Should().Be(SlaRetargeting.RecomputeFromStart);
        set.DefaultCalendarId.Should().BeNull();
        set.GroupCalendars.Should().BeEmpty();
        var policy = set.Policies.Should().ContainSingle().Subject;
        policy.Kind.Should().Be(SlaPolicyKind.Sla);
        policy.Match.Should().Be(PolicyMatch.All);
        policy.Conditions.Should().BeEmpty();
        policy.PauseStatuses.Should().Equal(TicketStatus.Pending);
        policy.Targets.Single().Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Parse_ATargetWithoutHours_CountsBusinessHours()
    {
        var set = SlaPolicyJson.Parse("""
            { "defaultCalendar": "c", "policies": [{ "id": "p", "version": 1, "targets": [{ "metric": "first-reply", "priority": "low", "duration": "4h" }] }] }
            """).Value;

        set.Policies[0].Targets[0].HoursMode.Should().Be(SlaHoursMode.Business);
    }

    [Fact]
    public void Parse_PolicyWithEmptyPauseStatuses_NeverPausesResolution()
    {
        var set = SlaPolicyJson.Parse("""
            { "policies": [{ "id": "p", "version": 1, "pauseStatuses": [], "targets": [{ "metric": "resolution", "priority": "low", "duration": "4h", "hours": "calendar" }] }] }
            """).Value;

        set.Policies[0].PauseStatuses.Should().BeEmpty();
    }

    [Fact]
    public void Parse_SampleFile_ReadsAgainstTheSampleCalendars()
    {
        var calendars = CalendarJson.Parse(Sample("calendars.json")).Value;
        var options = new SlaPolicyJsonOptions { KnownCalendarIds = calendars.Calendars.Select(c => c.Id).ToHashSet() };

        var result = SlaPolicyJson.Parse(Sample("policies.json"), options);

        result.Problems.Should().BeEmpty();
        var set = result.Value;
        set.Policies.Select(p => (p.Id, p.Kind)).Should().Equal(
            ("enterprise", SlaPolicyKind.Sla), ("business", SlaPolicyKind.Sla), ("standard", SlaPolicyKind.Sla),
            ("billing-ola", SlaPolicyKind.Ola), ("payment-provider", SlaPolicyKind.Contract));
        foreach (var tier in set.Policies.Take(3))
        {
            tier.Targets.Should().HaveCount(12);
            tier.Targets.Select(t => t.Metric).Distinct().Should().Equal(SlaMetric.FirstReply, SlaMetric.NextReply, SlaMetric.Resolution);
            tier.Targets.Should().OnlyContain(t => t.Warnings.SequenceEqual(new[] { SlaWarningThreshold.PercentOfTarget(50), SlaWarningThreshold.PercentOfTarget(75) }));
            Enum.GetValues<Priority>().Should().OnlyContain(p => tier.FindTarget(SlaMetric.FirstReply, p) != null);
        }

        set.Policies[0].FindTarget(SlaMetric.FirstReply, Priority.Urgent)!.Duration.Should().Be(Duration.FromMinutes(30));
        set.GroupCalendars[GroupId.Parse(BillingGroup)].Should().Be("billing-berlin");
        set.Policies[3].CalendarId.Should().Be("billing-berlin");
        set.CalendarIds.Should().BeSubsetOf(options.KnownCalendarIds);
    }

    [Fact]
    public void Parse_SampleFile_AgainstOtherCalendars_ReportsEachCalendarItNames()
    {
        var options = new SlaPolicyJsonOptions { KnownCalendarIds = new[] { "support-ny" }.ToHashSet() };

        var problems = SlaPolicyJson.Parse(Sample("policies.json"), options).Problems;

        problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (SlaPolicyProblemCodes.UnknownCalendar, $"$.groupCalendars['{BillingGroup}']"),
            (SlaPolicyProblemCodes.UnknownCalendar, "$.policies[3].calendar"));
    }

    [Fact]
    public void Parse_BytesStreamAndText_ReadTheSameSet()
    {
        byte[] utf8 = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Example)];
        using var stream = new MemoryStream(utf8);

        SlaPolicyJson.Parse(utf8.AsSpan()).Value.Should().Be(ExampleSet());
        SlaPolicyJson.Parse(stream).Value.Should().Be(ExampleSet());
    }

    [Fact]
    public void Parse_NullArguments_AreProgrammerErrors()
    {
        FluentActions.Invoking(() => SlaPolicyJson.Parse((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SlaPolicyJson.Parse((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SlaPolicyJson.Parse("{}", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SlaPolicyJson.Parse([], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SlaPolicyJson.Write(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SlaPolicyJson.Write(ExampleSet(), null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Write_Example_UsesTheCanonicalForms()
    {
        string json = SlaPolicyJson.Write(ExampleSet());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("retargeting").GetString().Should().Be("keep-elapsed");
        var gold = root.GetProperty("policies")[0];
        gold.GetProperty("targets")[1].GetProperty("duration").GetString().Should().Be("4h30m");
        gold.GetProperty("targets")[0].GetProperty("warnings")[1].GetProperty("before").GetString().Should().Be("10m");
        gold.GetProperty("pauseStatuses").EnumerateArray().Select(s => s.GetString()).Should().Equal("pending", "on-hold");
        root.GetProperty("metrics").GetArrayLength().Should().Be(1);
        root.GetProperty("metrics")[0].GetProperty("stop")[1].EnumerateObject().Select(p => p.Name).Should().Equal("on", "author", "public");
    }

    [Fact]
    public void Write_ToAJsonWriter_WritesOneObjectThatReadsBack()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            SlaPolicyJson.Write(ExampleSet(), writer);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        SlaPolicyJson.Parse(document.RootElement[0].GetRawText()).Value.Should().Be(ExampleSet());
    }

    [Fact]
    public void Write_SetWithOnlyBuiltInMetrics_HasNoMetricsSection()
    {
        var set = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("p").WithTarget(SlaMetric.FirstReply, Priority.Low, Duration.FromHours(1), SlaHoursMode.Calendar).Build())
            .Build();

        using var document = JsonDocument.Parse(SlaPolicyJson.Write(set));

        document.RootElement.TryGetProperty("metrics", out _).Should().BeFalse();
        document.RootElement.TryGetProperty("defaultCalendar", out _).Should().BeFalse();
    }
}
