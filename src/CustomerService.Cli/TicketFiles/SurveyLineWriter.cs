using System.Text.Json;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Surveys;
using CustomerService.Core.Surveys.Events;

namespace CustomerService.Cli.TicketFiles;

/// <summary>Writes a survey response as one line of a survey file, in the form <see cref="SurveyLineReader"/> reads back; defaults are left out.</summary>
internal static class SurveyLineWriter
{
    public static void Write(Utf8JsonWriter writer, SurveyResponse response)
    {
        writer.WriteStartObject();
        writer.WriteString("response", response.Id.ToString());
        writer.WriteStartArray("events");
        foreach (var e in response.History)
        {
            writer.WriteStartObject();
            switch (e)
            {
                case SurveySent sent:
                    Start(writer, SurveyEventType.Sent, sent);
                    writer.WriteString("scale", FileNames.NameOf(sent.Definition.Scale));
                    writer.WriteString("customer", sent.CustomerId.ToString());
                    if (sent.TicketId is { } ticket)
                    {
                        writer.WriteString("ticket", ticket.ToString());
                        writer.WriteNumber("cycle", sent.Cycle);
                    }

                    if (sent.AttributedAgentId is { } agent)
                    {
                        writer.WriteString("agent", agent.ToString());
                    }

                    if (sent.Definition.ResponseWindow != SurveyDefinition.DefaultResponseWindow)
                    {
                        writer.WriteString("window", SlaJsonDuration.Format(sent.Definition.ResponseWindow));
                    }

                    if (sent.Definition.ClosesWithTicket)
                    {
                        writer.WriteBoolean("closesWithTicket", true);
                    }

                    break;
                case SurveyAnswered answered:
                    Start(writer, SurveyEventType.Answered, answered);
                    writer.WriteNumber("score", answered.Score);
                    WriteComment(writer, answered.Comment);
                    break;
                case SurveyAnswerRevised revised:
                    Start(writer, SurveyEventType.AnswerRevised, revised);
                    writer.WriteNumber("previousScore", revised.PreviousScore);
                    writer.WriteNumber("score", revised.Score);
                    WriteComment(writer, revised.Comment);
                    break;
                default:
                    Start(writer, SurveyEventType.CommentErased, e);
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter writer, SurveyEventType type, ISurveyResponseEvent e)
    {
        writer.WriteString("type", FileNames.SurveyEvent.Of(type));
        writer.WriteString("at", FileText.Format(e.OccurredAt));
    }

    private static void WriteComment(Utf8JsonWriter writer, SurveyComment? comment)
    {
        if (comment is not null)
        {
            writer.WriteString("comment", comment.Value);
        }
    }
}
