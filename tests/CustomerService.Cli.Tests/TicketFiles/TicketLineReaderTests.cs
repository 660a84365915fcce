using System.Linq;
using System.Text;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Tickets;
using NodaTime;
using static CustomerService.Cli.Tests.TicketLines;

namespace CustomerService.Cli.Tests.TicketFiles;

public sealed class TicketLineReaderTests
{
    [Fact]
    public void Parse_TheDocumentedExample_RebuildsTheTicketAndItsCustomer()
    {
        var record = Parse(Example).Value;

        var ticket = record.Ticket;
        ticket.Id.Should().Be(Core.Tickets.TicketId.Parse(TicketIdText));
        ticket.CustomerId.Should().Be(Core.Customers.CustomerId.Parse(CustomerIdText));
        ticket.Status.Should().Be(TicketStatus.Solved);
        ticket.Priority.Should().Be(Priority.High);
        ticket.Channel.Should().Be(Channel.Email);
        ticket.Subject.Should().Be(Subject);
        ticket.AssigneeId.Should().Be(Core.Tickets.AgentId.Parse(AgentIdText));
        ticket.History.Should().HaveCount(6);
        ticket.Interactions.Select(i => (i.Author, i.Channel, i.HandleTime)).Should().Equal(
            (AuthorKind.Customer, Channel.Email, (Duration?)null),
            (AuthorKind.Agent, Channel.Email, Duration.FromMinutes(6)));
        ticket.OpenedAt.Should().Be(Instant.FromUtc(2025, 3, 7, 21, 0));
        record.Tier.Should().Be(CustomerTier.Create("enterprise"));
        record.CalendarId.Should().BeNull();
    }

    [Fact]
    public void Parse_WithoutSubjectOrBody_GivesTheTicketThePlaceholderText()
    {
        var line = Line(
            $$"""{"type":"opened","at":"2025-03-07T21:00:00Z","customer":"{{CustomerIdText}}","channel":"chat","priority":"low"}""",
            """{"type":"message","at":"2025-03-07T21:00:00Z","author":"customer"}""");

        var ticket = Parse(line).Value.Ticket;

        ticket.Subject.Should().Be(FileText.NotInFile);
        ticket.Interactions.Single().Body.Should().Be(FileText.NotInFile);
    }

    [Fact]
    public void Parse_EveryEventType_AndEveryKindOfCustomFieldValue()
    {
        const string group = "6f1c2a3e-0b7d-4c58-9e21-b4d0a9c3f812";
        const string other = "11111111-2222-4333-8444-555555555555";
        var line = Line(
            $$"""{"type":"opened","at":"2025-03-07T21:00:00Z","customer":"{{CustomerIdText}}","channel":"phone","priority":"normal","openedBy":"{{AgentIdText}}"}""",
            """{"type":"message","at":"2025-03-07T21:00:00Z","author":"customer","channel":"phone"}""",
            """{"type":"message","at":"2025-03-07T21:01:00Z","author":"system","public":false,"channel":"email"}""",
            $$"""{"type":"assignment-changed","at":"2025-03-07T21:02:00Z","fromAgent":null,"toAgent":"{{AgentIdText}}","toGroup":"{{group}}"}""",
            """{"type":"priority-changed","at":"2025-03-07T21:03:00Z","from":"normal","to":"urgent"}""",
            """{"type":"tags-changed","at":"2025-03-07T21:04:00Z","from":[],"to":["VIP","refund"]}""",
            """{"type":"category-changed","at":"2025-03-07T21:05:00Z","from":null,"to":"billing"}""",
            """{"type":"custom-field-changed","at":"2025-03-07T21:06:00Z","key":"escalated-to","to":"payment-provider"}""",
            """{"type":"custom-field-changed","at":"2025-03-07T21:06:00Z","key":"amount","to":42.50}""",
            """{"type":"custom-field-changed","at":"2025-03-07T21:06:00Z","key":"paid","to":true}""",
            """{"type":"custom-field-changed","at":"2025-03-07T21:06:00Z","key":"due","to":{"date":"2025-03-31"}}""",
            $$"""{"type":"message","at":"2025-03-07T21:10:00Z","author":"agent","agent":"{{AgentIdText}}","public":false}""",
            $$"""{"type":"duplicate-absorbed","at":"2025-03-07T21:11:00Z","duplicate":"{{other}}"}""",
            $$"""{"type":"merged-into","at":"2025-03-07T21:12:00Z","target":"{{other}}"}""",
            """{"type":"status-changed","at":"2025-03-07T21:12:00Z","from":"new","to":"closed","trigger":"merge"}""");

        var ticket = Parse(line).Value.Ticket;

        ticket.OpenedByAgent.Should().Be(Core.Tickets.AgentId.Parse(AgentIdText));
        ticket.GroupId.Should().Be(GroupId.Parse(group));
        ticket.Priority.Should().Be(Priority.Urgent);
        ticket.Tags.Should().BeEquivalentTo("vip", "refund");
        ticket.Category.Should().Be("billing");
        ticket.CustomFields["escalated-to"].AsText().Should().Be("payment-provider");
        ticket.CustomFields["amount"].AsNumber().Should().Be(42.50m);
        ticket.CustomFields["paid"].AsBoolean().Should().BeTrue();
        ticket.CustomFields["due"].AsDate().Should().Be(new LocalDate(2025, 3, 31));
        ticket.Interactions[1].IsPublic.Should().BeFalse();
        ticket.Interactions[1].Channel.Should().Be(Channel.Email);
        ticket.AbsorbedDuplicates.Should().Equal(Core.Tickets.TicketId.Parse(other));
        ticket.MergedInto.Should().Be(Core.Tickets.TicketId.Parse(other));
        ticket.Status.Should().Be(TicketStatus.Closed);
    }

