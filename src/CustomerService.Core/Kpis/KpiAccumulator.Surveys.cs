using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Customers;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Kpis;

/// <content>Adding a survey response: CSAT, NPS or CES.</content>
public sealed partial class KpiAccumulator
{
    /// <summary>
    /// Adds a survey response with no ticket or tier at hand: see
    /// <see cref="Add(SurveyResponse, Ticket?, CustomerTier?)"/> (the group, channel, priority and tier
    /// dimensions are then "none").
    /// </summary>
    /// <param name="response">The response. Add each response once, to one accumulator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public void Add(SurveyResponse response) => Add(response, null, null);

    /// <summary>
    /// Adds a survey response to the KPI of its kind: <see cref="KpiFigures.Csat"/>,
    /// <see cref="KpiFigures.Nps"/> or <see cref="KpiFigures.Ces"/>, from its current score and the
    /// band its scale gives it. An unanswered response is not rated and adds nothing; a revised one
    /// counts once, with its latest score.
    /// </summary>
    /// <param name="response">The response. Add each response once, to one accumulator.</param>
    /// <param name="ticket">
    /// The response's ticket, for the group, channel and priority dimensions (its values at the end of
    /// its history, as for the ticket KPIs); <see langword="null"/> when there is none or it is not
    /// at hand (those dimensions are then "none").
    /// </param>
    /// <param name="customerTier">The customer's tier, for <see cref="KpiDimensions.CustomerTier"/>; <see langword="null"/> when unknown.</param>
    /// <remarks>
    /// The agent is <see cref="SurveyResponse.AttributedAgentId"/> (the assignee when the survey was
    /// sent), not the ticket's current assignee. The response is counted in the period of its current
    /// answer (<see cref="SurveyResponse.AnsweredAt"/>). Responses do not change
    /// <see cref="TicketCount"/> or any ticket KPI.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticket"/> is not the response's ticket; nothing is added.</exception>
    public void Add(SurveyResponse response, Ticket? ticket, CustomerTier? customerTier)
    {
        Guard.Against.Null(response);
        if (ticket is not null && ticket.Id != response.TicketId)
        {
            throw new ArgumentException("The ticket is not the survey response's.", nameof(ticket));
        }

        Add(response, ticket?.GroupId, ticket?.Channel, ticket?.Priority, customerTier);
    }

    /// <summary>
    /// Adds a survey response with its ticket's dimensions given as values: for a reader that streams
    /// tickets and responses from separate files and keeps only these values of the surveyed tickets.
    /// </summary>
    internal void Add(SurveyResponse response, GroupId? group, Channel? channel, Priority? priority, CustomerTier? customerTier)
    {
        if (response.Score is not { } score || response.AnsweredAt is not { } at)
        {
            return;
        }

        var sentiment = response.Scale.Classify(score);
        Begin(new KpiSubject(response.AttributedAgentId, group, channel, priority, customerTier));
        foreach (var cell in Route(at))
        {
            switch (response.Kind)
            {
                case SurveyKind.Csat:
                    cell.Csat = cell.Csat.Add(sentiment == SurveySentiment.Satisfied);
                    break;
                case SurveyKind.Nps:
                    cell.Nps = cell.Nps.Add(sentiment == SurveySentiment.Promoter, sentiment == SurveySentiment.Detractor);
                    break;
                default:
                    cell.Ces = cell.Ces.Add(score, sentiment == SurveySentiment.Easy);
                    break;
            }
        }
    }
}
