using System;
using System.Globalization;
using Ardalis.GuardClauses;
using CustomerService.Core.Tickets;

namespace CustomerService.Core.Surveys;

/// <summary>
/// What makes a ticket's survey response unique: the ticket, the survey kind and the solve cycle. A
/// ticket has at most one <see cref="SurveyResponse"/> per key.
/// </summary>
/// <remarks>
/// <para>
/// The rule spans aggregates, so no single <see cref="SurveyResponse"/> can enforce it: the survey
/// response repository does, by refusing to add a response whose key is already stored (a unique index
/// on the three values), and the survey dispatch service looks the key up before sending. Inside one
/// response, answering again revises its score; it never makes a second response.
/// </para>
/// <para>
/// A cycle is the ticket's <see cref="Ticket.SolveCount"/> when the survey was sent: 1 after the first
/// solve, 2 after it was reopened and solved again, and so on (0 for a survey sent before the first
/// solve). Responses without a ticket have no key: nothing limits them.
/// </para>
/// </remarks>
public readonly record struct SurveyResponseKey
{
    /// <summary>Creates a key.</summary>
    /// <param name="ticketId">The ticket surveyed.</param>
    /// <param name="kind">The survey kind.</param>
    /// <param name="cycle">The ticket's solve count when the survey was sent; not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is the default value, or <paramref name="kind"/> is not defined (<see cref="System.ComponentModel.InvalidEnumArgumentException"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cycle"/> is negative.</exception>
    public SurveyResponseKey(TicketId ticketId, SurveyKind kind, int cycle)
    {
        TicketId = Guard.Against.Default(ticketId);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Cycle = Guard.Against.Negative(cycle);
    }

    /// <summary>Gets the ticket surveyed.</summary>
    public TicketId TicketId { get; }

    /// <summary>Gets the survey kind.</summary>
    public SurveyKind Kind { get; }

    /// <summary>Gets the ticket's solve cycle the survey is about.</summary>
    public int Cycle { get; }

    /// <summary>Returns the three values, e.g. <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301/Csat/2</c>.</summary>
    /// <returns>The ticket id, the kind and the cycle, separated by <c>/</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TicketId}/{Kind}/{Cycle}");
}
