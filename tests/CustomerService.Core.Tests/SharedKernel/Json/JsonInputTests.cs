using System.IO;
using System.Linq;
using System.Text;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;

namespace CustomerService.Core.Tests.SharedKernel.Json;

public sealed class JsonInputTests
{
    private static readonly JsonInputLimits Limits = new(MaxBytes: 1000, MaxDepth: 5);

    private static (JsonInput Input, ParseResult<int> Result) Parse(string json)
    {
        var input = JsonInput.Parse(json, Limits);
        return (input, input.Problems.ToResult(() => 0));
    }

    private static InputProblem SingleProblem(string json) => Parse(json).Result.Problems.Should().ContainSingle().Subject;

    [Fact]
    public void Parse_ValidJson_BuildsTheTreeWithPaths()
    {
        var (input, result) = Parse("""{"a": [1, {"b": "x"}], "odd name": true, "it's": null}""");

        result.IsSuccess.Should().BeTrue();
        var root = input.Root!;
        root.Path.Should().Be("$");
        var b = root.Children[0].Children[1].Children[0];
        b.Path.Should().Be("$.a[1].b");
        b.Text.Should().Be("x");
        root.Children[1].Path.Should().Be("$['odd name']");
        root.Children[2].Path.Should().Be("$['it\\'s']");
        root.PathOf("missing").Should().Be("$.missing");
    }

    [Fact]
    public void Parse_SyntaxError_ReportsOneProblemWithLineAndColumn()
    {
        var problem = SingleProblem("{\n  \"a\": 1,\n  \"b\": }");

        problem.Code.Should().Be(JsonProblemCodes.Syntax);
        (problem.Line, problem.Column).Should().Be((3, 8));
        problem.Message.Should().StartWith("The text is not valid JSON: ").And.NotContain("LineNumber");
    }

