using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CustomerService.Core.Calendars;
using CustomerService.Core.Ports;

namespace CustomerService.Core.Testing.InMemory;

/// <summary>An <see cref="IBusinessCalendarProvider"/> over calendars a test holds and can replace.</summary>
public sealed class InMemoryBusinessCalendarProvider : IBusinessCalendarProvider
{
    private IReadOnlyList<BusinessCalendar> _calendars;

    /// <summary>Creates the provider.</summary>
    /// <param name="calendars">The calendars in force.</param>
    public InMemoryBusinessCalendarProvider(IEnumerable<BusinessCalendar> calendars) => _calendars = [.. Guard.Against.Null(calendars)];

    /// <summary>Gets or sets the calendars in force; a service sees new ones from its next run.</summary>
    public IReadOnlyList<BusinessCalendar> Calendars
    {
        get => Volatile.Read(ref _calendars);
        set => Volatile.Write(ref _calendars, [.. Guard.Against.Null(value)]);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<BusinessCalendar>> GetCalendarsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Calendars);
    }
}
