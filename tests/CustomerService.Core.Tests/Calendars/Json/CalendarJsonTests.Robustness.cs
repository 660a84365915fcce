using System;
using System.Linq;
using System.Text;
using CsCheck;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Tests.TestSupport;

namespace CustomerService.Core.Tests.Calendars.Json;

public sealed partial class CalendarJsonTests
{
    private static readonly Gen<string> Key = Gen.OneOfConst(
        "calendars", "holidaySets", "id", "timeZone", "weeklyHours", "monday", "sunday", "start", "end", "date", "hours",
        "closed", "name", "dates", "yearly", "month", "day", "from", "until", "holidays", "overrides", "$schema", "x", "");

    private static readonly Gen<string> Leaf = Gen.OneOfConst(
        "null", "true", "false", "0", "-1", "7", "2", "29", "1e400", "-0.5", "99999999999999999999", "2147483648",
        "\"09:00\"", "\"24:00\"", "\"00:00\"", "\"9am\"", "\"2025-12-25\"", "\"2024-02-29\"", "\"UTC\"", "\"America/New_York\"",
        "\"\"", "\"c\"", "\"set\"", "\"\\ud800\"", "\"\\u0000\"");

    private static Gen<string> JsonValue(int depth) => depth == 0
        ? Leaf
        : Gen.OneOf(
            Leaf,
            JsonValue(depth - 1).Array[0, 3].Select(items => "[" + string.Join(",", items) + "]"),
            Gen.Select(Key, JsonValue(depth - 1)).Array[0, 4].Select(members => "{" + string.Join(",", members.Select(m => $"\"{m.Item1}\":{m.Item2}")) + "}"));

    [Fact]
    public void Parse_ArbitraryJsonOfCalendarShapes_NeverThrowsAndLocatesEveryProblem()
    {
        JsonValue(6).Select(body => "{\"calendars\":[" + body + "]," + "\"holidaySets\":" + body + "}")
            .Sample(json => JsonInputFuzz.IsWellFormed(CalendarJson.Parse(json)), iter: MutationRun.Iter(1500));
    }

    [Fact]
    public void Parse_RandomByteEditsOfAValidDocument_NeverThrowAndLocateEveryProblem()
    {
        JsonInputFuzz.ByteEdits(Encoding.UTF8.GetBytes(Example), (byte)'0')
            .Sample(bytes => JsonInputFuzz.IsWellFormed(CalendarJson.Parse(bytes.AsSpan())), iter: MutationRun.Iter(2000));
    }

    [Theory]
    [InlineData(JsonProblemCodes.TooDeep)]
    [InlineData(JsonProblemCodes.TooLarge)]
    public void Parse_HostileSizes_AreOneClearProblem(string code)
    {
        string json = code == JsonProblemCodes.TooDeep
            ? new string('[', 100_000) + new string(']', 100_000)
            : "{\"calendars\": [], \"$schema\": \"" + new string('x', CalendarJson.MaxInputBytes) + "\"}";

        ProblemsOf(json).Should().ContainSingle().Which.Code.Should().Be(code);
    }

    [Fact]
    public void Parse_VeryLongStringsAndNumbers_AreReportedWithShortMessages()
    {
        string longText = new string('9', 100_000);
        string json = $$"""{"holidaySets": [{"name": "{{longText}}", "yearly": [{"month": {{longText}}, "day": 1, "from": 2020}], "dates": ["{{longText}}"]}]}""";

        var problems = ProblemsOf(json);

        problems.Select(p => p.Code).Should().Equal(JsonProblemCodes.WrongType, CalendarJsonProblemCodes.InvalidDate);
        problems.Should().OnlyContain(p => p.Message.Length < 200);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsOneProblemAtTheBadByte()
    {
        byte[] utf8 = [.. "{\"calendars\": [{\"id\": \"caf"u8, 0xE9, .. "\"}]}"u8];

        var problem = CalendarJson.Parse(utf8.AsSpan()).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(JsonProblemCodes.InvalidUtf8);
        (problem.Line, problem.Column).Should().Be((1, 27));
    }

    [Fact]
    public void Parse_NullsWhereValuesAreExpected_AreEachReported()
    {
        ProblemsOf("""
            {"holidaySets": [{"name": null, "dates": [null], "yearly": null}],
             "calendars": [{"id": null, "timeZone": null, "weeklyHours": {"monday": null}, "holidays": null, "overrides": [null]}]}
            """).Select(p => p.Path).Should().Equal(
            "$.holidaySets[0].name", "$.holidaySets[0].dates[0]", "$.holidaySets[0].yearly",
            "$.calendars[0].id", "$.calendars[0].timeZone", "$.calendars[0].weeklyHours.monday", "$.calendars[0].holidays", "$.calendars[0].overrides[0]");
    }

    [Fact]
    public void Parse_AMillionBadValues_ListsAThousandProblemsAndSaysThereAreMore()
    {
        string json = "{\"holidaySets\": [{\"name\": \"s\", \"dates\": [" + string.Join(",", Enumerable.Repeat("\"x\"", 1_000_000)) + "]}]}";

        var problems = ProblemsOf(json);

        problems.Should().HaveCount(InputProblemCollector.MaxListed + 1);
        problems[0].Path.Should().Be("$.holidaySets[0].dates[0]");
        problems[^1].Code.Should().Be(InputProblemCodes.TooManyProblems);
    }
}