    [Fact]
    public void Parse_BadLiteralBeforeMoreText_QuotesOnlyTheStartOfIt()
    {
        // Found by fuzzing: the reader's message quoted everything from the bad literal to the end of the input.
        var problem = SingleProblem("{\"a\": f lse, \"note\": \"please call back, see the attachment " + new string('x', 500) + "\"}");

        problem.Code.Should().Be(JsonProblemCodes.Syntax);
        problem.Message.Should().Contain("'f lse, \"note\": \"").And.Contain("…'").And.NotContain("attachment");
        problem.Message.Length.Should().BeLessThan(200);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{} {}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": \"\\x\"}")]
    public void Parse_MalformedJson_IsASyntaxProblem(string json)
    {
        SingleProblem(json).Code.Should().Be(JsonProblemCodes.Syntax);
        Parse(json).Input.Root.Should().BeNull();
    }

    [Fact]
    public void Parse_Comments_AreSkipped()
    {
        var (input, result) = Parse("// calendars\n{ /* none */ \"a\": 1 }");

        result.IsSuccess.Should().BeTrue();
        input.Root!.Children.Should().ContainSingle().Which.Name.Should().Be("a");
    }

    [Fact]
    public void Parse_DuplicateProperty_ReportsTheSecondAtItsNameAndKeepsTheFirst()
    {
        var (input, result) = Parse("{\"a\": 1,\n \"a\": 2}");

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Should().Be(new InputProblem(JsonProblemCodes.DuplicateProperty, "The property 'a' appears more than once in this object; keep one.", "$.a", 2, 2));
        input.Root!.Children.Should().ContainSingle().Which.Text.Should().Be("1");
    }

    [Fact]
    public void Parse_DuplicateInAnObjectWithManyProperties_IsFoundAsInASmallOne()
    {
        string members = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"p{i}\": {i}"));
        var (input, result) = Parse("{" + members + ", \"p3\": 99, \"p40\": 40, \"p39\": 0}");

        result.Problems.Select(p => p.Path).Should().Equal("$.p3", "$.p39");
        input.Root!.Children.Should().HaveCount(41);
        input.Root.Children[3].Text.Should().Be("3");
    }

    [Fact]
    public void Parse_TooDeep_ReportsWhereTheLimitIsPassed()
    {
        var problem = SingleProblem("[[[[[[1]]]]]]");

        problem.Code.Should().Be(JsonProblemCodes.TooDeep);
        (problem.Line, problem.Column).Should().Be((1, 6));
    }

    [Fact]
    public void Parse_AtTheDepthLimit_IsAccepted()
    {
        Parse("[[[[[1]]]]]").Result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Parse_TooLarge_IsReportedFromEveryKindOfSource()
    {
        string json = "[" + new string(' ', 1000) + "]";
        byte[] utf8 = Encoding.UTF8.GetBytes(json);

        JsonInput[] inputs = [JsonInput.Parse(json, Limits), JsonInput.Parse(utf8, Limits), JsonInput.Parse(new MemoryStream(utf8), Limits)];

        foreach (var input in inputs)
        {
            input.Problems.Failure<int>().Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.TooLarge);
        }
    }

    [Fact]
    public void Parse_MultiByteTextUnderTheCharacterLimitButOverTheByteLimit_IsTooLarge()
    {
        string json = "[\"" + new string('é', 600) + "\"]";

        SingleProblem(json).Code.Should().Be(JsonProblemCodes.TooLarge);
    }

    [Fact]
    public void Parse_Stream_ReadsFromItsPosition()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("xx{\"a\": 1}"));
        stream.Position = 2;
        var input = JsonInput.Parse(stream, Limits);

        input.Problems.Count.Should().Be(0);
        input.Root!.Children.Should().ContainSingle();
    }

    [Fact]
    public void Parse_InvalidUtf8_ReportsTheFirstBadByte()
    {
        byte[] utf8 = [.. "{\n \"a\": \""u8, 0xC3, 0x28, .. "\"}"u8];
        var input = JsonInput.Parse(utf8, Limits);

        input.Problems.Failure<int>().Problems.Should().ContainSingle()
            .Which.Should().Be(new InputProblem(JsonProblemCodes.InvalidUtf8, "The input is not valid UTF-8.", null, 2, 8));
    }

    [Fact]
    public void Parse_StringWithAnUnpairedSurrogate_IsInvalidUnicode()
    {
        var problem = SingleProblem("{\"a\": \"x\uD800\"}");

        problem.Code.Should().Be(JsonProblemCodes.InvalidUtf8);
        (problem.Line, problem.Column).Should().Be((1, 9));
    }

    [Fact]
    public void Parse_EscapedUnpairedSurrogate_IsASyntaxProblemAtTheString()
    {
        var problem = SingleProblem("{\"a\": \"\\ud800\"}");

        problem.Code.Should().Be(JsonProblemCodes.Syntax);
        (problem.Line, problem.Column).Should().Be((1, 7));
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkippedAndColumnsCountIt()
    {
        byte[] utf8 = [.. Encoding.UTF8.Preamble, .. "{\"a\": }"u8];
        var input = JsonInput.Parse(utf8, Limits);

        var problem = input.Problems.Failure<int>().Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(JsonProblemCodes.Syntax);
        (problem.Line, problem.Column).Should().Be((1, 8));
    }

    [Fact]
    public void Report_ColumnsCountUtf16Units()
    {
        var (input, _) = Parse("{\"é😀\": \"v\"}");

        input.Report(input.Root!.Children[0], "t.code", "m");

        input.Problems.Failure<int>().Problems.Single().Column.Should().Be(9);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("-12", -12)]
    public void Integer_WholeNumber_IsRead(string json, int expected)
    {
        var (input, _) = Parse(json);

        input.Integer(input.Root!).Should().Be(expected);
        input.Problems.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("7.0", "Expected a whole number between -2147483648 and 2147483647; found '7.0'.")]
    [InlineData("1e400", "Expected a whole number between -2147483648 and 2147483647; found '1e400'.")]
    [InlineData("99999999999", "Expected a whole number between -2147483648 and 2147483647; found '99999999999'.")]
    [InlineData("\"7\"", "Expected a whole number; found a string.")]
    public void Integer_Otherwise_IsAWrongType(string json, string message)
    {
        var (input, _) = Parse(json);

        input.Integer(input.Root!).Should().BeNull();

        input.Problems.Failure<int>().Problems.Should().ContainSingle()
            .Which.Should().Be(new InputProblem(JsonProblemCodes.WrongType, message, "$", 1, 1));
    }

    [Fact]
    public void TypedAccessors_ReportTheKindFound()
    {
        var (input, _) = Parse("[null, 1, \"s\", true]");
        var items = input.Root!.Children;

        input.Object(items[0]).Should().BeNull();
        input.Array(items[1]).Should().BeEmpty();
        input.String(items[3]).Should().BeNull();
        input.Boolean(items[2]).Should().BeNull();
        input.String(items[2]).Should().Be("s");
        input.Boolean(items[3]).Should().BeTrue();

        input.Problems.Failure<int>().Problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$[0]", "Expected an object; found null."),
            ("$[1]", "Expected an array; found a number."),
            ("$[2]", "Expected true or false; found a string."),
            ("$[3]", "Expected a string; found a boolean."));
    }

    [Fact]
    public void ObjectView_ReportsUnknownPropertiesWithTheNearestKnownName()
    {
        var (input, _) = Parse("{\"weeklyHour\": 1, \"TIMEZONE\": 2, \"colour\": 3, \"id\": 4}");
        var view = input.Object(input.Root!)!;

        view.Optional("weeklyHours").Should().BeNull();
        view.Optional("timeZone").Should().BeNull();
        view.Required("id")!.Text.Should().Be("4");
        view.ReportUnknownProperties();

        input.Problems.Failure<int>().Problems.Select(p => (p.Path, p.Column, p.Message)).Should().Equal(
            ("$.weeklyHour", 2, "The property 'weeklyHour' is not known here; did you mean 'weeklyHours'?"),
            ("$.TIMEZONE", 19, "The property 'TIMEZONE' is not known here; did you mean 'timeZone'?"),
            ("$.colour", 34, "The property 'colour' is not known here; the known ones are: weeklyHours, timeZone, id."));
    }

    [Fact]
    public void ObjectView_MissingRequiredProperty_IsReportedAtTheObject()
    {
        var (input, _) = Parse("[{}]");
        var view = input.Object(input.Root!.Children[0])!;

        view.Required("id").Should().BeNull();

        input.Problems.Failure<int>().Problems.Should().ContainSingle()
            .Which.Should().Be(new InputProblem(JsonProblemCodes.MissingProperty, "The property 'id' is required.", "$[0].id", 1, 2));
    }
}