    [Theory]
    [InlineData("""{"ticket":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","events":[""", JsonProblemCodes.Syntax, null)]
    [InlineData("""[1, 2]""", JsonProblemCodes.WrongType, "$")]
    [InlineData("""{"ticket":"3f2504e0-4f89-41d3-9a0c-0305e82c3301"}""", JsonProblemCodes.MissingProperty, "$.events")]
    [InlineData("""{"ticket":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","teir":"gold","events":[{"type":"opened","at":"2025-03-07T21:00:00Z","customer":"7c9e6679-7425-40de-944b-e07fc1f90ae7","channel":"email","priority":"high"}]}""", JsonProblemCodes.UnknownProperty, "$.teir")]
    [InlineData("""{"ticket":"not-a-guid","events":[]}""", TicketFileProblemCodes.InvalidValue, "$.ticket")]
    [InlineData("""{"ticket":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","tier":"Gold Plus","events":[]}""", TicketFileProblemCodes.InvalidValue, "$.tier")]
    [InlineData("""{"ticket":"3f2504e0-4f89-41d3-9a0c-0305e82c3301","events":[]}""", TicketErrors.HistoryEmpty, "$.events")]
    public void Parse_ABadLine_ReportsWhatAndWhere(string line, string code, string? path)
    {
        var problems = Parse(line).Problems;

        problems.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.Code == code && p.Path == path && p.Line == 1 && p.Column > 0);
    }

    [Theory]
    [InlineData("""{"type":"escalated","at":"2025-03-08T10:00:00Z"}""", TicketFileProblemCodes.UnknownEventType, "$.events[1].type")]
    [InlineData("""{"type":"message","at":"2025-03-08 10:00","author":"customer"}""", TicketFileProblemCodes.InvalidValue, "$.events[1].at")]
    [InlineData("""{"type":"message","at":"2025-03-08T10:00:00Z","author":"bot"}""", TicketFileProblemCodes.InvalidValue, "$.events[1].author")]
    [InlineData("""{"type":"message","at":"2025-03-08T10:00:00Z","author":"customer","public":false}""", TicketFileProblemCodes.InvalidValue, "$.events[1].public")]
    [InlineData("""{"type":"message","at":"2025-03-08T10:00:00Z","author":"customer","agent":"9b2d4c1e-5f60-4a7b-8c9d-0e1f2a3b4c5d"}""", TicketFileProblemCodes.InvalidValue, "$.events[1].agent")]
    [InlineData("""{"type":"message","at":"2025-03-08T10:00:00Z","author":"agent"}""", JsonProblemCodes.MissingProperty, "$.events[1].agent")]
    [InlineData("""{"type":"message","at":"2025-03-08T10:00:00Z","author":"agent","agent":"9b2d4c1e-5f60-4a7b-8c9d-0e1f2a3b4c5d","handleTime":"six minutes"}""", TicketFileProblemCodes.InvalidValue, "$.events[1].handleTime")]
    [InlineData("""{"type":"message","at":"2025-03-08T10:00:00Z","author":"customer","channel":"E-Mail"}""", TicketFileProblemCodes.InvalidValue, "$.events[1].channel")]
    [InlineData("""{"type":"priority-changed","at":"2025-03-08T10:00:00Z","from":"high","to":"critical"}""", TicketFileProblemCodes.InvalidValue, "$.events[1].to")]
    [InlineData("""{"type":"status-changed","at":"2025-03-08T10:00:00Z","from":"new","to":"open"}""", JsonProblemCodes.MissingProperty, "$.events[1].trigger")]
    [InlineData("""{"type":"status-changed","at":"2025-03-08T10:00:00Z","from":"pending","to":"open","trigger":"command"}""", TicketErrors.HistoryStateMismatch, "$.events[1]")]
    [InlineData("""{"type":"status-changed","at":"2025-03-08T10:00:00Z","from":"new","to":"closed","trigger":"command"}""", TicketErrors.IllegalTransition, "$.events[1]")]
    [InlineData("""{"type":"priority-changed","at":"2025-03-07T20:00:00Z","from":"high","to":"low"}""", TicketFileProblemCodes.OutOfOrder, "$.events[1].at")]
    [InlineData("""{"type":"tags-changed","at":"2025-03-08T10:00:00Z","from":[],"to":["needs review"]}""", TicketFileProblemCodes.InvalidValue, "$.events[1]")]
    [InlineData("""{"type":"tags-changed","at":"2025-03-08T10:00:00Z","from":[],"to":"vip"}""", JsonProblemCodes.WrongType, "$.events[1].to")]
    [InlineData("""{"type":"custom-field-changed","at":"2025-03-08T10:00:00Z","key":"due","to":{"date":"31/03/2025"}}""", TicketFileProblemCodes.InvalidValue, "$.events[1].to")]
    [InlineData("""{"type":"custom-field-changed","at":"2025-03-08T10:00:00Z","key":"due","to":[1]}""", TicketFileProblemCodes.InvalidValue, "$.events[1].to")]
    [InlineData("""{"type":"merged-into","at":"2025-03-08T10:00:00Z","target":"3f2504e0-4f89-41d3-9a0c-0305e82c3301"}""", TicketFileProblemCodes.InvalidValue, "$.events[1]")]
    [InlineData("""{"type":"opened","at":"2025-03-08T10:00:00Z","customer":"7c9e6679-7425-40de-944b-e07fc1f90ae7","channel":"email","priority":"high"}""", TicketErrors.HistoryOpenedTwice, "$.events[1].type")]
    [InlineData("""{"type":"category-changed","at":"2025-03-08T10:00:00Z","to":"billing","tags":[]}""", JsonProblemCodes.UnknownProperty, "$.events[1].tags")]
    public void Parse_ABadEvent_ReportsItAtItsPlace(string badEvent, string code, string path)
    {
        var problems = Parse(Line(Opened(), badEvent)).Problems;

        problems.Select(p => (p.Code, p.Path)).Should().Equal((code, path));
    }

    [Fact]
    public void Parse_AHistoryNotStartingWithOpened_SaysSo()
    {
        var problems = Parse(Line("""{"type":"message","at":"2025-03-08T10:00:00Z","author":"customer"}""", Opened())).Problems;

        problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (TicketFileProblemCodes.FirstEvent, "$.events[0].type"),
            (TicketErrors.HistoryOpenedTwice, "$.events[1].type"));
    }

    [Fact]
    public void Parse_ALineWithManyProblems_ReportsEveryOne()
    {
        var line = Line(
            """{"type":"opened","at":"yesterday","customer":"x","channel":"email","priority":"highest"}""",
            """{"type":"shouted","at":"2025-03-08T10:00:00Z"}""");

        Parse(line).Problems.Select(p => p.Path).Should().Equal("$.events[0].at", "$.events[0].customer", "$.events[0].priority", "$.events[1].type");
    }

    [Fact]
    public void Parse_Problems_NeverRepeatTheValuesOfTheFile()
    {
        // Personal data in the wrong places: an e-mail address as the customer id, a name as the channel, a subject as a tag.
        var line = Line(
            $$"""{"type":"opened","at":"2025-03-07T21:00:00Z","customer":"jane.doe@example.com","channel":"Jane Doe","priority":"high","subject":"{{Subject}}"}""",
            $$"""{"type":"tags-changed","at":"2025-03-08T10:00:00Z","from":[],"to":["{{Subject}}"]}""",
            $$"""{"type":"message","at":"{{Body}}","author":"customer","body":"{{Body}}"}""");

        var problems = Parse(line).Problems;

        problems.Should().HaveCountGreaterThanOrEqualTo(3);
        problems.Should().OnlyContain(p => !p.Message.Contains("jane", System.StringComparison.OrdinalIgnoreCase) && !p.Message.Contains("Jane", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AnInstantWithAnOffset_IsReadAsTheSameInstant()
    {
        var ticket = Parse(Line(Opened("2025-03-07T16:00:00-05:00"))).Value.Ticket;

        ticket.OpenedAt.Should().Be(Instant.FromUtc(2025, 3, 7, 21, 0));
    }

    private static ParseResult<TicketRecord> Parse(string line) => TicketLineReader.Parse(Encoding.UTF8.GetBytes(line));
}
