using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Tests.Tickets;

/// <summary>Ids, instants and tickets in every status, shared by the ticket tests.</summary>
internal static class TicketFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 3, 9, 0);

    public static readonly CustomerId Customer = CustomerId.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static readonly AgentId Agent = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static readonly AgentId OtherAgent = AgentId.Parse("16fd2706-8baf-433b-82eb-8c7fada847da");

    public static readonly GroupId Billing = GroupId.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d");

    public static readonly GroupId TechnicalSupport = GroupId.Parse("c9bf9e57-1685-4c89-bafb-ff5af830be8a");

    public static readonly TicketId OtherTicket = TicketId.Parse("a8098c1a-f86e-11da-bd1a-00112444be1e");

    /// <summary>T0 plus some minutes.</summary>
    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    /// <summary>A ticket a customer opened by e-mail at T0, Normal priority, status New.</summary>
    public static Ticket NewTicket(TicketId? id = null) =>
        Ticket.Open(id ?? TicketId.New(), Customer, Channel.Email, Priority.Normal, "Cannot log in", T0);

    /// <summary>A ticket brought to <paramref name="status"/> by legal commands at minutes 1 and 2.</summary>
    public static Ticket InStatus(TicketStatus status)
    {
        var ticket = NewTicket();
        switch (status)
        {
            case TicketStatus.New:
                break;
            case TicketStatus.Solved:
                ticket.Solve(At(1));
                break;
            case TicketStatus.Closed:
                ticket.Solve(At(1));
                ticket.Close(At(2));
                break;
            default:
                ticket.ChangeStatus(status, At(1));
                break;
        }

        ticket.Status.Should().Be(status);
        return ticket;
    }

    /// <summary>The command throws the rule with <paramref name="code"/> and leaves the ticket exactly as it was.</summary>
    public static DomainRuleViolationException ShouldViolate(this Ticket ticket, string code, Action command)
    {
        var before = TicketSnapshot.Of(ticket);
        var exception = command.Should().Throw<DomainRuleViolationException>().Which;
        exception.Code.Should().Be(code);
        TicketSnapshot.Of(ticket).ShouldMatch(before);
        return exception;
    }

    /// <summary>The command throws <typeparamref name="TException"/> for <paramref name="parameter"/> and leaves the ticket exactly as it was.</summary>
    public static TException ShouldRejectArgument<TException>(this Ticket ticket, string parameter, Action command)
        where TException : ArgumentException
    {
        var before = TicketSnapshot.Of(ticket);
        var exception = command.Should().Throw<TException>().Which;
        exception.ParamName.Should().Be(parameter);
        TicketSnapshot.Of(ticket).ShouldMatch(before);
        return exception;
    }

    /// <summary>The events recorded since <paramref name="version"/>.</summary>
    public static IReadOnlyList<ITicketEvent> EventsSince(this Ticket ticket, long version) => [.. ticket.History.Skip((int)version)];
}

/// <summary>Everything observable about a ticket, compared member by member.</summary>
internal sealed class TicketSnapshot
{
    public required TicketId Id { get; init; }

    public required CustomerId CustomerId { get; init; }

    public required Channel Channel { get; init; }

    public required string Subject { get; init; }

    public required AuthorKind OpenedBy { get; init; }

    public required AgentId? OpenedByAgent { get; init; }

    public required Instant OpenedAt { get; init; }

    public required Instant UpdatedAt { get; init; }

    public required TicketStatus Status { get; init; }

    public required Priority Priority { get; init; }

    public required string? Category { get; init; }

    public required AgentId? AssigneeId { get; init; }

    public required GroupId? GroupId { get; init; }

    public required string[] Tags { get; init; }

    public required string[] CustomFields { get; init; }

    public required Interaction[] Interactions { get; init; }

    public required int SolveCount { get; init; }

    public required Instant? SolvedAt { get; init; }

    public required TicketId? MergedInto { get; init; }

    public required TicketId[] AbsorbedDuplicates { get; init; }

    public required long Version { get; init; }

    public required ITicketEvent[] History { get; init; }

    public required int PendingDomainEvents { get; init; }

    public required string Text { get; init; }

