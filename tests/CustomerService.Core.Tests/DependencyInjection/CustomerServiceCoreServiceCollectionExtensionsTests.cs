using System;
using System.Linq;
using System.Threading.Tasks;
using CustomerService.Core.Calendars;
using CustomerService.Core.DependencyInjection;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Services;
using CustomerService.Core.Sla;
using CustomerService.Core.Testing.InMemory;
using CustomerService.Core.Tests.Services;
using CustomerService.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static CustomerService.Core.Tests.Sla.SlaFixtures;

namespace CustomerService.Core.Tests.DependencyInjection;

public sealed class CustomerServiceCoreServiceCollectionExtensionsTests
{
    private static readonly SlaPolicySet Policies = MonitorWorld.FirstReplyWithin(Duration.FromHours(4));

    [Fact]
    public void AddCustomerServiceCore_Twice_AddsNoSecondDescriptor()
    {
        var services = new ServiceCollection();

        services.AddCustomerServiceCore(Inline);
        var once = services.Select(d => (d.ServiceType, d.Lifetime)).ToList();
        services.AddCustomerServiceCore(Inline).Should().BeSameAs(services);

        services.Select(d => (d.ServiceType, d.Lifetime)).Should().Equal(once);
        once.Select(d => d.ServiceType).Should().Contain([typeof(IClock), typeof(ISlaPolicyProvider), typeof(IBusinessCalendarProvider), typeof(SlaMonitorOptions), typeof(SlaMonitor)]);
        once.Should().Contain((typeof(SlaMonitor), ServiceLifetime.Scoped));
    }

    [Fact]
    public void AddCustomerServiceCore_NeverRegistersTheHostsPorts()
    {
        var services = new ServiceCollection().AddCustomerServiceCore(Inline);

        services.Select(d => d.ServiceType).Should().NotContain(
            [typeof(ITicketRepository), typeof(IEscalationRepository), typeof(ICustomerRepository), typeof(IDomainEventPublisher), typeof(INotificationChannel)]);
    }

    [Fact]
    public void AddCustomerServiceCore_WithoutOptions_RegistersTheSystemClock_AndNoProviders()
    {
        using var provider = new ServiceCollection().AddCustomerServiceCore().BuildServiceProvider();

        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
        provider.GetService<ISlaPolicyProvider>().Should().BeNull();
        provider.GetService<IBusinessCalendarProvider>().Should().BeNull();
        provider.GetService<SlaMonitorOptions>().Should().BeNull();
    }

