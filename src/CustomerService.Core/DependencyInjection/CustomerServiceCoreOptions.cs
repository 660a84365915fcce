using System.Collections.Generic;
using CustomerService.Core.Calendars;
using CustomerService.Core.Escalations;
using CustomerService.Core.Ports;
using CustomerService.Core.Services;
using CustomerService.Core.Sla;
using NodaTime;

namespace CustomerService.Core.DependencyInjection;

/// <summary>
/// What <see cref="CustomerServiceCoreServiceCollectionExtensions.AddCustomerServiceCore"/> registers: SLA policies and
/// calendars given inline (or left to the host's <see cref="ISlaPolicyProvider"/> and
/// <see cref="IBusinessCalendarProvider"/>), the escalation policies the <see cref="SlaMonitor"/> applies, and how the
/// monitor works. Checked as a whole when registering: every problem is listed in one
/// <see cref="InvalidCustomerServiceCoreOptionsException"/>.
/// </summary>
/// <remarks>
/// Filled in by the host's <c>configure</c> action and read once, when registering: changing it afterwards changes
/// nothing. The monitor's settings have the defaults of <see cref="SlaMonitorOptions"/>.
/// </remarks>
public sealed class CustomerServiceCoreOptions
{
    /// <summary>
    /// Gets or sets the SLA policy set, given inline; <see langword="null"/> (the default) leaves it to the host's
    /// <see cref="ISlaPolicyProvider"/>. Given inline, it is served by a provider registered only if the host has
    /// registered none before.
    /// </summary>
    public SlaPolicySet? SlaPolicies { get; set; }

    /// <summary>
    /// Gets the business calendars, given inline; empty (the default) leaves them to the host's
    /// <see cref="IBusinessCalendarProvider"/>. When both these and <see cref="SlaPolicies"/> are given, every calendar
    /// the policies name must be here.
    /// </summary>
    public IList<BusinessCalendar> Calendars { get; } = [];

    /// <summary>Gets the escalation policies the <see cref="SlaMonitor"/> applies, in order (<see cref="SlaMonitorOptions.EscalationPolicies"/>); each id once.</summary>
    public IList<EscalationPolicy> EscalationPolicies { get; } = [];

    /// <summary>Gets or sets <see cref="SlaMonitorOptions.BatchSize"/>: positive; default 100.</summary>
    public int MonitorBatchSize { get; set; } = SlaMonitorOptions.DefaultBatchSize;

    /// <summary>Gets or sets <see cref="SlaMonitorOptions.MaxConflictRetries"/>: not negative; default 3.</summary>
    public int MonitorMaxConflictRetries { get; set; } = SlaMonitorOptions.DefaultMaxConflictRetries;

    /// <summary>Gets or sets <see cref="SlaMonitorOptions.MaxCheckInterval"/>: positive or <see langword="null"/>; default one hour.</summary>
    public Duration? MonitorMaxCheckInterval { get; set; } = SlaMonitorOptions.DefaultMaxCheckInterval;

    /// <summary>Gets or sets <see cref="SlaMonitorOptions.EscalateFrom"/>: default the ticket's group.</summary>
    public EscalationOrigin EscalateFrom { get; set; }

    /// <summary>Gets or sets <see cref="SlaMonitorOptions.FromWhenUnassigned"/>: not <see langword="null"/>; default the role <c>unassigned</c>.</summary>
    public EscalationTarget? FromWhenUnassigned { get; set; } = SlaMonitorOptions.DefaultFromWhenUnassigned;

    /// <summary>Gets or sets <see cref="SlaMonitorOptions.DefaultRecipient"/>: default the escalation's target.</summary>
    public DefaultNotificationRecipient DefaultRecipient { get; set; }
}
