using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CustomerService.Core.Customers;
using CustomerService.Core.Calendars.Json;
using CustomerService.Core.Escalations;
using CustomerService.Core.Kpis;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using CustomerService.Core.Sla.Backtesting;
using CustomerService.Core.Sla.Json;
using CustomerService.Core.Surveys;
using CustomerService.Core.Tests.Customers;
using CustomerService.Core.Tests.Surveys;
using CustomerService.Core.Tests.TestSupport;
using CustomerService.Core.Tickets;
using CustomerService.Core.Tickets.Events;
using NodaTime;

namespace CustomerService.Core.Tests.Architecture;

/// <summary>
/// No personal data in the text of any public type of the library: every type with its own <c>ToString()</c>, and every
/// exception, is built (from aggregates full of personal data, or by reflection from their factories) and its text scanned.
/// The per-area tests (customers, tickets, escalations, surveys) check the exceptions each command throws; this one makes
/// sure no type is forgotten, including ones added later.
/// </summary>
public sealed class PersonalDataInTextTests
{
    private const string Pii = "Jane Roe <jane.roe@example.org>, call +1 415 555 0199 about card 4111 charged twice";

    private static readonly string[] Needles =
        [.. CustomerFixture.JanesPersonalData, "Jane", "Roe", "jane.roe@example.org", "555 0199", "5550199", "4111", "charged twice"];

    private static readonly Assembly Core = typeof(Ticket).Assembly;

    [Fact]
    public void ToStringAndMessages_OfEveryPublicTypeBuiltWithPersonalData_HoldNone()
    {
        var pool = Pool();
        var texts = new List<string>();
        var unbuilt = new List<Type>();
        var candidates = Core.GetExportedTypes().Where(IsCandidate).ToList();
        // Types built by reflection join the pool, so that a later round can build the types made from them.
        for (int round = 0; round < 3; round++)
        {
            foreach (var type in candidates.Where(t => !pool.ContainsKey(t)))
            {
                if (Build(type, pool).FirstOrDefault() is { } made)
                {
                    pool[type] = [made];
                }
            }
        }

        foreach (var type in candidates)
        {
            var instances = pool.TryGetValue(type, out var found) ? found : [];
            if (instances.Count == 0)
            {
                unbuilt.Add(type);
            }

            foreach (var instance in instances)
            {
                texts.Add(instance.ToString() ?? string.Empty);
                if (instance is Exception exception)
                {
                    texts.Add(exception.Message);
                }
            }
        }

        candidates.Should().HaveCountGreaterThan(50, "the scan must find the library's types");
        unbuilt.Should().HaveCountLessThan(candidates.Count / 10, "the scan must build nearly every type; not built: " + string.Join(", ", unbuilt.Select(t => t.Name)));
        texts.Should().Contain(t => t.Contains(PersonalData.Redacted, StringComparison.Ordinal), "personal values are shown redacted");
        PersonalDataScan.ShouldHoldNone(texts, Needles);
    }

    private static bool IsCandidate(Type type) =>
        !type.IsAbstract && !type.IsInterface && !type.ContainsGenericParameters && !type.IsEnum && !typeof(Delegate).IsAssignableFrom(type)
        && (typeof(Exception).IsAssignableFrom(type) || type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType == type);

