using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CustomerService.Core.Tickets;

/// <summary>
/// The outcome of <see cref="Ticket.Import"/>: either the rebuilt <see cref="Ticket"/>, or every
/// <see cref="Problems">problem</see> found in the history. Never both.
/// </summary>
public sealed class TicketImportResult
{
    private readonly Ticket? _ticket;

    internal TicketImportResult(Ticket? ticket, IReadOnlyList<TicketHistoryProblem> problems)
    {
        _ticket = problems.Count == 0 ? ticket : null;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether the history was valid and the ticket rebuilt.</summary>
    public bool IsSuccess => Problems.Count == 0;

    /// <summary>Gets the rebuilt ticket.</summary>
    /// <exception cref="InvalidOperationException">The history had problems; read <see cref="Problems"/>.</exception>
    public Ticket Ticket => _ticket ?? throw new InvalidOperationException(
        string.Create(CultureInfo.InvariantCulture, $"The history has {Problems.Count} problem(s); the first is {Problems[0]}"));

    /// <summary>Gets every problem found, by position in the sequence given; empty when <see cref="IsSuccess"/>.</summary>
    public IReadOnlyList<TicketHistoryProblem> Problems { get; }

    /// <summary>Gets the ticket if the import succeeded.</summary>
    /// <param name="ticket">The ticket, or <see langword="null"/> when there were problems.</param>
    /// <returns><see cref="IsSuccess"/>.</returns>
    public bool TryGetTicket([NotNullWhen(true)] out Ticket? ticket)
    {
        ticket = _ticket;
        return ticket is not null;
    }
}
