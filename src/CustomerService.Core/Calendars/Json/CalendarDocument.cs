using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace CustomerService.Core.Calendars.Json;

/// <summary>
/// The contents of a calendar file: business calendars and the named holiday sets they share, each
/// found by its id or name. <see cref="CalendarJson"/> reads and writes it.
/// </summary>
/// <remarks>
/// Every holiday set a calendar uses is in <see cref="HolidaySets"/>, so the document can be written
/// with calendars referring to sets by name; a set may also be listed without any calendar using it
/// (a file of shared holidays only).
/// </remarks>
public sealed class CalendarDocument : IEquatable<CalendarDocument>
{
    private readonly BusinessCalendar[] _calendars;
    private readonly HolidaySet[] _holidaySets;

    /// <summary>Creates a document.</summary>
    /// <param name="calendars">The calendars, in the order to write them; ids must be distinct.</param>
    /// <param name="holidaySets">
    /// Holiday sets to list, in the order to write them; the sets the calendars use are added after
    /// them (in order of first use) if not already listed. Names must be distinct.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// Two calendars have the same id, two listed holiday sets the same name, or a calendar uses a set that
    /// differs from the listed set of the same name.
    /// </exception>
    public CalendarDocument(IEnumerable<BusinessCalendar> calendars, IEnumerable<HolidaySet>? holidaySets = null)
    {
        Guard.Against.Null(calendars);
        _calendars = [.. calendars];
        if (_calendars.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(calendars), "A calendar in the list is null.");
        }

        HolidaySet[] listed = [.. holidaySets ?? []];
        if (listed.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(holidaySets), "A holiday set in the list is null.");
        }

        string? duplicateId = _calendars.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicateId is not null)
        {
            throw new ArgumentException($"Two calendars have the id '{duplicateId}'.", nameof(calendars));
        }

        string? repeatedName = listed.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (repeatedName is not null)
        {
            throw new ArgumentException($"Two holiday sets are named '{repeatedName}'.", nameof(holidaySets));
        }

        var sets = new List<HolidaySet>(listed);
        foreach (HolidaySet used in _calendars.SelectMany(c => c.HolidaySets))
        {
            HolidaySet? named = sets.Find(s => string.Equals(s.Name, used.Name, StringComparison.Ordinal));
            if (named is null)
            {
                sets.Add(used);
            }
            else if (!named.Equals(used))
            {
                // Written by name, the calendar would read back with the other set.
                throw new ArgumentException($"A calendar uses a holiday set named '{used.Name}' that differs from the document's set of that name.", nameof(calendars));
            }
        }

        _holidaySets = [.. sets];
    }

    /// <summary>Gets the calendars, in document order.</summary>
    public IReadOnlyList<BusinessCalendar> Calendars => _calendars;

    /// <summary>Gets the holiday sets: those listed, then any others the calendars use.</summary>
    public IReadOnlyList<HolidaySet> HolidaySets => _holidaySets;

    /// <summary>Finds a calendar by id (case-sensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The calendar, or <see langword="null"/> if the document has none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public BusinessCalendar? FindCalendar(string id)
    {
        Guard.Against.Null(id);
        return Array.Find(_calendars, c => string.Equals(c.Id, id, StringComparison.Ordinal));
    }

    /// <summary>Finds a holiday set by name (case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The set, or <see langword="null"/> if the document has none with that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public HolidaySet? FindHolidaySet(string name)
    {
        Guard.Against.Null(name);
        return Array.Find(_holidaySets, s => string.Equals(s.Name, name, StringComparison.Ordinal));
    }

    /// <summary>Compares the calendars and holiday sets, in order.</summary>
    /// <param name="other">The other document.</param>
    /// <returns><see langword="true"/> if both hold equal calendars and equal sets in the same order.</returns>
    public bool Equals(CalendarDocument? other) =>
        other is not null && _calendars.SequenceEqual(other._calendars) && _holidaySets.SequenceEqual(other._holidaySets);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CalendarDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_calendars.Length, _holidaySets.Length, _calendars.FirstOrDefault()?.Id);

    /// <summary>Returns the number of calendars and holiday sets, e.g. <c>2 calendars, 1 holiday set</c>.</summary>
    /// <returns>A short description without any calendar content.</returns>
    public override string ToString() =>
        $"{CalendarText.Count(_calendars.Length, "calendar")}, {CalendarText.Count(_holidaySets.Length, "holiday set")}";
}
