using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Ports;
using CustomerService.Core.Testing.Contracts;
using CustomerService.Core.Testing.InMemory;

namespace CustomerService.Core.Testing.Tests.Contracts;

public sealed class RepositoryContractTests
{
    /// <summary>What the contract's aggregates hold that would be personal data for a real customer; no report may show it.</summary>
    private static readonly string[] SamplePersonalData =
    [
        "Contract Customer", "contract.customer@example.com", "+442079460000", "@contract-customer", "contract.two@example.org", "+14155550100",
        "Contract message", "Contract public reply", "Contract internal note", "Contract note", "Contract comment", "cannot sign in",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VerifyAsync_InMemoryTicketRepository_KeepsEveryClause()
    {
        var report = await RepositoryContract.VerifyAsync(() => new InMemoryTicketRepository(), Ct);

        report.Passed.Should().BeTrue();
        report.Port.Should().Be(nameof(ITicketRepository));
        report.Implementation.Should().Be(nameof(InMemoryTicketRepository));
        report.Clauses.Should().HaveCount(18).And.OnlyHaveUniqueItems().And.Contain(
            ["ticket.add.round_trip", "ticket.save.stale_version", "ticket.save.concurrent", "ticket.list_for_customer", "ticket.sla.stale_check_ignored", "ticket.sla.limit_and_order"]);
        report.ToString().Should().StartWith("ITicketRepository (InMemoryTicketRepository) keeps all 18 clauses of its contract: ticket.load.missing, ");
    }

    [Fact]
    public async Task VerifyAsync_InMemoryCustomerRepository_KeepsEveryClause()
    {
        var report = await RepositoryContract.VerifyAsync(() => new InMemoryCustomerRepository(), Ct);

        report.Passed.Should().BeTrue();
        report.Clauses.Should().HaveCount(10).And.AllSatisfy(c => c.Should().StartWith("customer."));
    }

    [Fact]
    public async Task VerifyAsync_InMemoryEscalationRepository_KeepsEveryClause()
    {
        var report = await RepositoryContract.VerifyAsync(() => new InMemoryEscalationRepository(), Ct);

        report.Passed.Should().BeTrue();
        report.Clauses.Should().HaveCount(15).And.Contain(["escalation.add.open_key_taken", "escalation.add.step_key_taken", "escalation.save.step_key_taken", "escalation.list_pending_notifications"]);
    }

    [Fact]
    public async Task VerifyAsync_InMemorySurveyResponseRepository_KeepsEveryClause()
    {
        var report = await RepositoryContract.VerifyAsync(() => new InMemorySurveyResponseRepository(), Ct);

        report.Passed.Should().BeTrue();
        report.Clauses.Should().HaveCount(12).And.Contain(["survey_response.add.key_taken", "survey_response.list_for_ticket", "survey_response.save.concurrent"]);
    }

    [Fact]
    public async Task VerifyAsync_WithAStorePerClause_OpensARepositoryPerUnitOfWork_AndDisposesWhatItWasGiven()
    {
        var stores = new List<Store>();
        var opened = new List<UnitOfWork>();

        var report = await RepositoryContract.VerifyAsync(
            _ =>
            {
                var store = new Store();
                stores.Add(store);
                return Task.FromResult(store);
            },
            store =>
            {
                var unitOfWork = new UnitOfWork(store.Tickets);
                lock (opened)
                {
                    opened.Add(unitOfWork);
                }

                return unitOfWork;
            },
            Ct);

        report.Passed.Should().BeTrue();
        report.Implementation.Should().Be(nameof(UnitOfWork));
        stores.Should().HaveCount(report.Clauses.Count, "each clause gets a fresh store");
        opened.Count.Should().BeGreaterThan(2 * stores.Count, "each load-change-save and each concurrent writer opens its own repository");
        stores.Should().OnlyContain(s => s.IsDisposed);
        opened.Should().OnlyContain(u => u.IsDisposed);
    }

    [Fact]
    public async Task VerifyAsync_RepositoryThatIgnoresTheExpectedVersion_FailsTheVersionClauses()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new LastWriterWinsTicketRepository(), Ct));

        failure.Violations.Select(v => v.Clause).Should().Contain(["ticket.save.stale_version", "ticket.save.version_ahead"]);
        var lostUpdate = failure.Violations.Single(v => v.Clause == "ticket.save.stale_version");
        lostUpdate.Rule.Should().Contain("no lost update");
        lostUpdate.Expected.Should().Be("ConcurrencyConflictException: the first writer saved over that version");
        lostUpdate.Found.Should().Be("saving the second writer's change with the version both loaded (1) succeeded");
        failure.Message.Should().Contain("[ticket.save.stale_version]").And.Contain("Expected: ConcurrencyConflictException").And.Contain("Found:    saving the second writer's change");
    }

    [Fact]
    public async Task VerifyAsync_RepositoryThatChecksTheVersionItLoadedNotTheStore_LosesUpdates_AndLetsConcurrentWritersAllWin()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new VersionCheckedInMemoryTicketRepository(), Ct));

        failure.Violations.Select(v => v.Clause).Should().Contain(["ticket.save.stale_version", "ticket.save.concurrent"]);
        var concurrent = failure.Violations.Single(v => v.Clause == "ticket.save.concurrent");
        concurrent.Expected.Should().Be("exactly one save to succeed");
        concurrent.Found.Should().Be("8 saves succeeded");
        failure.Violations.Should().NotContain(v => v.Clause == "ticket.save.expected_version" || v.Clause == "ticket.add.round_trip");
    }

    [Fact]
    public async Task VerifyAsync_RepositoryThatDropsAHistoryEvent_FailsTheRoundTrips_NamingTheEvent()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new DropsCategoryEventsTicketRepository(), Ct));

        failure.Violations.Select(v => v.Clause).Should().BeEquivalentTo(["ticket.add.round_trip", "ticket.save.round_trip"]);
        var roundTrip = failure.Violations.Single(v => v.Clause == "ticket.add.round_trip");
        roundTrip.Expected.Should().Be("the ticket with every kind of event as stored, in every field and history event");
        roundTrip.Found.Should().Contain("Version: expected 32, found 29").And.Contain("History: expected 32 events, found 29")
            .And.Contain("History[18]: expected CategoryChanged at 2025-03-10T09:09:00Z, found TicketStatusChanged at 2025-03-10T09:10:00Z");
        failure.Violations.Single(v => v.Clause == "ticket.save.round_trip").Found.Should().Contain("ConcurrencyConflictException");
    }

    [Fact]
    public async Task VerifyAsync_RepositoryThatIgnoresTheVersionOfTheNextCheck_FailsOnlyThatClause()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new IgnoresNextCheckVersionTicketRepository(), Ct));

        var violation = failure.Violations.Should().ContainSingle().Which;
        violation.Clause.Should().Be("ticket.sla.stale_check_ignored");
        violation.Expected.Should().Be("the ticket among the tickets due by 2025-03-10T09:00:00Z (the check was recorded for the version before the save)");
        violation.Found.Should().Be("it was not listed");
    }

    [Fact]
    public async Task VerifyAsync_RepositoryThatThrows_ReportsTheStepAndTheException_ForEveryClauseThatNeedsIt()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new NoDueQueryTicketRepository(), Ct));

        failure.Violations.Should().HaveCount(7).And.OnlyContain(v => v.Clause.StartsWith("ticket.sla.", StringComparison.Ordinal));
        var first = failure.Violations[0];
        first.Expected.Should().StartWith("listing the tickets due for an SLA check by ").And.EndWith(" to succeed");
        first.Found.Should().Be("NotSupportedException: The due query is not written yet.");
        failure.Message.Should().StartWith("ITicketRepository (NoDueQueryTicketRepository) breaks 7 of 18 clauses of its contract:\n1. [ticket.sla.never_checked_is_due]")
            .And.Contain("\n7. [ticket.sla.limit_and_order]");
    }

    [Fact]
    public async Task VerifyAsync_RepositoryThatKeepsTheObjectsItIsGiven_FailsTheCopyClauses()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new KeepsReferencesTicketRepository(), Ct));

        failure.Violations.Select(v => v.Clause).Should().Contain(["ticket.add.stores_a_copy", "ticket.add.round_trip"]);
        failure.Violations.Single(v => v.Clause == "ticket.add.round_trip").Found.Should().Be("the very object that was added");
        failure.Violations.Single(v => v.Clause == "ticket.add.stores_a_copy").Found.Should().Be("version 2, with a change made in memory after the add and never saved");
    }

    [Fact]
    public async Task VerifyAsync_CustomerRepositoryThatDropsAField_FailsTheRoundTrips_NamingTheFieldWithoutItsValue()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new DropsLocaleCustomerRepository(), Ct));

        failure.Violations.Select(v => v.Clause).Should().BeEquivalentTo(["customer.add.round_trip", "customer.save.round_trip"]);
        failure.Violations[0].Expected.Should().Be("the customer with every field set as stored, in every field and history event");
        failure.Violations[0].Found.Should().Be("Locale: differs (value not shown: it may be personal data)");
        failure.Message.Should().NotContain("en-GB");
    }

    [Fact]
    public async Task VerifyAsync_EscalationRepositoryThatForgetsUniqueness_FailsExactlyTheUniquenessClauses()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new ForgetsUniquenessEscalationRepository(), Ct));

        failure.Violations.Select(v => v.Clause).Should().Equal("escalation.add.open_key_taken", "escalation.add.step_key_taken", "escalation.save.step_key_taken");
        failure.Violations[0].Found.Should().StartWith("adding a second open escalation of the ticket to the team lead for risk").And.EndWith(" succeeded");
    }

    [Fact]
    public async Task VerifyAsync_SurveyResponseRepositoryThatForgetsTheKey_FailsExactlyTheKeyClause()
    {
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new ForgetsUniquenessSurveyResponseRepository(), Ct));

        failure.Violations.Should().ContainSingle().Which.Should().Be(new ContractViolation(
            "survey_response.add.key_taken",
            "Adding a response with the key (ticket, kind, solve cycle) of a stored one throws ConcurrencyConflictException and writes nothing; another kind, another cycle or no ticket does not conflict.",
            "ConcurrencyConflictException: a response has that key",
            "adding a second CSAT response for the ticket's first solve succeeded"));
    }

    [Fact]
    public async Task VerifyAsync_Reports_NeverShowPersonalData()
    {
        var failures = new[]
        {
            await VerifyFails(() => RepositoryContract.VerifyAsync(() => new DropsCategoryEventsTicketRepository(), Ct)),
            await VerifyFails(() => RepositoryContract.VerifyAsync(() => new KeepsReferencesTicketRepository(), Ct)),
            await VerifyFails(() => RepositoryContract.VerifyAsync(() => new DropsLocaleCustomerRepository(), Ct)),
            await VerifyFails(() => RepositoryContract.VerifyAsync(() => new ForgetsUniquenessEscalationRepository(), Ct)),
        };

        foreach (var text in failures.Select(f => f.Message))
        {
            foreach (var personal in SamplePersonalData)
            {
                text.Should().NotContainEquivalentOf(personal);
            }
        }
    }

    [Fact]
    public async Task VerifyAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var verify = () => RepositoryContract.VerifyAsync(() => new InMemoryTicketRepository(), cancellation.Token);

        await verify.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task VerifyAsync_NullFactories_ThrowArgumentNull()
    {
        var noFactory = () => RepositoryContract.VerifyAsync((Func<ITicketRepository>)null!, Ct);
        var noStore = () => RepositoryContract.VerifyAsync<Store>(null!, s => s.Tickets, Ct);
        var noOpen = () => RepositoryContract.VerifyAsync(_ => Task.FromResult(new Store()), (Func<Store, ICustomerRepository>)null!, Ct);

        await noFactory.Should().ThrowAsync<ArgumentNullException>().WithParameterName("createRepository");
        await noStore.Should().ThrowAsync<ArgumentNullException>().WithParameterName("createStore");
        await noOpen.Should().ThrowAsync<ArgumentNullException>().WithParameterName("openRepository");
    }

    [Fact]
    public async Task VerifyAsync_FactoryThatReturnsNull_ThrowsInvalidOperation()
    {
        var verify = () => RepositoryContract.VerifyAsync(() => (ITicketRepository)null!, Ct);

        await verify.Should().ThrowAsync<InvalidOperationException>().WithMessage("*ITicketRepository*returned null*");
    }

    [Fact]
    public async Task HostingDoc_ShowsRealClausesInTheRealReportFormat()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "CustomerService.Core.sln")))
        {
            directory = directory.Parent!;
        }

        var doc = await File.ReadAllTextAsync(Path.Combine(directory.FullName, "docs", "hosting.md"), Ct);
        var failure = await VerifyFails(() => RepositoryContract.VerifyAsync(() => new DropsCategoryEventsTicketRepository(), Ct));

        var documented = Regex.Matches(doc, @"\[(ticket\.[a-z_.]+)\]").Select(m => m.Groups[1].Value).ToList();
        documented.Should().NotBeEmpty().And.BeSubsetOf(failure.Report.Clauses);
        var roundTrip = failure.Violations.Single(v => v.Clause == "ticket.add.round_trip").ToString();
        doc.Should().Contain(string.Join("\n  ", roundTrip.Split('\n')), "the example report is what the check prints");
    }

    private static async Task<ContractViolationException> VerifyFails(Func<Task<ContractReport>> verify)
    {
        var failure = (await verify.Should().ThrowAsync<ContractViolationException>()).Which;
        failure.Report.Passed.Should().BeFalse();
        failure.Violations.Should().Equal(failure.Report.Violations);
        failure.Message.Should().Be(failure.Report.ToString());
        return failure;
    }

    /// <summary>A store as a host's test database would be: shared by the repositories opened over it, disposed at the end of the clause.</summary>
    private sealed class Store : IDisposable
    {
        public InMemoryTicketRepository Tickets { get; } = new();

        public bool IsDisposed { get; private set; }

        public void Dispose() => IsDisposed = true;
    }

    /// <summary>A repository for one unit of work over a shared store, disposable as a DbContext is.</summary>
    private sealed class UnitOfWork(ITicketRepository store) : TicketRepositoryDecorator(store), IAsyncDisposable
    {
        public bool IsDisposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            IsDisposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
