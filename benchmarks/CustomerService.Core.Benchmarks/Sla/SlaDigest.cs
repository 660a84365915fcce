using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CustomerService.Core.Calendars;
using CustomerService.Core.Customers;
using CustomerService.Core.Sla;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Sla;

/// <summary>
/// <c>sla-digest [tickets]</c>: a fingerprint of what the SLA engine answers, to show that a change made for speed changes
/// no result. Evaluates reproducible random histories (every kind of event the engine reads) at several instants under a
/// policy set that uses every feature (several policies and kinds, conditions, a custom metric with pauses, resets and
/// cancels, group, customer, target and 24/7 calendars, both kinds of warning) under each retargeting option, and under
/// the benchmarks' plain policy (<see cref="SlaBenchmarkData.Engine"/>), writes every
/// field of every state (and the explanation of some) into a SHA-256, and prints it. Two builds that print the same
/// digest gave the same answers.
/// </summary>
internal static class SlaDigest
{
    private static readonly AgentId Agent = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static readonly CustomerId Customer = CustomerId.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly GroupId Billing = GroupId.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    private static readonly GroupId Tier2 = GroupId.Parse("c9bf9e57-1685-4c89-bafb-ff5af830be8a");

    public static int Run(string[] args)
    {
        var total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var early = Calendar("early", 7, 15);
        var calendars = new[] { SlaBenchmarkData.Calendar, early, Calendar("late", 12, 20) };
        // The benchmarks' engine too: a policy without conditions, on which the engine can skip more.
        SlaEngine[] engines = [.. Enum.GetValues<SlaRetargeting>().Select(r => new SlaEngine(Policies(r), calendars)), SlaBenchmarkData.Engine];
        var gold = new SlaCustomerContext(CustomerTier.Standard, "late");

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        var states = 0L;
        for (var seed = 0; seed < total; seed++)
        {
            var ticket = RandomTicket(seed);
            var history = ticket.History;
            var engine = engines[seed % engines.Length];
            var customer = seed % 5 == 0 && engine != SlaBenchmarkData.Engine ? gold : SlaCustomerContext.Standard;
            foreach (var at in Instants(history))
            {
                // Every other evaluation goes through the ticket, the others through its history.
                var report = seed % 2 == 0 ? engine.Evaluate(ticket, at, customer) : engine.Evaluate(history, at, customer);
                text.Clear();
                Describe(text, report, explain: seed % 16 == 0);
                hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
                states += report.Targets.Count;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total:N0} tickets, {states:N0} states: {Convert.ToHexString(hash.GetHashAndReset())}"));
        return 0;
    }

    private static void Describe(StringBuilder text, SlaReport report, bool explain)
    {
        text.Append(CultureInfo.InvariantCulture, $"{report}|{report.IsAnyBreached}\n");
        foreach (var s in report.Targets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s}|{s.Kind}|{s.Stage}|{s.CalendarId}|{s.StartedAt}|{s.EndedAt}|{s.DueAt}|{s.BreachAt}|{s.Elapsed}|{s.PausedTime}|{s.Remaining}|{s.PercentUsed:R}|");
            foreach (var w in s.Warnings)
            {
                text.Append(CultureInfo.InvariantCulture, $"{w.Threshold}@{w.At},");
            }

            text.Append('\n');
            if (explain)
            {
                text.Append(s.Explain()).Append('\n');
            }
        }

        foreach (var fact in report.Facts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{fact.GetType().Name}@{fact.At};");
        }
    }

    private static IEnumerable<Instant> Instants(IReadOnlyList<ITicketEvent> history)
    {
        var first = history[0].OccurredAt;
        var last = history[^1].OccurredAt;
        yield return first;
        yield return first + ((last - first) / 2);
        yield return last;
        yield return last + Duration.FromDays(9);
    }

