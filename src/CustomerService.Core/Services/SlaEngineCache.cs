using System.Collections.Generic;
using System.Threading;
using CustomerService.Core.Calendars;
using CustomerService.Core.Sla;

namespace CustomerService.Core.Services;

/// <summary>
/// The engine for the policy set and calendars the providers gave last, built once and kept while the providers keep
/// giving the same instances: compiling a policy set is the costly part of an engine, and providers are asked on
/// every run. A new policy set or calendar (a new instance) builds a new engine. Thread-safe; shared by every
/// monitor of a host.
/// </summary>
internal sealed class SlaEngineCache
{
    private Entry? _current;

    /// <summary>Returns the engine for <paramref name="policies"/> and <paramref name="calendars"/>, building it if they are not the instances of the last call.</summary>
    /// <exception cref="InvalidSlaPolicyException">The policy set names calendars that are not given.</exception>
    public SlaEngine Get(SlaPolicySet policies, IReadOnlyList<BusinessCalendar> calendars)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.IsFor(policies, calendars))
        {
            return current.Engine;
        }

        // Two runs that both miss build twice and the last one stays: harmless, as both engines are equal.
        var fresh = new Entry(policies, [.. calendars], new SlaEngine(policies, calendars));
        Volatile.Write(ref _current, fresh);
        return fresh.Engine;
    }

    private sealed record Entry(SlaPolicySet Policies, BusinessCalendar[] Calendars, SlaEngine Engine)
    {
        public bool IsFor(SlaPolicySet policies, IReadOnlyList<BusinessCalendar> calendars)
        {
            if (!ReferenceEquals(Policies, policies) || Calendars.Length != calendars.Count)
            {
                return false;
            }

            for (var i = 0; i < Calendars.Length; i++)
            {
                if (!ReferenceEquals(Calendars[i], calendars[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
