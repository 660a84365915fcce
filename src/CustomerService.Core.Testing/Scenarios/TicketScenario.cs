using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Ardalis.GuardClauses;
using CustomerService.Core.Calendars;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;
using NodaTime.Testing;

namespace CustomerService.Core.Testing.Scenarios;

/// <summary>
/// A support story told to a real <see cref="Ticket"/> and evaluated by the real <see cref="SlaEngine"/>:
/// <c>TicketScenario.Under(policies, calendars).OpenedAt("2025-03-07 16:00", newYork).WithPriority(Priority.High)
/// .CustomerWrites().After(Duration.FromMinutes(40)).AgentReplies().EvaluateAt("2025-03-10 09:30")</c>.
/// </summary>
/// <remarks>
/// <para>
/// A scenario is immutable: every verb returns a new scenario and leaves this one as it was, so a story's
/// beginning can be kept in a field and continued differently by each test. A scenario has a clock, <see cref="Now"/>:
/// <see cref="After"/> and <see cref="At(Instant)"/> move it forward (never back), and each verb happens at it.
/// </para>
/// <para>
/// First describe the ticket as it arrived (<see cref="WithPriority"/>, <see cref="Via"/>, <see cref="ForCustomer(SlaCustomerContext)"/>,
/// <see cref="InGroup"/>, <see cref="WithTags"/>, <see cref="WithCustomField"/>, <see cref="ByAgent"/>), then tell its story. Messages say who
/// wrote them (<see cref="CustomerWrites"/>, <see cref="AgentReplies"/>); changes say what happened to the ticket
/// (<see cref="Solved"/>, <see cref="PriorityChangedTo"/>).
/// </para>
/// <para>
/// Each verb is applied to a real ticket at once, so a verb the ticket's rules reject throws the ticket's own
/// <see cref="SharedKernel.DomainRuleViolationException"/> (with its <see cref="TicketErrors"/> code) where the story
/// says it, and the scenario it was called on is unchanged. Message bodies and the subject are fixed placeholder
/// texts: no SLA reads them.
/// </para>
/// </remarks>
public sealed partial class TicketScenario
{
    private readonly TicketScenarioSetup _setup;
    private readonly ScenarioOpening _opening;
    private readonly ImmutableList<Step> _steps;

    // Built by replaying the opening and the steps; never changed after construction, so History can be handed out.
    private readonly Ticket _ticket;

    private TicketScenario(TicketScenarioSetup setup, ScenarioOpening opening, ImmutableList<Step> steps, Ticket ticket, Instant now)
    {
        _setup = setup;
        _opening = opening;
        _steps = steps;
        _ticket = ticket;
        Now = now;
    }

    /// <summary>Gets the story's clock: the instant at which the next verb happens.</summary>
    public Instant Now { get; }

    /// <summary>Gets the zone the story is told in: local times given to <see cref="At(string)"/> and <see cref="EvaluateAt(string)"/> are read in it (UTC when the story was opened at an <see cref="Instant"/>).</summary>
    public DateTimeZone Zone => _opening.Zone;

    /// <summary>Gets the id of the story's ticket.</summary>
    public TicketId TicketId => _opening.TicketId;

    /// <summary>Gets the agent who acts when a verb names none: a new id for each story, unless <see cref="ByAgent"/> named the one who opened it.</summary>
    public AgentId Agent => _opening.OpenedByAgent ?? _opening.Agent;

    /// <summary>Gets what the engine is told about the customer: the tier policy conditions test, and the calendar of their entitlement.</summary>
    public SlaCustomerContext Customer => _opening.Customer;

    /// <summary>Gets the ticket's history so far, oldest first: what the engine replays, as <see cref="Ticket.History"/> gives it.</summary>
    public IReadOnlyList<ITicketEvent> History => _ticket.History;

    /// <summary>Starts a story under a policy set and the calendars it names.</summary>
    /// <param name="policies">The policy set.</param>
    /// <param name="calendars">The calendars; every calendar id the policy set names must be among them.</param>
    /// <returns>The setup, from which <c>OpenedAt</c> opens the story's ticket.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidSlaPolicyException">The policy set names calendars that are not given; every one is listed.</exception>
    /// <exception cref="ArgumentException">Two different calendars have the same id.</exception>
    public static TicketScenarioSetup Under(SlaPolicySet policies, params IEnumerable<BusinessCalendar> calendars) =>
        new(new SlaEngine(policies, calendars));

