using System.Linq;
using System.Text;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Surveys;
using NodaTime;

namespace CustomerService.Cli.Tests.TicketFiles;

public sealed class SurveyLineReaderTests
{
    private const string Sent = """{"type":"sent","at":"2025-03-10T16:00:00Z","scale":"csat-1-5","customer":"7c9e6679-7425-40de-944b-e07fc1f90ae7","ticket":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","cycle":1,"agent":"9b2d4c1e-5f60-4a7b-8c9d-0e1f2a3b4c5d"}""";

    [Fact]
    public void Parse_AnAnsweredAndRevisedResponse_RebuildsIt()
    {
        var response = Parse(Line(
            Sent,
            """{"type":"answered","at":"2025-03-10T18:00:00Z","score":3,"comment":"Slow, but it works now."}""",
            """{"type":"answer-revised","at":"2025-03-11T09:00:00Z","previousScore":3,"score":4}""",
            """{"type":"comment-erased","at":"2025-03-12T09:00:00Z"}""")).Value;

        response.Kind.Should().Be(SurveyKind.Csat);
        response.Score.Should().Be(4);
        response.Answers.Should().HaveCount(2);
        response.AnsweredAt.Should().Be(Instant.FromUtc(2025, 3, 11, 9, 0));
        response.Comment.Should().BeNull();
        response.Cycle.Should().Be(1);
        response.AttributedAgentId.Should().NotBeNull();
    }

    [Theory]
    [InlineData("""{"type":"sent","at":"2025-03-10T16:00:00Z","scale":"stars","customer":"7c9e6679-7425-40de-944b-e07fc1f90ae7"}""", TicketFileProblemCodes.InvalidValue, "$.events[0].scale")]
    [InlineData("""{"type":"sent","at":"2025-03-10T16:00:00Z","scale":"nps-0-10","customer":"7c9e6679-7425-40de-944b-e07fc1f90ae7","window":"0s"}""", TicketFileProblemCodes.InvalidValue, "$.events[0].window")]
    [InlineData("""{"type":"answered","at":"2025-03-10T16:00:00Z","score":3}""", TicketFileProblemCodes.FirstEvent, "$.events[0].type")]
    [InlineData("""{"type":"clicked","at":"2025-03-10T16:00:00Z"}""", TicketFileProblemCodes.UnknownEventType, "$.events[0].type")]
    public void Parse_ABadFirstEvent_ReportsItAtItsPlace(string badEvent, string code, string path) =>
        Parse(Line(badEvent)).Problems.Select(p => (p.Code, p.Path)).Should().Equal((code, path));

    [Theory]
    [InlineData("""{"type":"answered","at":"2025-03-10T18:00:00Z","score":"five"}""", JsonProblemCodes.WrongType, "$.events[1].score")]
    [InlineData("""{"type":"answered","at":"2025-03-10T18:00:00Z","score":9}""", TicketFileProblemCodes.SurveyHistory, "$.events")]
    [InlineData("""{"type":"answered","at":"2025-05-10T18:00:00Z","score":4}""", TicketFileProblemCodes.SurveyHistory, "$.events")]
    [InlineData("""{"type":"answer-revised","at":"2025-03-10T18:00:00Z","previousScore":3,"score":4}""", TicketFileProblemCodes.SurveyHistory, "$.events")]
    [InlineData("""{"type":"answered","at":"2025-03-10T18:00:00Z","score":4,"comment":"   "}""", TicketFileProblemCodes.InvalidValue, "$.events[1].comment")]
    public void Parse_ABadAnswer_ReportsItAtItsPlace(string badEvent, string code, string path) =>
        Parse(Line(Sent, badEvent)).Problems.Select(p => (p.Code, p.Path)).Should().Equal((code, path));

    [Fact]
    public void Parse_AHistoryRehydrateRejects_ListsTheRuleWithoutTheComment()
    {
        const string comment = "Call me at +1 212 555 0100, Jane";

        var problem = Parse(Line(Sent, $$"""{"type":"answered","at":"2025-03-10T18:00:00Z","score":0,"comment":"{{comment}}"}""")).Problems.Single();

        problem.Message.Should().Contain(SurveyErrors.ScoreOffScale).And.NotContain("555").And.NotContain("Jane");
    }

    [Fact]
    public void Parse_AResponseLineInTheTicketFile_IsMissingItsTicketId()
    {
        var problems = TicketLineReader.Parse(Encoding.UTF8.GetBytes(Line(Sent))).Problems;

        problems.Select(p => (p.Code, p.Path)).Should().Contain((JsonProblemCodes.MissingProperty, "$.ticket")).And.Contain((JsonProblemCodes.UnknownProperty, "$.response"));
    }

    private static string Line(params string[] events) =>
        $$"""{"response":"5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f","events":[{{string.Join(",", events)}}]}""";

    private static ParseResult<SurveyResponse> Parse(string line) => SurveyLineReader.Parse(Encoding.UTF8.GetBytes(line));
}
