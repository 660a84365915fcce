using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CustomerService.Core.Customers;
using CustomerService.Core.Tickets;

namespace CustomerService.Cli.KpiReports;

/// <summary>
/// The group, channel, priority and tier of the tickets a survey file is about, noted while the tickets
/// stream by, so each response can count in its ticket's groups. Small per ticket: the group's GUID and
/// three small numbers that index the channels and tiers seen (a file has few of them).
/// </summary>
internal sealed class SurveyedTickets
{
    private readonly Dictionary<TicketId, Entry> _tickets = [];
    private readonly List<Channel> _channels = [];
    private readonly List<CustomerTier> _tiers = [];

    /// <summary>Expects values for a ticket a response is about.</summary>
    public void Expect(TicketId ticket) => _tickets.TryAdd(ticket, default);

    /// <summary>Stops growing: the tickets expected are all known.</summary>
    public void Close() => _tickets.TrimExcess();

    /// <summary>Notes a ticket's values if a response is about it.</summary>
    public void Note(Ticket ticket, CustomerTier? tier)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_tickets, ticket.Id);
        if (!Unsafe.IsNullRef(ref entry))
        {
            entry = new Entry(ticket.GroupId?.Value ?? Guid.Empty, Index(_channels, ticket.Channel), (byte)ticket.Priority, tier is { } t ? Index(_tiers, t) : (ushort)0);
        }
    }

    /// <summary>The values of a ticket; all none when it was not in the ticket file.</summary>
    public (GroupId? Group, Channel? Channel, Priority? Priority, CustomerTier? Tier) Find(TicketId? ticket)
    {
        if (ticket is not { } id || !_tickets.TryGetValue(id, out var entry) || entry.Priority == 0)
        {
            return default;
        }

        return (
            entry.Group == Guid.Empty ? null : new GroupId(entry.Group),
            _channels[entry.Channel - 1],
            (Priority)entry.Priority,
            entry.Tier == 0 ? null : _tiers[entry.Tier - 1]);
    }

    // 0 is "none"; a value's number is its place in the list, from 1.
    private static ushort Index<T>(List<T> seen, T value)
    {
        var at = seen.IndexOf(value);
        if (at < 0)
        {
            seen.Add(value);
            at = seen.Count - 1;
        }

        return checked((ushort)(at + 1));
    }

    private readonly record struct Entry(Guid Group, ushort Channel, byte Priority, ushort Tier);
}
