using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using CustomerService.Core.Tests.TestSupport;
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

        var policies = SlaPolicySet.Create()
            .Add(SlaPolicy.Create("standard")
                .WithTarget(SlaMetric.FirstReply, Priority.High, Duration.FromHours(1), SlaHoursMode.Business, SlaWarningThreshold.PercentOfTarget(50))
                .WithTarget(SlaMetric.Resolution, Priority.High, Duration.FromHours(8))
                .Build())
            .WithDefaultCalendar("support-ny")
            .Build();
        var engine = new SlaEngine(policies, [calendar]);
        SlaReport report = engine.Evaluate(ticket, opened + Duration.FromDays(5));
        SlaTargetState firstReply = report.Targets[0];   // Achieved: 40m of 1h, and the 50% warning was reached at 16:30
        SlaTargetState resolution = report.Targets[1];   // Achieved: 1h of 8h; solved at 19:00, after closing, which counts nothing
        Console.WriteLine(firstReply.Explain());         // why: the policy, the calendar, the segments counted

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
        firstReply.Metric.Should().Be(SlaMetric.FirstReply);
        firstReply.Stage.Should().Be(SlaStage.Achieved);
        firstReply.Elapsed.Should().Be(Duration.FromMinutes(40));
        firstReply.Warnings.Should().ContainSingle().Which.At.Should().Be(opened + Duration.FromMinutes(30));
        resolution.Stage.Should().Be(SlaStage.Achieved);
        resolution.Elapsed.Should().Be(Duration.FromHours(1));
        resolution.EndedAt.Should().Be(opened + Duration.FromHours(3));
        ticket.Status.Should().Be(TicketStatus.Closed);
        ticket.History.Should().HaveCount((int)ticket.Version);
        ticket.DomainEvents.Should().BeEmpty();
        ticket.CanAddCustomerMessage(opened + Duration.FromDays(5)).Should().BeFalse();
        events.Select(e => e.GetType().Name).Should().Equal(
            "TicketOpened", "MessageAdded", "TicketStatusChanged", "TicketStatusChanged", "TicketStatusChanged");
    }

    [Fact]
    public void QuickStart_InTheReadme_IsTheCodeThisTestRuns()
    {
        static IEnumerable<string> Lines(IEnumerable<string> lines) =>
            lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal));

        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"));
        var start = Array.IndexOf(readme, "## Quick start");
        var open = Array.IndexOf(readme, "```csharp", start);
        var close = Array.IndexOf(readme, "```", open + 1);
        var test = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "CustomerService.Core.Tests", "Documentation", "ReadmeQuickStartTests.cs"));
        var begins = Array.FindIndex(test, l => l.Trim() == "// ---- README quick start begins");
        var ends = Array.FindIndex(test, l => l.Trim() == "// ---- README quick start ends");

        Lines(readme[(open + 1)..close]).Should().Equal(Lines(test[(begins + 1)..ends]));
    }
}