    [Fact]
    public void AddCustomerServiceCore_TheHostsEarlierRegistrations_Win()
    {
        var clock = new FakeClock(Utc("2025-03-10 09:00"));
        var hostPolicies = new InMemorySlaPolicyProvider(Policies);
        var hostOptions = new SlaMonitorOptions([MonitorWorld.Standard]) { BatchSize = 7 };
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<ISlaPolicyProvider>(hostPolicies)
            .AddSingleton(hostOptions);

        using var provider = services.AddCustomerServiceCore(Inline).BuildServiceProvider();

        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
        provider.GetRequiredService<ISlaPolicyProvider>().Should().BeSameAs(hostPolicies);
        provider.GetRequiredService<SlaMonitorOptions>().Should().BeSameAs(hostOptions);
        services.Count(d => d.ServiceType == typeof(IClock)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ISlaPolicyProvider)).Should().Be(1);
    }

    [Fact]
    public void AddCustomerServiceCore_TheHostsLaterRegistration_WinsToo()
    {
        var clock = new FakeClock(Utc("2025-03-10 09:00"));

        using var provider = new ServiceCollection().AddCustomerServiceCore().AddSingleton<IClock>(clock).BuildServiceProvider();

        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
    }

    [Fact]
    public void Resolve_SlaMonitorWithoutPorts_NamesEveryInterfaceToImplement()
    {
        using var provider = new ServiceCollection().AddCustomerServiceCore().BuildServiceProvider();
        using var scope = provider.CreateScope();

        var resolve = () => scope.ServiceProvider.GetRequiredService<SlaMonitor>();

        var message = resolve.Should().Throw<InvalidOperationException>().Which.Message;
        message.Should().StartWith("SlaMonitor cannot be created:");
        foreach (var port in new[] { nameof(ITicketRepository), nameof(IEscalationRepository), nameof(IDomainEventPublisher), nameof(INotificationChannel), nameof(ISlaPolicyProvider), nameof(IBusinessCalendarProvider) })
        {
            message.Should().Contain($"{port} is not registered: implement it (see docs/hosting.md) and register it before resolving SlaMonitor");
        }

        message.Should().Contain("No escalation policy is configured");
        message.Should().NotContain(nameof(IClock)).And.NotContain(nameof(ICustomerRepository), "the customer store is optional");
    }

    [Fact]
    public void Resolve_SlaMonitorMissingOnePort_NamesOnlyThatOne()
    {
        var services = new ServiceCollection().AddCustomerServiceCore(Inline);
        services.AddSingleton<IEscalationRepository, InMemoryEscalationRepository>()
            .AddSingleton<IDomainEventPublisher, InMemoryDomainEventPublisher>()
            .AddSingleton<INotificationChannel, RecordingNotificationChannel>();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var resolve = () => scope.ServiceProvider.GetRequiredService<SlaMonitor>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage(
            "SlaMonitor cannot be created:" + Environment.NewLine
            + "- ITicketRepository is not registered: implement it (see docs/hosting.md) and register it before resolving SlaMonitor.");
    }

    [Fact]
    public void AddCustomerServiceCore_InvalidOptions_ListsEveryProblem_AndRegistersNothing()
    {
        var services = new ServiceCollection();
        var neverFires = new EscalationPolicy("odd", [EscalationRule.OnWarning(SlaWarningThreshold.PercentOfTarget(60), new(1), EscalationKind.Hierarchical, EscalationTarget.TeamLead)]);
        var otherMetric = new EscalationPolicy("other", [EscalationRule.OnBreach(new(1), EscalationKind.Functional, EscalationTarget.Manager).ForMetric(SlaMetric.Resolution)]);

        var add = () => services.AddCustomerServiceCore(o =>
        {
            o.SlaPolicies = Policies;
            o.Calendars.Add(EightToFive);
            o.Calendars.Add(EightToFive);
            o.Calendars.Add(null!);
            o.EscalationPolicies.Add(MonitorWorld.Standard);
            o.EscalationPolicies.Add(MonitorWorld.Standard);
            o.EscalationPolicies.Add(neverFires);
            o.EscalationPolicies.Add(otherMetric);
            o.MonitorBatchSize = 0;
            o.MonitorMaxConflictRetries = -1;
            o.MonitorMaxCheckInterval = Duration.FromMinutes(-5);
            o.EscalateFrom = (EscalationOrigin)9;
            o.DefaultRecipient = (DefaultNotificationRecipient)9;
            o.FromWhenUnassigned = null;
        });

        var problems = add.Should().Throw<InvalidCustomerServiceCoreOptionsException>().Which.Problems;
        problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            (CustomerServiceCoreOptionsProblemCodes.DuplicateCalendar, "$.Calendars[1].Id"),
            (CustomerServiceCoreOptionsProblemCodes.Missing, "$.Calendars[2]"),
            (CustomerServiceCoreOptionsProblemCodes.DuplicateEscalationPolicy, "$.EscalationPolicies[1].Id"),
            (CustomerServiceCoreOptionsProblemCodes.NotPositive, "$.MonitorBatchSize"),
            (CustomerServiceCoreOptionsProblemCodes.Negative, "$.MonitorMaxConflictRetries"),
            (CustomerServiceCoreOptionsProblemCodes.NotPositive, "$.MonitorMaxCheckInterval"),
            (CustomerServiceCoreOptionsProblemCodes.UndefinedValue, "$.EscalateFrom"),
            (CustomerServiceCoreOptionsProblemCodes.UndefinedValue, "$.DefaultRecipient"),
            (CustomerServiceCoreOptionsProblemCodes.Missing, "$.FromWhenUnassigned"),
            (SlaPolicyProblemCodes.UnknownCalendar, "$.SlaPolicies.defaultCalendar"),
            (CustomerServiceCoreOptionsProblemCodes.RuleNeverFires, "$.EscalationPolicies[2].Rules[0]"),
            (CustomerServiceCoreOptionsProblemCodes.RuleNeverFires, "$.EscalationPolicies[3].Rules[0]"),
        });
        problems.Single(p => p.Path == "$.EscalationPolicies[2].Rules[0]").Message.Should().Contain("declares a 60% warning");
        problems.Single(p => p.Path == "$.EscalationPolicies[3].Rules[0]").Message.Should().Contain("no target of the inline SLA policies matches it");
        add.Should().Throw<InvalidCustomerServiceCoreOptionsException>().WithMessage("The options of AddCustomerServiceCore have 12 problem(s):*$.MonitorBatchSize: options.not_positive*");
        services.Should().BeEmpty();
    }

    [Fact]
    public void AddCustomerServiceCore_InlinePoliciesWithCalendarsFromTheHost_AreNotCheckedAgainstCalendars()
    {
        var services = new ServiceCollection();

        services.AddCustomerServiceCore(o => o.SlaPolicies = Policies);

        services.Should().Contain(d => d.ServiceType == typeof(ISlaPolicyProvider));
        services.Should().NotContain(d => d.ServiceType == typeof(IBusinessCalendarProvider));
    }

    [Fact]
    public void AddCustomerServiceCore_NullServices_Throws()
    {
        var add = () => CustomerServiceCoreServiceCollectionExtensions.AddCustomerServiceCore(null!);

        add.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public async Task Resolve_SlaMonitorWithInMemoryPorts_RunsWithTheInlinePoliciesAndTheHostsClock()
    {
        var clock = new FakeClock(Utc("2025-03-10 13:30"));
        var tickets = new InMemoryTicketRepository();
        var escalations = new InMemoryEscalationRepository();
        var channel = new RecordingNotificationChannel();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddCustomerServiceCore(o =>
            {
                Inline(o);
                o.MonitorBatchSize = 10;
            })
            .AddSingleton<ITicketRepository>(tickets)
            .AddSingleton<IEscalationRepository>(escalations)
            .AddSingleton<IDomainEventPublisher, InMemoryDomainEventPublisher>()
            .AddSingleton<INotificationChannel>(channel);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var ticket = Open(Utc("2025-03-10 09:00"));
        await tickets.AddAsync(ticket, TestContext.Current.CancellationToken);

        SlaMonitorRunResult result;
        SlaMonitor first;
        await using (var scope = provider.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<SlaMonitor>();
            result = await first.RunOnceAsync(TestContext.Current.CancellationToken);
        }

        await using var next = provider.CreateAsyncScope();

        result.EscalationsRaised.Should().Be(3);
        result.At.Should().Be(clock.GetCurrentInstant());
        first.Options.BatchSize.Should().Be(10);
        channel.Sent.Should().HaveCount(3);
        next.ServiceProvider.GetRequiredService<SlaMonitor>().Should().NotBeSameAs(first, "the monitor is scoped, as the host's stores may be");
        next.ServiceProvider.GetRequiredService<SlaEngineCache>().Should().BeSameAs(provider.GetRequiredService<SlaEngineCache>());
    }

    [Fact]
    public void Docs_ListEveryProblemCode_AndTheMissingPortMessageAsTheCodeWritesIt()
    {
        var doc = RepositoryRoot.ReadText("docs", "dependency-injection.md");
        var codes = typeof(CustomerServiceCoreOptionsProblemCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().HaveCount(7);
        foreach (var code in codes)
        {
            doc.Should().Contain($"| `{code}` |");
        }

        // The doc's example: no ticket store, no policies, no escalation policy.
        var services = new ServiceCollection().AddCustomerServiceCore(o => o.Calendars.Add(NineToFive))
            .AddSingleton<IEscalationRepository, InMemoryEscalationRepository>()
            .AddSingleton<IDomainEventPublisher, InMemoryDomainEventPublisher>()
            .AddSingleton<INotificationChannel, RecordingNotificationChannel>();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var message = ((Action)(() => scope.ServiceProvider.GetRequiredService<SlaMonitor>())).Should().Throw<InvalidOperationException>().Which.Message;
        doc.ReplaceLineEndings().Should().Contain("System.InvalidOperationException: " + message.ReplaceLineEndings());
    }

    private static void Inline(CustomerServiceCoreOptions o)
    {
        o.SlaPolicies = Policies;
        foreach (BusinessCalendar calendar in AllCalendars)
        {
            o.Calendars.Add(calendar);
        }

        o.EscalationPolicies.Add(MonitorWorld.Standard);
    }
}
