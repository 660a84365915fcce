using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;

namespace CustomerService.Core.Sla.Evaluation;

/// <summary>The engine's calendars by id.</summary>
internal sealed class CalendarCatalog
{
    private readonly Dictionary<string, BusinessCalendar> _byId;

    public CalendarCatalog(IEnumerable<BusinessCalendar> calendars)
    {
        _byId = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var calendar in calendars)
        {
            ArgumentNullException.ThrowIfNull(calendar, nameof(calendars));
            if (!_byId.TryAdd(calendar.Id, calendar) && !_byId[calendar.Id].Equals(calendar))
            {
                throw new ArgumentException($"Two different calendars have the id '{calendar.Id}'.", nameof(calendars));
            }
        }
    }

    public IReadOnlySet<string> Ids => _byId.Keys.ToHashSet(StringComparer.Ordinal);

    public BusinessCalendar? Find(string? id) => id is not null && _byId.TryGetValue(id, out var calendar) ? calendar : null;
}
