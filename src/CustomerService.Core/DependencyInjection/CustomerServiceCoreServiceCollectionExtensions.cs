using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.Ports;
using CustomerService.Core.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace CustomerService.Core.DependencyInjection;

/// <summary>Registers CustomerService.Core in a host's service collection.</summary>
public static class CustomerServiceCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the package's services: <see cref="SlaMonitor"/> (scoped), <see cref="IClock"/> (the system clock),
    /// the escalation policies and monitor settings (<see cref="SlaMonitorOptions"/>), and providers for SLA policies and
    /// calendars given inline. Everything is added with <c>TryAdd</c>: a host's earlier registration wins (so does a
    /// later one, as the last registration resolves), and a second call adds nothing.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The ports the host implements are never registered here: <see cref="ITicketRepository"/>,
    /// <see cref="IEscalationRepository"/>, <see cref="IDomainEventPublisher"/>, <see cref="INotificationChannel"/>, and
    /// <see cref="ISlaPolicyProvider"/> and <see cref="IBusinessCalendarProvider"/> unless given inline. Resolving
    /// <see cref="SlaMonitor"/> without them throws an <see cref="InvalidOperationException"/> that names each
    /// interface to implement. An <see cref="ICustomerRepository"/>, when registered, gives the monitor each ticket's
    /// customer tier.
    /// </para>
    /// <para>
    /// The options are checked as a whole, when registering: an <see cref="InvalidCustomerServiceCoreOptionsException"/>
    /// lists every problem. When the collection already holds the registrations of an earlier call, that call's options
    /// stay in force.
    /// </para>
    /// <code>
    /// services.AddCustomerServiceCore(o =>
    /// {
    ///     o.SlaPolicies = policies;
    ///     o.Calendars.Add(supportNewYork);
    ///     o.EscalationPolicies.Add(standardEscalations);
    /// });
    /// services.AddScoped&lt;ITicketRepository, EfTicketRepository&gt;();   // and the other ports
    /// </code>
    /// </remarks>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults (no inline policies, calendars or escalation policies).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCustomerServiceCoreOptionsException">The options are invalid; every problem is listed.</exception>
    public static IServiceCollection AddCustomerServiceCore(this IServiceCollection services, Action<CustomerServiceCoreOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = new CustomerServiceCoreOptions();
        configure?.Invoke(options);
        var problems = CustomerServiceCoreOptionsValidation.Validate(options);
        if (problems.Count > 0)
        {
            throw new InvalidCustomerServiceCoreOptionsException(problems);
        }

#pragma warning disable RS0030 // The one place the package may name the system clock (ARCHITECTURE.md, Time): a default a host replaces by registering its own IClock.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030

        if (options.SlaPolicies is { } policies)
        {
            services.TryAddSingleton<ISlaPolicyProvider>(new InlineSlaPolicyProvider(policies));
        }

        if (options.Calendars.Count > 0)
        {
            services.TryAddSingleton<IBusinessCalendarProvider>(new InlineBusinessCalendarProvider([.. options.Calendars]));
        }

        if (CustomerServiceCoreOptionsValidation.MonitorOptions(options) is { } monitorOptions)
        {
            services.TryAddSingleton(monitorOptions);
        }

        services.TryAddSingleton(_ => new SlaEngineCache());
        services.TryAddScoped(CreateMonitor);
        return services;
    }

    /// <summary>Creates the monitor from the host's ports, or says everything that is missing.</summary>
    private static SlaMonitor CreateMonitor(IServiceProvider provider)
    {
        var missing = new List<string>();
        var clock = Required<IClock>(provider, missing);
        var tickets = Required<ITicketRepository>(provider, missing);
        var escalations = Required<IEscalationRepository>(provider, missing);
        var policies = Required<ISlaPolicyProvider>(provider, missing, "give the policies inline (o.SlaPolicies)");
        var calendars = Required<IBusinessCalendarProvider>(provider, missing, "give the calendars inline (o.Calendars)");
        var events = Required<IDomainEventPublisher>(provider, missing);
        var channel = Required<INotificationChannel>(provider, missing);
        var options = provider.GetService<SlaMonitorOptions>();
        if (options is null)
        {
            missing.Add("No escalation policy is configured: add one with AddCustomerServiceCore(o => o.EscalationPolicies.Add(...)), or register SlaMonitorOptions, before resolving SlaMonitor.");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException("SlaMonitor cannot be created:" + string.Concat(missing.Select(m => Environment.NewLine + "- " + m)));
        }

        return new SlaMonitor(
            clock!,
            tickets!,
            escalations!,
            policies!,
            calendars!,
            events!,
            channel!,
            options!,
            provider.GetService<ICustomerRepository>(),
            provider.GetRequiredService<SlaEngineCache>());
    }

    private static T? Required<T>(IServiceProvider provider, List<string> missing, string? orInline = null)
        where T : class
    {
        var service = provider.GetService<T>();
        if (service is null)
        {
            var alternative = orInline is null ? string.Empty : $", or {orInline} in AddCustomerServiceCore";
            missing.Add($"{typeof(T).Name} is not registered: implement it (see docs/hosting.md) and register it before resolving SlaMonitor{alternative}.");
        }

        return service;
    }
}
