using System;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets.Events;

namespace CustomerService.Cli.TicketFiles;

/// <summary>The event types of a ticket line, one per ticket event of the package.</summary>
internal enum TicketEventType
{
    Opened,
    Message,
    StatusChanged,
    PriorityChanged,
    AssignmentChanged,
    TagsChanged,
    CustomFieldChanged,
    CategoryChanged,
    MergedInto,
    DuplicateAbsorbed,
}

/// <summary>The event types of a survey line, one per survey response event of the package.</summary>
internal enum SurveyEventType
{
    Sent,
    Answered,
    AnswerRevised,
    CommentErased,
}

/// <summary>
/// The names the ticket and survey files give to values: their own event types, triggers and scales, and
/// the priority, status and author names the policy files already use (so a file and a policy read alike).
/// </summary>
internal static class FileNames
{
    public static SlaJsonName<TicketEventType> TicketEvent { get; } = new(
        "ticket event type",
        (TicketEventType.Opened, "opened"),
        (TicketEventType.Message, "message"),
        (TicketEventType.StatusChanged, "status-changed"),
        (TicketEventType.PriorityChanged, "priority-changed"),
        (TicketEventType.AssignmentChanged, "assignment-changed"),
        (TicketEventType.TagsChanged, "tags-changed"),
        (TicketEventType.CustomFieldChanged, "custom-field-changed"),
        (TicketEventType.CategoryChanged, "category-changed"),
        (TicketEventType.MergedInto, "merged-into"),
        (TicketEventType.DuplicateAbsorbed, "duplicate-absorbed"));

    public static SlaJsonName<SurveyEventType> SurveyEvent { get; } = new(
        "survey event type",
        (SurveyEventType.Sent, "sent"),
        (SurveyEventType.Answered, "answered"),
        (SurveyEventType.AnswerRevised, "answer-revised"),
        (SurveyEventType.CommentErased, "comment-erased"));

    public static SlaJsonName<StatusChangeTrigger> Trigger { get; } = new(
        "status change trigger",
        (StatusChangeTrigger.Command, "command"),
        (StatusChangeTrigger.CustomerMessage, "customer-message"),
        (StatusChangeTrigger.AgentMessage, "agent-message"),
        (StatusChangeTrigger.Merge, "merge"));

    /// <summary>The survey scales by name; the scale is a closed set of values, not an enum.</summary>
    public static (SurveyScale Scale, string Name)[] Scales { get; } =
    [
        (SurveyScale.Csat5, "csat-1-5"),
        (SurveyScale.Csat3, "csat-1-3"),
        (SurveyScale.Csat7, "csat-1-7"),
        (SurveyScale.CsatGoodBad, "csat-good-bad"),
        (SurveyScale.Nps, "nps-0-10"),
        (SurveyScale.Ces, "ces-1-7"),
    ];

    public static string ScaleChoices => string.Join(", ", Array.ConvertAll(Scales, s => s.Name));

    public static string NameOf(SurveyScale scale) => Array.Find(Scales, s => s.Scale.Equals(scale)).Name;

    public static SurveyScale? ScaleNamed(string name) => Array.Find(Scales, s => s.Name == name).Scale;
}
