using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Tickets;

/// <summary>
/// One thing wrong with a ticket history given to <see cref="Ticket.Import"/> or
/// <see cref="Ticket.Rehydrate"/>: the position of the event in the sequence given, a stable
/// <see cref="Code"/> (a <c>ticket.history.*</c> code or the code of the rule the event breaks, see
/// <see cref="TicketErrors"/>) and a readable message without personal data.
/// </summary>
public sealed record TicketHistoryProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="index">The 0-based position of the event in the sequence as given (before any sorting); -1 for the history as a whole.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="message">A readable description.</param>
    /// <exception cref="ArgumentException"><paramref name="index"/> is less than -1, or <paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public TicketHistoryProblem(int index, string code, string message)
    {
        Index = Guard.Against.OutOfRange(index, nameof(index), -1, int.MaxValue);
        Code = Guard.Against.NullOrWhiteSpace(code);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>Gets the 0-based position of the event in the sequence as given; -1 for the history as a whole.</summary>
    public int Index { get; }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets a readable description.</summary>
    public string Message { get; }

    /// <summary>Returns <c>[index] code: message</c>.</summary>
    /// <returns>The problem in one line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Index}] {Code}: {Message}");
}
