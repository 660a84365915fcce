using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Surveys.Events;

/// <summary>A survey was sent to a customer: always the first event of a response's history.</summary>
/// <param name="ResponseId">The response.</param>
/// <param name="Definition">The survey's scale, window and ticket rule.</param>
/// <param name="CustomerId">The customer surveyed.</param>
/// <param name="TicketId">The ticket surveyed, or <see langword="null"/> for a survey about no ticket.</param>
/// <param name="Cycle">The ticket's solve count when the survey was sent (0 without a ticket).</param>
/// <param name="AttributedAgentId">The ticket's assignee when the survey was sent, to whom the answer counts; <see langword="null"/> for none.</param>
/// <param name="OccurredAt">The instant the survey was sent; its response window starts here.</param>
public sealed record SurveySent(
    SurveyResponseId ResponseId,
    SurveyDefinition Definition,
    CustomerId CustomerId,
    TicketId? TicketId,
    int Cycle,
    AgentId? AttributedAgentId,
    Instant OccurredAt) : ISurveyResponseEvent;
