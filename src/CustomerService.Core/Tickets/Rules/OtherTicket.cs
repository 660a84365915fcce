using System;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Tickets.Rules;

/// <summary>The check shared by the two merge events: the other ticket is a real id and not the ticket itself.</summary>
internal static class OtherTicket
{
    public static TicketId Require(TicketId ticketId, TicketId other, [CallerArgumentExpression(nameof(other))] string? parameterName = null)
    {
        Guard.Against.Default(other, parameterName);
        return other != ticketId ? other : throw new ArgumentException("A merge needs two different tickets.", parameterName);
    }
}