    public static TicketSnapshot Of(Ticket ticket) => new()
    {
        Id = ticket.Id,
        CustomerId = ticket.CustomerId,
        Channel = ticket.Channel,
        Subject = ticket.Subject,
        OpenedBy = ticket.OpenedBy,
        OpenedByAgent = ticket.OpenedByAgent,
        OpenedAt = ticket.OpenedAt,
        UpdatedAt = ticket.UpdatedAt,
        Status = ticket.Status,
        Priority = ticket.Priority,
        Category = ticket.Category,
        AssigneeId = ticket.AssigneeId,
        GroupId = ticket.GroupId,
        Tags = [.. ticket.Tags],
        CustomFields = [.. ticket.CustomFields.Select(f => $"{f.Key}={f.Value.Kind}:{Raw(f.Value)}")],
        Interactions = [.. ticket.Interactions],
        SolveCount = ticket.SolveCount,
        SolvedAt = ticket.SolvedAt,
        MergedInto = ticket.MergedInto,
        AbsorbedDuplicates = [.. ticket.AbsorbedDuplicates],
        Version = ticket.Version,
        History = [.. ticket.History],
        PendingDomainEvents = ticket.DomainEvents.Count,
        Text = ticket.ToString(),
    };

    /// <summary>Asserts every member is equal: collections in order, events and interactions by value.</summary>
    public void ShouldMatch(TicketSnapshot expected) =>
        Differences(expected).Should().BeEmpty("the ticket should be {0}", expected.Text);

    /// <summary>The names of the members that differ (a hand-written comparison: property tests call it thousands of times).</summary>
    public IReadOnlyList<string> Differences(TicketSnapshot other)
    {
        var differences = new List<string>();
        void Check(bool same, string name)
        {
            if (!same)
            {
                differences.Add(name);
            }
        }

        Check(Id == other.Id && CustomerId == other.CustomerId && Channel == other.Channel && Subject == other.Subject, "identity");
        Check(OpenedBy == other.OpenedBy && OpenedByAgent == other.OpenedByAgent && OpenedAt == other.OpenedAt, "opening");
        Check(UpdatedAt == other.UpdatedAt, nameof(UpdatedAt));
        Check(Status == other.Status, nameof(Status));
        Check(Priority == other.Priority, nameof(Priority));
        Check(Category == other.Category, nameof(Category));
        Check(AssigneeId == other.AssigneeId && GroupId == other.GroupId, "assignment");
        Check(Tags.SequenceEqual(other.Tags), nameof(Tags));
        Check(CustomFields.SequenceEqual(other.CustomFields), nameof(CustomFields));
        Check(Interactions.SequenceEqual(other.Interactions), nameof(Interactions));
        Check(SolveCount == other.SolveCount && SolvedAt == other.SolvedAt, "solves");
        Check(MergedInto == other.MergedInto && AbsorbedDuplicates.SequenceEqual(other.AbsorbedDuplicates), "merges");
        Check(Version == other.Version, nameof(Version));
        Check(History.SequenceEqual(other.History), nameof(History));
        Check(PendingDomainEvents == other.PendingDomainEvents, nameof(PendingDomainEvents));
        Check(Text == other.Text, nameof(Text));
        return differences;
    }

    /// <summary>The same, but ignoring the events waiting to be published (a rebuilt ticket has none).</summary>
    public TicketSnapshot WithoutPendingEvents() => new()
    {
        Id = Id, CustomerId = CustomerId, Channel = Channel, Subject = Subject, OpenedBy = OpenedBy, OpenedByAgent = OpenedByAgent,
        OpenedAt = OpenedAt, UpdatedAt = UpdatedAt, Status = Status, Priority = Priority, Category = Category, AssigneeId = AssigneeId,
        GroupId = GroupId, Tags = Tags, CustomFields = CustomFields, Interactions = Interactions, SolveCount = SolveCount, SolvedAt = SolvedAt,
        MergedInto = MergedInto, AbsorbedDuplicates = AbsorbedDuplicates, Version = Version, History = History, PendingDomainEvents = 0, Text = Text,
    };

    private static string Raw(CustomFieldValue value) => value.Kind switch
    {
        CustomFieldKind.Text => value.AsText(),
        CustomFieldKind.Number => value.AsNumber().ToString(System.Globalization.CultureInfo.InvariantCulture),
        CustomFieldKind.Boolean => value.AsBoolean().ToString(),
        _ => value.AsDate().ToString(),
    };
}
