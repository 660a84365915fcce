namespace CustomerService.Cli.TicketFiles;

/// <summary>
/// The stable codes of the problems the ticket and survey file readers report, beside the JSON codes
/// (<c>json.*</c>) and the history codes of the aggregates (<c>ticket.history_*</c>); docs/file-formats.md lists them.
/// </summary>
internal static class TicketFileProblemCodes
{
    /// <summary>A line is longer than the reader's limit; it was skipped unread.</summary>
    public const string LineTooLong = "file.line_too_long";

    /// <summary>An event's <c>type</c> is not one the format defines.</summary>
    public const string UnknownEventType = "file.unknown_event_type";

    /// <summary>A value has the right JSON type but not a valid value: an instant, an id, a name, a label, a duration, a score.</summary>
    public const string InvalidValue = "file.invalid_value";

    /// <summary>An event is earlier than the event before it: histories are written in the order they happened.</summary>
    public const string OutOfOrder = "file.events_out_of_order";

    /// <summary>The first event is not the one every history starts with (<c>opened</c>, <c>sent</c>).</summary>
    public const string FirstEvent = "file.first_event";

    /// <summary>A survey response's history is one the aggregate cannot have recorded; the message lists why.</summary>
    public const string SurveyHistory = "file.survey_history";

    /// <summary>A ticket names a customer calendar that is not in the calendars given.</summary>
    public const string UnknownCalendar = "file.unknown_calendar";
}
