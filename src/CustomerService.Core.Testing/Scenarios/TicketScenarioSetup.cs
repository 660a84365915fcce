using System;
using Ardalis.GuardClauses;
using CustomerService.Core.Sla;
using NodaTime;

namespace CustomerService.Core.Testing.Scenarios;

/// <summary>
/// The policies and calendars a support story is told under; start one with <see cref="TicketScenario.Under(SlaPolicySet, System.Collections.Generic.IEnumerable{Calendars.BusinessCalendar})"/>
/// and open a ticket with one of the <c>OpenedAt</c> overloads. Immutable and thread-safe: keep one in a field
/// and open as many tickets from it as the tests need.
/// </summary>
public sealed class TicketScenarioSetup
{
    internal TicketScenarioSetup(SlaEngine engine) => Engine = engine;

    /// <summary>Gets the real engine every scenario of this setup is evaluated with.</summary>
    public SlaEngine Engine { get; }

    /// <summary>Opens the story's ticket at an instant; local times later in the story are read in UTC.</summary>
    /// <param name="at">The instant the customer's request arrived.</param>
    /// <returns>The scenario: a <see cref="Tickets.Priority.Normal"/> e-mail ticket of a standard-tier customer, its clock at <paramref name="at"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is not a real instant (the beginning or end of time).</exception>
    public TicketScenario OpenedAt(Instant at) => TicketScenario.Open(this, at, DateTimeZone.Utc);

    /// <summary>Opens the story's ticket at a local date and time in <paramref name="zone"/>, resolved leniently (a time in a daylight-saving gap moves forward by the gap; an ambiguous one takes the earlier offset).</summary>
    /// <param name="localDateTime">The local date and time, such as <c>2025-03-07 16:00</c> (format <c>uuuu-MM-dd HH:mm</c>, or <c>uuuu-MM-dd HH:mm:ss</c>).</param>
    /// <param name="zone">The zone the story is told in: later local times (<see cref="TicketScenario.At(string)"/>, <see cref="TicketScenario.EvaluateAt(string)"/>) are read in it.</param>
    /// <returns>The scenario: a <see cref="Tickets.Priority.Normal"/> e-mail ticket of a standard-tier customer, its clock at the opening.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="localDateTime"/> is in neither format, or is not a real date and time; the message says what is expected.</exception>
    public TicketScenario OpenedAt(string localDateTime, DateTimeZone zone) =>
        OpenedAt(ScenarioTime.ParseLocal(localDateTime, nameof(localDateTime)), zone);

    /// <summary>Opens the story's ticket at a local date and time in <paramref name="zone"/>, resolved leniently.</summary>
    /// <param name="localDateTime">The local date and time.</param>
    /// <param name="zone">The zone the story is told in: later local times are read in it.</param>
    /// <returns>The scenario, its clock at the opening.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public TicketScenario OpenedAt(LocalDateTime localDateTime, DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        return TicketScenario.Open(this, ScenarioTime.Resolve(localDateTime, zone), zone);
    }
}