    // Every object reachable from aggregates and events that hold personal data everywhere they can, by type.
    private static Dictionary<Type, List<object>> Pool()
    {
        var customer = CustomerFixture.FullCustomer(keepEvents: true);
        customer.Rename(CustomerName.Create("Jane Roe"), CustomerFixture.At(11));
        var erased = CustomerFixture.FullCustomer(keepEvents: true);
        erased.Erase(CustomerFixture.At(12));

        var at = Instant.FromUtc(2025, 3, 3, 9, 0);
        var agent = AgentId.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        var ticket = Ticket.Open(TicketId.New(), customer.Id, Channel.Email, Priority.High, "Refund for " + Pii, at);
        ticket.AddCustomerMessage("Hi, I am " + Pii, at);
        ticket.AddAgentReply(agent, "Dear " + Pii, isPublic: true, at + Duration.FromMinutes(1), handleTime: Duration.FromMinutes(3));
        ticket.AddAgentReply(agent, "Note: " + Pii, isPublic: false, at + Duration.FromMinutes(2));
        ticket.SetCustomField("contact", CustomFieldValue.FromText(Pii), at + Duration.FromMinutes(3));

        ticket.AssignTo(agent, GroupId.Parse("6f1c2a3e-0b7d-4c58-9e21-b4d0a9c3f812"), at + Duration.FromMinutes(4));
        ticket.AbsorbDuplicate(TicketId.New(), at + Duration.FromMinutes(5));
        var merged = Ticket.Open(TicketId.New(), customer.Id, Channel.Chat, Priority.Low, "Same as " + Pii, at);
        merged.MergeInto(ticket.Id, at + Duration.FromMinutes(6));
        customer.RemoveContactPoint(CustomerFixture.JanePhone, CustomerFixture.At(13));

        // The SLA engine, its reports, explanations and backtests, and KPIs over the same ticket.
        var policies = SlaPolicyJson.Parse(RepositoryRoot.ReadText("samples", "policies.json")).Value;
        var calendars = CalendarJson.Parse(RepositoryRoot.ReadText("samples", "calendars.json")).Value;
        var engine = new SlaEngine(policies, calendars.Calendars);
        var later = at + Duration.FromDays(3);
        var report = engine.Evaluate(ticket, later);
        var explanations = report.Targets.Select(t => t.Explain()).ToList();
        var histories = new[] { ((IReadOnlyList<ITicketEvent>)[.. ticket.History], (SlaCustomerContext?)null) };
        var comparison = SlaBacktest.Compare(engine, Tighter(calendars), histories, later);
        var kpis = new KpiAccumulator(KpiOptions.Default);
        kpis.Add(ticket, report);
        var broken = Record.Exception(() => merged.AddCustomerMessage("Again: " + Pii, later)).Should().BeOfType<DomainRuleViolationException>().Subject;

        var note = EscalationNote.Create("Customer " + Pii);
        var escalation = TicketEscalations.None(ticket.Id).Raise(
            EscalationId.New(), EscalationKind.Hierarchical, new(1), EscalationTarget.Assignee, EscalationTarget.TeamLead, EscalationReason.Complaint, agent, at, note);
        escalation.Acknowledge(agent, at + Duration.FromMinutes(1));
        escalation.Resolve(at + Duration.FromMinutes(2), note);

        var response = SurveyFixtures.Sent();
        response.Answer(5, SurveyFixtures.At(1), SurveyComment.Create("Ask for " + Pii));

        var roots = new object[]
        {
            customer, erased, customer.DomainEvents.ToList(), erased.DomainEvents.ToList(), ticket, ticket.History.ToList(),
            escalation, escalation.History.ToList(), response, response.History.ToList(), note, merged, merged.History.ToList(),
            policies, calendars, report, explanations, comparison, SlaBacktest.Run(engine, histories, later), kpis.Result(), broken,
        };
        return roots.SelectMany(ObjectGraph.Objects)
            .Where(o => o.GetType().Assembly == Core)
            .GroupBy(o => o.GetType())
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    // The sample policies with every target three hours long, so that a backtest has changed outcomes to show.
    private static SlaEngine Tighter(CalendarDocument calendars)
    {
        string sample = RepositoryRoot.ReadText("samples", "policies.json");
        string tight = System.Text.RegularExpressions.Regex.Replace(sample, "\"duration\": \"[0-9a-z]+\"", "\"duration\": \"3h\"");
        return new SlaEngine(SlaPolicyJson.Parse(tight).Value, calendars.Calendars);
    }

    // Instances of a type made by its public constructors and static factories, with arguments from the pool.
    private static IEnumerable<object> Build(Type type, Dictionary<Type, List<object>> pool)
    {
        var makers = type.GetConstructors().Cast<MethodBase>()
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == type && !m.IsSpecialName))
            .OrderBy(m => m.GetParameters().Length);
        foreach (var maker in makers)
        {
            object? made;
            try
            {
                var arguments = maker.GetParameters().Select(p => Argument(p, pool)).ToArray();
                made = maker is ConstructorInfo constructor ? constructor.Invoke(arguments) : maker.Invoke(null, arguments);
            }
            catch (Exception e) when (e is TargetInvocationException or ArgumentException or NotSupportedException or InvalidOperationException)
            {
                continue;
            }

            if (made is not null)
            {
                yield return made;
            }
        }
    }

    private static object? Argument(ParameterInfo parameter, Dictionary<Type, List<object>> pool)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(string))
        {
            // Free text where a person's words or contact details go; otherwise an identifier-like word.
            string name = parameter.Name ?? string.Empty;
            return new[] { "body", "text", "comment", "note", "subject", "email", "phone", "handle", "address" }.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase))
                ? Pii
                : "support";
        }

        if (pool.TryGetValue(type, out var instances))
        {
            return instances[0];
        }

        if (type.IsArray || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)))
        {
            var item = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            var array = Array.CreateInstance(item, pool.TryGetValue(item, out var items) ? 1 : 0);
            if (array.Length == 1)
            {
                array.SetValue(items![0], 0);
            }

            return array;
        }

        return type switch
        {
            _ when type == typeof(Instant) => Instant.FromUtc(2025, 3, 3, 9, 0),
            _ when type == typeof(Duration) => Duration.FromHours(1),
            _ when type == typeof(LocalDate) => new LocalDate(2025, 3, 3),
            _ when type == typeof(LocalTime) => new LocalTime(9, 0),
            _ when type == typeof(DateTimeZone) => DateTimeZone.Utc,
            _ when type == typeof(Guid) => Guid.Parse("6c6f6f6b-0000-4000-8000-000000000001"),
            _ when type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) => Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture),
            _ when type == typeof(bool) => true,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(Enum.GetValues(type).Length > 1 ? 1 : 0),
            _ when parameter.HasDefaultValue => parameter.DefaultValue,
            _ => throw new NotSupportedException(type.Name),
        };
    }
}
