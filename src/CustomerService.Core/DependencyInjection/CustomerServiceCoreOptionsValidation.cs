using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerService.Core.Escalations;
using CustomerService.Core.Services;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.Sla;
using NodaTime;
using Codes = CustomerService.Core.DependencyInjection.CustomerServiceCoreOptionsProblemCodes;

namespace CustomerService.Core.DependencyInjection;

/// <summary>Checks <see cref="CustomerServiceCoreOptions"/> as a whole, every problem at once, and turns them into what is registered.</summary>
internal static class CustomerServiceCoreOptionsValidation
{
    public static List<InputProblem> Validate(CustomerServiceCoreOptions options)
    {
        var problems = new List<InputProblem>();
        var calendarIds = UniqueIds(options.Calendars, c => c.Id, "$.Calendars", "calendar", Codes.DuplicateCalendar, problems);
        UniqueIds(options.EscalationPolicies, p => p.Id, "$.EscalationPolicies", "escalation policy", Codes.DuplicateEscalationPolicy, problems);

        if (options.MonitorBatchSize <= 0)
        {
            problems.Add(new(Codes.NotPositive, "The monitor's batch size must be positive.", "$.MonitorBatchSize"));
        }

        if (options.MonitorMaxConflictRetries < 0)
        {
            problems.Add(new(Codes.Negative, "The monitor's conflict retries must not be negative.", "$.MonitorMaxConflictRetries"));
        }

        if (options.MonitorMaxCheckInterval is { } interval && interval <= Duration.Zero)
        {
            problems.Add(new(Codes.NotPositive, "The monitor's longest check interval must be positive, or null for none.", "$.MonitorMaxCheckInterval"));
        }

        if (!Enum.IsDefined(options.EscalateFrom))
        {
            problems.Add(new(Codes.UndefinedValue, "EscalateFrom is not a defined EscalationOrigin.", "$.EscalateFrom"));
        }

        if (!Enum.IsDefined(options.DefaultRecipient))
        {
            problems.Add(new(Codes.UndefinedValue, "DefaultRecipient is not a defined DefaultNotificationRecipient.", "$.DefaultRecipient"));
        }

        if (options.FromWhenUnassigned is null)
        {
            problems.Add(new(Codes.Missing, "FromWhenUnassigned must name whom escalations of unassigned tickets come from.", "$.FromWhenUnassigned"));
        }

        if (options.SlaPolicies is { } policies)
        {
            if (options.Calendars.Count > 0)
            {
                // Calendars given inline must cover the inline policies; calendars left to the host's provider cannot be checked here.
                problems.AddRange(policies.Validate(calendarIds).Select(p => new InputProblem(p.Code, p.Message, "$.SlaPolicies" + p.Path?[1..])));
            }

            problems.AddRange(RulesThatNeverFire(options.EscalationPolicies, policies));
        }

        return problems;
    }

    /// <summary>The monitor's options, once <see cref="Validate"/> found nothing; <see langword="null"/> without escalation policies.</summary>
    public static SlaMonitorOptions? MonitorOptions(CustomerServiceCoreOptions options) =>
        options.EscalationPolicies.Count == 0
            ? null
            : new SlaMonitorOptions(options.EscalationPolicies)
            {
                BatchSize = options.MonitorBatchSize,
                MaxConflictRetries = options.MonitorMaxConflictRetries,
                MaxCheckInterval = options.MonitorMaxCheckInterval,
                EscalateFrom = options.EscalateFrom,
                FromWhenUnassigned = options.FromWhenUnassigned!,
                DefaultRecipient = options.DefaultRecipient,
            };

    private static HashSet<string> UniqueIds<T>(IList<T> items, Func<T, string> id, string path, string what, string duplicateCode, List<InputProblem> problems)
        where T : class
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (items[i] is not { } item)
            {
                problems.Add(new(Codes.Missing, $"A {what} must not be null.", at));
            }
            else if (!ids.Add(id(item)))
            {
                problems.Add(new(duplicateCode, $"A second {what} with the id '{id(item)}'.", at + ".Id"));
            }
        }

        return ids;
    }

    private static IEnumerable<InputProblem> RulesThatNeverFire(IList<EscalationPolicy> escalationPolicies, SlaPolicySet policies)
    {
        for (var p = 0; p < escalationPolicies.Count; p++)
        {
            var rules = escalationPolicies[p]?.Rules ?? [];
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                var matching = policies.Policies.SelectMany(policy => policy.Targets.Where(t => rule.Matches(t.Metric.Id, t.Priority, policy.Kind))).ToList();
                var reason = matching.Count == 0 ? "no target of the inline SLA policies matches it"
                    : rule.Threshold is { } threshold && !matching.Exists(t => t.Warnings.Contains(threshold)) ? $"no target it matches declares a {threshold} warning"
                    : null;
                if (reason is not null)
                {
                    yield return new(
                        Codes.RuleNeverFires,
                        $"Escalation policy '{escalationPolicies[p].Id}', rule {rule}, never fires: {reason}.",
                        string.Create(CultureInfo.InvariantCulture, $"$.EscalationPolicies[{p}].Rules[{r}]"));
                }
            }
        }
    }
}
