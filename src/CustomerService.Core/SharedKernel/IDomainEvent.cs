using NodaTime;

namespace CustomerService.Core.SharedKernel;

/// <summary>
/// A fact that happened inside an aggregate, named in the past tense (<c>TicketSolved</c>, not
/// <c>SolveTicket</c>). Aggregates record events as they change; the host publishes them through its
/// event publisher port after saving.
/// </summary>
public interface IDomainEvent
{
    /// <summary>Gets the instant at which the fact happened (not the instant it was recorded or published).</summary>
    Instant OccurredAt { get; }
}
