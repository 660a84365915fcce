using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Escalations;
using CustomerService.Core.Escalations.Events;
using CustomerService.Core.Ports;
using CustomerService.Core.Sla;
using CustomerService.Core.Surveys;
using CustomerService.Core.Testing.InMemory;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Testing.Tests.InMemory;

/// <summary>
/// Many writers load, change and save one aggregate at once, over and over: every save either lands
/// or is refused, and none is lost (the final version counts exactly the saves that landed).
/// </summary>
public sealed class InMemoryRepositoryConcurrencyTests
{
    private const int Writers = 8;

    private const int AttemptsEach = 25;

    private static readonly Instant At = Instant.FromUtc(2025, 3, 10, 9, 0);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TicketRepository_UnderConcurrentWriters_LosesNoUpdate()
    {
        var repository = new InMemoryTicketRepository();
        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.Normal, "Race", At);
        await repository.AddAsync(ticket, Ct);

        var (successes, conflicts) = await RaceAsync(
            async () => (await repository.LoadAsync(ticket.Id, Ct))!,
            t => t.Version,
            (t, writer, attempt) => t.SetCustomField($"w{writer}", CustomFieldValue.FromNumber(attempt), At),
            (t, version) => repository.SaveAsync(t, version, Ct));

        var stored = (await repository.LoadAsync(ticket.Id, Ct))!;
        AssertNoUpdateLost(successes, conflicts, stored.Version, ticket.Version);
        stored.History.OfType<CustomFieldChanged>().Should().HaveCount(successes, "every save that landed is in the history");
    }

    [Fact]
    public async Task CustomerRepository_UnderConcurrentWriters_LosesNoUpdate()
    {
        var repository = new InMemoryCustomerRepository();
        var customer = Customer.Register(CustomerId.New(), CustomerTier.Standard, At);
        await repository.AddAsync(customer, Ct);

        var (successes, conflicts) = await RaceAsync(
            async () => (await repository.LoadAsync(customer.Id, Ct))!,
            c => c.Version,
            (c, writer, attempt) => c.ChangeTier(CustomerTier.Create($"w{writer}-{attempt}"), At),
            (c, version) => repository.SaveAsync(c, version, Ct));

        var stored = (await repository.LoadAsync(customer.Id, Ct))!;
        AssertNoUpdateLost(successes, conflicts, stored.Version, customer.Version);
    }

    [Fact]
    public async Task SurveyResponseRepository_UnderConcurrentWriters_LosesNoUpdate()
    {
        var repository = new InMemorySurveyResponseRepository();
        var response = SurveyResponse.Send(SurveyResponseId.New(), SurveyDefinition.Nps, CustomerId.New(), TicketId.New(), 1, null, At);
        await repository.AddAsync(response, Ct);

        var (successes, conflicts) = await RaceAsync(
            async () => (await repository.LoadAsync(response.Id, Ct))!,
            r => r.Version,
            (r, _, _) => r.Answer(((r.Score ?? 0) + 1) % 11, At),
            (r, version) => repository.SaveAsync(r, version, Ct));

        var stored = (await repository.LoadAsync(response.Id, Ct))!;
        AssertNoUpdateLost(successes, conflicts, stored.Version, response.Version);
        stored.Answers.Should().HaveCount(successes);
    }

    [Fact]
    public async Task EscalationRepository_UnderConcurrentWriters_LosesNoUpdate()
    {
        var repository = new InMemoryEscalationRepository();
        var ticketId = TicketId.New();
        var escalation = TicketEscalations.None(ticketId).Raise(
            EscalationId.New(), EscalationKind.Hierarchical, new EscalationLevel(1), EscalationTarget.Assignee, EscalationTarget.TeamLead, EscalationReason.SlaAtRisk, null, At);
        await repository.AddAsync(escalation, Ct);
        var threshold = SlaWarningThreshold.PercentOfTarget(75);

        var (successes, conflicts) = await RaceAsync(
            async () => (await repository.LoadAsync(escalation.Id, Ct))!,
            e => e.Version,
            (e, writer, attempt) => e.Absorb(
                new PlannedEscalation(
                    new EscalationKey(ticketId, $"w{writer}-{attempt}", 1, "race", new EscalationLevel(1)),
                    EscalationRule.OnWarning(threshold, new EscalationLevel(1), EscalationKind.Hierarchical, EscalationTarget.TeamLead),
                    new SlaWarningReached($"w{writer}-{attempt}", 1, "race", 1, At, threshold),
                    At),
                At),
            (e, version) => repository.SaveAsync(e, version, Ct));

        var stored = (await repository.LoadAsync(escalation.Id, Ct))!;
        AssertNoUpdateLost(successes, conflicts, stored.Version, escalation.Version);
        stored.History.OfType<EscalationStepAbsorbed>().Should().HaveCount(successes);
    }

    private static void AssertNoUpdateLost(int successes, int conflicts, long finalVersion, long initialVersion)
    {
        (successes + conflicts).Should().Be(Writers * AttemptsEach, "every attempt either lands or is refused");
        successes.Should().BeGreaterThanOrEqualTo(AttemptsEach, "a writer's save fails only because another's landed");
        finalVersion.Should().Be(initialVersion + successes, "each save that landed added one event, and none was overwritten");
    }

    /// <summary>Runs <see cref="Writers"/> writers at once, each <see cref="AttemptsEach"/> times loading, changing (one event) and saving with the version it loaded.</summary>
    private static async Task<(int Successes, int Conflicts)> RaceAsync<T>(Func<Task<T>> load, Func<T, long> versionOf, Action<T, int, int> change, Func<T, long, Task> save)
    {
        var (successes, conflicts) = (0, 0);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(
            async () =>
            {
                await start.Task;
                for (var attempt = 0; attempt < AttemptsEach; attempt++)
                {
                    var loaded = await load();
                    var version = versionOf(loaded);
                    change(loaded, writer, attempt);
                    try
                    {
                        await save(loaded, version);
                        Interlocked.Increment(ref successes);
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            },
            Ct)).ToList();

        start.SetResult();
        await Task.WhenAll(writers);
        return (successes, conflicts);
    }
}
