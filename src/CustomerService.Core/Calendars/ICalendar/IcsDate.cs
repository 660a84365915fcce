using System;
using System.Globalization;
using NodaTime;

namespace CustomerService.Core.Calendars.ICalendar;

/// <summary>The iCalendar DATE form, YYYYMMDD (RFC 5545 §3.3.4).</summary>
internal static class IcsDate
{
    /// <summary>Reads exactly eight digits that make a real date in years 1 to 9999.</summary>
    public static bool TryParse(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 8)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        int year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        int month = int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        int day = int.Parse(text.AsSpan(6, 2), CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
