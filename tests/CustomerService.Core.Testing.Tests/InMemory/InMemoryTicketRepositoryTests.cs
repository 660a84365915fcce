using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Customers;
using CustomerService.Core.Ports;
using CustomerService.Core.Testing.InMemory;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Testing.Tests.InMemory;

public sealed class InMemoryTicketRepositoryTests
{
    private static readonly Instant Opened = Instant.FromUtc(2025, 3, 7, 21, 0);

    private readonly InMemoryTicketRepository _repository = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndKeepsTheStoredTicket()
    {
        var ticket = NewTicket();
        await _repository.AddAsync(ticket, Ct);
        var first = (await _repository.LoadAsync(ticket.Id, Ct))!;
        var second = (await _repository.LoadAsync(ticket.Id, Ct))!;
        first.ChangePriority(Priority.Urgent, Opened + Duration.FromMinutes(1));
        await _repository.SaveAsync(first, expectedVersion: 1, Ct);

        second.ChangePriority(Priority.Low, Opened + Duration.FromMinutes(2));
        var save = () => _repository.SaveAsync(second, expectedVersion: 1, Ct);

        var conflict = (await save.Should().ThrowAsync<ConcurrencyConflictException>()).Which;
        conflict.ExpectedVersion.Should().Be(1);
        conflict.ActualVersion.Should().Be(2);
        var stored = (await _repository.LoadAsync(ticket.Id, Ct))!;
        stored.Priority.Should().Be(Priority.Urgent);
        stored.Version.Should().Be(2);
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_ThrowsConflict()
    {
        var ticket = NewTicket();
        await _repository.AddAsync(ticket, Ct);

        var add = () => _repository.AddAsync(ticket, Ct);

        await add.Should().ThrowAsync<ConcurrencyConflictException>();
        _repository.Count.Should().Be(1);
    }

    [Fact]
    public async Task LoadAsync_ReturnsAFreshTicketWithTheWholeHistory()
    {
        var ticket = NewTicket();
        ticket.AddAgentReply(AgentId.New(), "On it.", isPublic: true, Opened + Duration.FromMinutes(5));
        await _repository.AddAsync(ticket, Ct);

        var loaded = (await _repository.LoadAsync(ticket.Id, Ct))!;

        loaded.Should().NotBeSameAs(ticket);
        loaded.History.Should().Equal(ticket.History);
        loaded.Version.Should().Be(ticket.Version);
        (await _repository.LoadAsync(TicketId.New(), Ct)).Should().BeNull();
    }

    [Fact]
    public async Task ListDueForSlaCheckAsync_FollowsTheRecordedNextCheckUntilTheTicketChanges()
    {
        var ticket = NewTicket();
        await _repository.AddAsync(ticket, Ct);
        var nextCheck = Opened + Duration.FromHours(1);

        (await _repository.ListDueForSlaCheckAsync(Opened, 10, Ct)).Should().ContainSingle("a ticket never checked is due at once");

        await _repository.SetNextSlaCheckAsync(ticket.Id, ticket.Version, nextCheck, Ct);
        (await _repository.ListDueForSlaCheckAsync(nextCheck - Duration.Epsilon, 10, Ct)).Should().BeEmpty();
        (await _repository.ListDueForSlaCheckAsync(nextCheck, 10, Ct)).Should().ContainSingle();

        ticket.ChangePriority(Priority.Urgent, Opened + Duration.FromMinutes(1));
        await _repository.SaveAsync(ticket, expectedVersion: 1, Ct);
        (await _repository.ListDueForSlaCheckAsync(Opened, 10, Ct)).Should().ContainSingle("a saved ticket is due again at once");

        await _repository.SetNextSlaCheckAsync(ticket.Id, ticketVersion: 1, nextCheck, Ct);
        (await _repository.ListDueForSlaCheckAsync(Opened, 10, Ct)).Should().ContainSingle("a check recorded for an older version is ignored");
    }

    [Fact]
    public async Task ListDueForSlaCheckAsync_LeavesOutClosedTicketsAndThoseWithNothingToCome()
    {
        var closed = NewTicket();
        closed.Solve(Opened + Duration.FromMinutes(1));
        closed.Close(Opened + Duration.FromMinutes(2));
        var quiet = NewTicket();
        await _repository.AddAsync(closed, Ct);
        await _repository.AddAsync(quiet, Ct);
        await _repository.SetNextSlaCheckAsync(quiet.Id, quiet.Version, nextCheckAt: null, Ct);

        (await _repository.ListDueForSlaCheckAsync(Opened + Duration.FromDays(365), 10, Ct)).Should().BeEmpty();
    }

    private static Ticket NewTicket() => Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Cannot sign in", Opened);
}