    private static SlaPolicySet Policies(SlaRetargeting retargeting)
    {
        // A custom metric with every kind of trigger: a hand-off clock from a group assignment to the next public reply.
        var handoff = SlaMetric.Define("handoff")
            .StartsWhen(SlaTrigger.GroupAssigned())
            .StopsWhen(SlaTrigger.PublicAgentReply().OnlyAfterFirstReply(), SlaTrigger.StatusEntered(TicketStatus.Solved))
            .PausesWhen(SlaTrigger.StatusEntered(TicketStatus.OnHold), SlaTrigger.MessageAdded(AuthorKind.System, isPublic: false))
            .ResumesWhen(SlaTrigger.StatusLeft(TicketStatus.OnHold), SlaTrigger.CustomerMessage())
            .ResetsWhen(SlaTrigger.PriorityChanged(), SlaTrigger.CustomFieldChanged("region"))
            .CancelsWhen(SlaTrigger.MergedIntoAnother(), SlaTrigger.CustomFieldChanged("cancel-handoff"))
            .Repeating()
            .Build();
        SlaWarningThreshold[] warnings = [SlaWarningThreshold.PercentOfTarget(50), SlaWarningThreshold.PercentOfTarget(75), SlaWarningThreshold.BeforeBreach(Duration.FromMinutes(20))];

        var vip = SlaPolicy.Create("vip", 2).When(PolicyCondition.HasAnyTag("vip"), PolicyCondition.PriorityIn(Priority.High, Priority.Urgent)).MatchingAny();
        var regional = SlaPolicy.Create("regional").When(PolicyCondition.CustomFieldIn("region", "emea")).WithCalendar("early").PausedWhile(TicketStatus.Pending, TicketStatus.OnHold);
        var standard = SlaPolicy.Create("standard", 3);
        var billing = SlaPolicy.Create("billing", 1, SlaPolicyKind.Ola).When(PolicyCondition.GroupIn(Billing));
        var contract = SlaPolicy.Create("contract", 1, SlaPolicyKind.Contract).When(PolicyCondition.CustomerTierIn(CustomerTier.Standard));
        foreach (var priority in Enum.GetValues<Priority>())
        {
            var hours = Duration.FromHours(10 - (2 * (int)priority));
            vip.WithTarget(SlaMetric.FirstReply, priority, hours / 4, SlaHoursMode.Calendar, warnings)
                .WithTarget(SlaMetric.Resolution, priority, hours * 2, SlaHoursMode.Calendar, warnings);
            regional.WithTarget(SlaMetric.FirstReply, priority, hours / 2, SlaHoursMode.Business, warnings)
                .WithTarget(new SlaTarget(SlaMetric.Resolution, priority, hours * 3, SlaHoursMode.Business, "late", warnings));
            standard.WithTarget(SlaMetric.FirstReply, priority, hours / 2, SlaHoursMode.Business, warnings)
                .WithTarget(SlaMetric.NextReply, priority, hours / 2, priority == Priority.Urgent ? SlaHoursMode.Calendar : SlaHoursMode.Business, warnings)
                .WithTarget(SlaMetric.Resolution, priority, hours * 3, SlaHoursMode.Business, warnings)
                .WithTarget(SlaMetric.PausableUpdate, priority, hours, SlaHoursMode.Business)
                .WithTarget(SlaMetric.RequesterWaitTime, priority, hours * 2, SlaHoursMode.Business, warnings[0]);
            contract.WithTarget(handoff, priority, hours / 2, SlaHoursMode.Business, warnings)
                .WithTarget(SlaMetric.PeriodicUpdate, priority, hours, SlaHoursMode.Calendar);
            if (priority != Priority.Low)
            {
                billing.WithTarget(SlaMetric.AgentWorkTime, priority, hours / 2, SlaHoursMode.Business, warnings);
            }
        }

        return SlaPolicySet.Create()
            .Add(vip.Build(), regional.Build(), standard.Build(), billing.Build(), contract.Build())
            .WithDefaultCalendar(SlaBenchmarkData.Calendar.Id)
            .WithGroupCalendar(Billing, "early")
            .WithRetargeting(retargeting)
            .Build();
    }

    private static Ticket RandomTicket(int seed)
    {
        var random = new Random(seed);
        var at = SlaBenchmarkData.Local(3, 0) + Duration.FromMinutes(random.Next(300 * 24 * 60)) + Duration.FromSeconds(random.Next(60));
        var priority = (Priority)random.Next(1, 5);
        var ticket = random.Next(4) == 0
            ? Ticket.OpenByAgent(TicketId.FromGuid(new Guid(seed + 1, 0, 0, new byte[8])), Customer, Agent, Channel.Phone, priority, "Subject", at)
            : Ticket.Open(TicketId.FromGuid(new Guid(seed + 1, 0, 0, new byte[8])), Customer, Channel.Email, priority, "Subject", at);
        var steps = random.Next(0, 30);
        for (var i = 0; i < steps; i++)
        {
            // Mostly minutes to hours apart, now and then the same instant or days later.
            at += random.Next(12) switch
            {
                0 => Duration.Zero,
                1 => Duration.FromDays(random.Next(1, 4)),
                _ => Duration.FromMinutes(random.Next(1, 600)),
            };
            try
            {
                Step(ticket, random, at);
            }
            catch (Core.SharedKernel.DomainRuleViolationException)
            {
                // Not allowed in the ticket's state: skipped, as a help desk would.
            }
        }

        return ticket;
    }

    private static void Step(Ticket ticket, Random random, Instant at)
    {
        switch (random.Next(20))
        {
            case 0 or 1 or 2:
                ticket.AddCustomerMessage("Question", at);
                break;
            case 3 or 4 or 5:
                ticket.AddAgentReply(Agent, "Answer", isPublic: true, at);
                break;
            case 6:
                ticket.AddAgentReply(Agent, "Note", isPublic: false, at);
                break;
            case 7:
                ticket.AddSystemMessage("Bot", isPublic: random.Next(2) == 0, at);
                break;
            case 8 or 9:
                ticket.ChangeStatus(random.Next(2) == 0 ? TicketStatus.Pending : TicketStatus.OnHold, at);
                break;
            case 10:
                ticket.ChangeStatus(TicketStatus.Open, at);
                break;
            case 11:
                ticket.Solve(at);
                break;
            case 12:
                ticket.Reopen(at);
                break;
            case 13:
                ticket.ChangePriority((Priority)random.Next(1, 5), at);
                break;
            case 14:
                ticket.AssignToGroup(random.Next(2) == 0 ? Billing : Tier2, at);
                break;
            case 15:
                ticket.AddTags([random.Next(2) == 0 ? "vip" : "refund"], at);
                break;
            case 16:
                ticket.RemoveTags(["vip"], at);
                break;
            case 17:
                ticket.SetCustomField(random.Next(3) == 0 ? "cancel-handoff" : "region", CustomFieldValue.FromText(random.Next(2) == 0 ? "emea" : "apac"), at);
                break;
            case 18:
                ticket.RemoveCustomField("region", at);
                break;
            default:
                if (random.Next(8) == 0)
                {
                    ticket.MergeInto(TicketId.FromGuid(new Guid(1, 2, 3, new byte[8])), at);
                }
                else
                {
                    ticket.Close(at);
                }

                break;
        }
    }

    private static BusinessCalendar Calendar(string id, int open, int close)
    {
        var builder = BusinessCalendar.Create(id, SlaBenchmarkData.NewYork);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            builder.WithWeeklyHours(day, new LocalTime(open, 0), new LocalTime(close, 0));
        }

        return builder.Build();
    }
}
