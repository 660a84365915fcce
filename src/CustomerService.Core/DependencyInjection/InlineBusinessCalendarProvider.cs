using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CustomerService.Core.Calendars;
using CustomerService.Core.Ports;

namespace CustomerService.Core.DependencyInjection;

/// <summary>Serves the calendars given inline to <see cref="CustomerServiceCoreOptions.Calendars"/>: always the same list, so the engine is compiled once.</summary>
internal sealed class InlineBusinessCalendarProvider(IReadOnlyList<BusinessCalendar> calendars) : IBusinessCalendarProvider
{
    public ValueTask<IReadOnlyList<BusinessCalendar>> GetCalendarsAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(calendars);
}
