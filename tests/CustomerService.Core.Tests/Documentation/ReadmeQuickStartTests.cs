using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Tests.Documentation;

/// <summary>
/// The README's quick start, line for line, so the first code a newcomer reads compiles and says
/// what it claims. Change both together.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_RunsAndItsCommentsAreTrue()
    {
        // ---- README quick start begins
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var builder = BusinessCalendar.Create("support-ny", newYork).WithHoliday(new LocalDate(2025, 12, 25));
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            builder.WithWeeklyHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        BusinessCalendar calendar = builder.Build();

        Instant opened = Instant.FromUtc(2025, 3, 7, 21, 0);            // Friday 16:00 in New York
        Instant due = calendar.Add(opened, Duration.FromHours(2));       // Monday 10:00 EDT (14:00Z): DST began on Sunday

        var ticket = Ticket.Open(TicketId.New(), CustomerId.New(), Channel.Email, Priority.High, "Cannot sign in", opened);
        ticket.AddAgentReply(AgentId.New(), "Looking into it now.", isPublic: true, opened + Duration.FromMinutes(40));
        ticket.Solve(opened + Duration.FromHours(3));
        ticket.Close(opened + Duration.FromDays(4));

        try
        {
            ticket.AddCustomerMessage("One more thing...", opened + Duration.FromDays(5));
        }
        catch (DomainRuleViolationException e) when (e.Code == TicketErrors.Closed)
        {
            // The rule held and the ticket is unchanged: map e.Code to a 409 or a UI message.
        }

        IReadOnlyList<IDomainEvent> events = ticket.DequeueDomainEvents();   // publish after saving: TicketOpened, MessageAdded, TicketStatusChanged x3
        // ---- README quick start ends

        due.Should().Be(Instant.FromUtc(2025, 3, 10, 14, 0));
        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.History.Should().HaveCount((int)ticket.Version);
        ticket.DomainEvents.Should().BeEmpty();
        ticket.CanAddCustomerMessage(opened + Duration.FromDays(5)).Should().BeFalse();
        events.Select(e => e.GetType().Name).Should().Equal(
            "TicketOpened", "MessageAdded", "TicketStatusChanged", "TicketStatusChanged", "TicketStatusChanged");
    }
}