    /// <summary>Starts a story evaluated by an engine the test already has.</summary>
    /// <param name="engine">The engine.</param>
    /// <returns>The setup, from which <c>OpenedAt</c> opens the story's ticket.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is <see langword="null"/>.</exception>
    public static TicketScenarioSetup Under(SlaEngine engine) => new(Guard.Against.Null(engine));

    /// <summary>Moves the story's clock forward.</summary>
    /// <param name="duration">How much later the next verb happens; zero or more.</param>
    /// <returns>The scenario with its clock moved.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative (a story does not go back in time) or goes past the end of time.</exception>
    public TicketScenario After(Duration duration) => MoveTo(Later(duration, nameof(duration)));

    /// <summary>Moves the story's clock to an instant.</summary>
    /// <param name="instant">When the next verb happens; not before <see cref="Now"/>.</param>
    /// <returns>The scenario with its clock moved.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is before <see cref="Now"/>: a story does not go back in time.</exception>
    public TicketScenario At(Instant instant) => MoveTo(NotBeforeNow(instant, nameof(instant)));

    /// <summary>Moves the story's clock to a local date and time in <see cref="Zone"/>, resolved leniently.</summary>
    /// <param name="localDateTime">The local date and time, such as <c>2025-03-10 09:15</c> (format <c>uuuu-MM-dd HH:mm</c>, or <c>uuuu-MM-dd HH:mm:ss</c>); not before <see cref="Now"/>.</param>
    /// <returns>The scenario with its clock moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localDateTime"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The text is in neither format (the message says what is expected), or it is before <see cref="Now"/> (<see cref="ArgumentOutOfRangeException"/>).</exception>
    public TicketScenario At(string localDateTime) => MoveTo(Local(localDateTime, nameof(localDateTime)));

    /// <summary>Moves the story's clock to a local date and time in <see cref="Zone"/>, resolved leniently.</summary>
    /// <param name="localDateTime">The local date and time; not before <see cref="Now"/>.</param>
    /// <returns>The scenario with its clock moved.</returns>
    /// <exception cref="ArgumentOutOfRangeException">It is before <see cref="Now"/>: a story does not go back in time.</exception>
    public TicketScenario At(LocalDateTime localDateTime) =>
        MoveTo(NotBeforeNow(ScenarioTime.Resolve(localDateTime, Zone), nameof(localDateTime)));

    /// <summary>Evaluates the story at its clock, <see cref="Now"/>.</summary>
    /// <returns>The engine's report.</returns>
    /// <exception cref="ArgumentException">The customer's calendar (<see cref="ForCustomer(SlaCustomerContext)"/>) is not one of the engine's.</exception>
    public SlaReport EvaluateNow() => Evaluate(Now);

    /// <summary>Evaluates the story a while after its clock, as if nothing else happened meanwhile.</summary>
    /// <param name="duration">How long after <see cref="Now"/>; zero or more.</param>
    /// <returns>The engine's report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative, or goes past the end of time.</exception>
    public SlaReport EvaluateAfter(Duration duration) => Evaluate(Later(duration, nameof(duration)));

    /// <summary>Evaluates the story at an instant, as if nothing else happened after <see cref="Now"/>.</summary>
    /// <param name="instant">The evaluation instant; not before <see cref="Now"/>.</param>
    /// <returns>The engine's report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is before <see cref="Now"/>.</exception>
    public SlaReport EvaluateAt(Instant instant) => Evaluate(NotBeforeNow(instant, nameof(instant)));

    /// <summary>Evaluates the story at a local date and time in <see cref="Zone"/>, resolved leniently.</summary>
    /// <param name="localDateTime">The local date and time, such as <c>2025-03-10 09:30</c> (format <c>uuuu-MM-dd HH:mm</c>, or <c>uuuu-MM-dd HH:mm:ss</c>); not before <see cref="Now"/>.</param>
    /// <returns>The engine's report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localDateTime"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The text is in neither format (the message says what is expected), or it is before <see cref="Now"/> (<see cref="ArgumentOutOfRangeException"/>).</exception>
    public SlaReport EvaluateAt(string localDateTime) => Evaluate(Local(localDateTime, nameof(localDateTime)));

    /// <summary>Evaluates the story at a local date and time in <see cref="Zone"/>, resolved leniently.</summary>
    /// <param name="localDateTime">The local date and time; not before <see cref="Now"/>.</param>
    /// <returns>The engine's report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">It is before <see cref="Now"/>.</exception>
    public SlaReport EvaluateAt(LocalDateTime localDateTime) =>
        Evaluate(NotBeforeNow(ScenarioTime.Resolve(localDateTime, Zone), nameof(localDateTime)));

