using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CustomerService.Cli.Calendars;
using CustomerService.Cli.Samples;
using CustomerService.Cli.TicketFiles;
using CustomerService.Core.Surveys;

namespace CustomerService.Cli.Tests.TicketFiles;

public sealed class TicketLineWriterTests
{
    [Fact]
    public void Write_TheDocumentedExample_GivesItBackAsWritten()
    {
        var record = TicketLineReader.Parse(Encoding.UTF8.GetBytes(TicketLines.Example)).Value;

        Write(w => TicketLineWriter.Write(w, record)).Should().Be(TicketLines.Example);
    }

    [Fact]
    public void Write_ThenParse_GivesEqualHistories_ForGeneratedTicketsOfEveryShape()
    {
        var generated = Generate(400);

        foreach (var (ticket, _) in generated)
        {
            var line = Write(w => TicketLineWriter.Write(w, ticket));
            var read = TicketLineReader.Parse(Encoding.UTF8.GetBytes(line));

            read.Problems.Should().BeEmpty();
            read.Value.Ticket.History.Should().Equal(ticket.Ticket.History);
            read.Value.Tier.Should().Be(ticket.Tier);
            Write(w => TicketLineWriter.Write(w, read.Value)).Should().Be(line);
        }
    }

    [Fact]
    public void Write_ThenParse_GivesEqualSurveyHistories()
    {
        var responses = Generate(400).SelectMany(g => g.Surveys).ToList();
        responses.Should().Contain(r => r.Answers.Count > 1, "some answers are revised").And.Contain(r => r.Comment != null).And.Contain(r => !r.IsAnswered);

        foreach (var response in responses)
        {
            var line = Write(w => SurveyLineWriter.Write(w, response));
            var read = SurveyLineReader.Parse(Encoding.UTF8.GetBytes(line));

            read.Problems.Should().BeEmpty();
            read.Value.History.Should().Equal(response.History);
            Write(w => SurveyLineWriter.Write(w, read.Value)).Should().Be(line);
        }
    }

    [Fact]
    public void Write_ASurveyWithANonDefaultDefinition_KeepsItsWindowAndTicketRule()
    {
        var definition = new SurveyDefinition(SurveyScale.Csat7, NodaTime.Duration.FromHours(72), closesWithTicket: true);
        var response = SurveyResponse.Send(SurveyResponseId.New(), definition, Core.Customers.CustomerId.New(), null, 0, null, NodaTime.Instant.FromUtc(2025, 3, 7, 21, 0));

        var line = Write(w => SurveyLineWriter.Write(w, response));

        line.Should().Contain("\"scale\":\"csat-1-7\"").And.Contain("\"window\":\"72h\"").And.Contain("\"closesWithTicket\":true").And.NotContain("\"ticket\"");
        SurveyLineReader.Parse(Encoding.UTF8.GetBytes(line)).Value.Definition.Should().Be(definition);
    }

    private static SampleTicket[] Generate(int count)
    {
        var calendars = CalendarSource.Load(null, TextWriter.Null)!;
        return [.. new SampleGenerator(7, SampleGenerator.DefaultStart, SampleGenerator.DefaultDays, count, calendars).Generate(count)];
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, FileText.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
