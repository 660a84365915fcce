using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Calendars;

namespace CustomerService.Core.Ports;

/// <summary>
/// Supplies the business calendars the SLA policies name, from wherever the host keeps them.
/// Services ask on every run, so a changed calendar applies from the next run to the tickets that run looks
/// at; the SLA monitor looks at every open ticket at least once an hour by default.
/// </summary>
public interface IBusinessCalendarProvider
{
    /// <summary>Gets every calendar in force now.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The calendars, each with a distinct id.</returns>
    ValueTask<IReadOnlyList<BusinessCalendar>> GetCalendarsAsync(CancellationToken cancellationToken = default);
}
