using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// How aggregates that rebuild themselves from a history report the events they cannot replay: each
/// problem placed at the event's position (<c>$[3]</c>), and a rebuild that must succeed failing with one
/// <see cref="ArgumentException"/> that lists the first few.
/// </summary>
internal static class HistoryProblems
{
    /// <summary>How many problems an exception message lists before "...".</summary>
    public const int InMessage = 5;

    /// <summary>The problem of the event at <paramref name="index"/>: its type and instant, then the rule it breaks (never its content).</summary>
    public static InputProblem At(int index, IDomainEvent? e, DomainError error)
    {
        var what = e is null ? "event" : string.Create(CultureInfo.InvariantCulture, $"{e.GetType().Name} at {e.OccurredAt}");
        return new InputProblem(error.Code, $"{what}: {error.Message}", PathOf(index));
    }

    /// <summary>The JSON-path-like place of an event in the sequence given: <c>$[3]</c>.</summary>
    public static string PathOf(int index) => string.Create(CultureInfo.InvariantCulture, $"$[{index}]");

    /// <summary>The exception of a history that cannot be replayed, listing the first <see cref="InMessage"/> problems.</summary>
    public static ArgumentException Exception(IReadOnlyCollection<InputProblem> problems, string parameterName)
    {
        var shown = string.Join("; ", problems.Take(InMessage));
        var more = problems.Count > InMessage ? "; ..." : string.Empty;
        return new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The history cannot be replayed ({problems.Count} problem(s)): {shown}{more}"),
            parameterName);
    }
}