    /// <summary>
    /// Builds the story's ticket anew, as a host holding it after these commands would have it: the same history,
    /// its domain events not yet dequeued. It is a copy: changing it (or saving it in a repository) leaves the scenario as it is.
    /// </summary>
    /// <returns>A new ticket.</returns>
    public Ticket ToTicket() => Replay(_opening, _steps);

    /// <summary>Creates a fake clock set to <see cref="Now"/>, for services that take an <see cref="IClock"/> (the SLA monitor); advancing it leaves the scenario as it is.</summary>
    /// <returns>A new clock.</returns>
    public FakeClock CreateClock() => new(Now);

    /// <summary>Tells the story as text, one line per verb in the story's zone, without personal data: for a failing test's message.</summary>
    /// <returns>The story.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(_opening).AppendLine();
        foreach (var step in _steps)
        {
            text.Append("  ").Append(ScenarioTime.Format(step.At, Zone)).Append(' ').Append(step.Text).AppendLine();
        }

        return text.Append("  now ").Append(ScenarioTime.Format(Now, Zone)).ToString();
    }

    internal static TicketScenario Open(TicketScenarioSetup setup, Instant at, DateTimeZone zone)
    {
        var opening = ScenarioOpening.Default(at, zone);
        return new(setup, opening, [], opening.Open(), at);
    }

    private static Ticket Replay(ScenarioOpening opening, IEnumerable<Step> steps)
    {
        var ticket = opening.Open();
        foreach (var step in steps)
        {
            step.Apply(ticket, step.At);
        }

        return ticket;
    }

    /// <summary>Applies a verb at <see cref="Now"/> to a fresh copy of the ticket; if the ticket rejects it, this scenario is untouched.</summary>
    private TicketScenario Then(string text, Action<Ticket, Instant> apply)
    {
        var ticket = Replay(_opening, _steps);
        var version = ticket.Version;
        apply(ticket, Now);
        var step = new Step(Now, ticket.Version == version ? text + " (no change: nothing recorded)" : text, apply);
        return new(_setup, _opening, _steps.Add(step), ticket, Now);
    }

    /// <summary>Changes how the ticket was opened; only before the story has moved on from the opening.</summary>
    private TicketScenario Describe(string method, string instead, Func<ScenarioOpening, ScenarioOpening> change)
    {
        if (!_steps.IsEmpty || Now != _opening.At)
        {
            throw new InvalidOperationException(
                $"{method} describes the ticket as it was opened, so it goes right after OpenedAt, before the story's first verb and before its clock moves. {instead}");
        }

        var opening = change(_opening);
        return new(_setup, opening, [], opening.Open(), Now);
    }

    private TicketScenario MoveTo(Instant instant) => new(_setup, _opening, _steps, _ticket, instant);

    private SlaReport Evaluate(Instant at) => _setup.Engine.Evaluate(_ticket, at, _opening.Customer);

    private Instant Later(Duration duration, string parameterName)
    {
        if (duration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(parameterName, duration, $"The duration is negative: a story does not go back in time. The story is at {ScenarioTime.FormatWithZone(Now, Zone)}.");
        }

        if (duration >= Instant.MaxValue - Now)
        {
            throw new ArgumentOutOfRangeException(parameterName, duration, "The duration goes past the end of time.");
        }

        return Now + duration;
    }

    private Instant Local(string localDateTime, string parameterName) =>
        NotBeforeNow(ScenarioTime.Resolve(ScenarioTime.ParseLocal(localDateTime, parameterName), Zone), parameterName);

    private Instant NotBeforeNow(Instant instant, string parameterName) =>
        instant >= Now
            ? instant
            : throw new ArgumentOutOfRangeException(
                parameterName,
                instant,
                $"{ScenarioTime.FormatWithZone(instant, Zone)} is before the story's clock, {ScenarioTime.Format(Now, Zone)}: a story does not go back in time. "
                + "To see the ticket as it stood then, evaluate the scenario you had at that point (scenarios are immutable, so it is unchanged).");

    /// <summary>One verb of the story: when it happened, how it reads, and what it does to a ticket.</summary>
    private sealed record Step(Instant At, string Text, Action<Ticket, Instant> Apply);
}
