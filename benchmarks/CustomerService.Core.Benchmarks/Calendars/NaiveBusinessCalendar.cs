using System.Collections.Generic;
using NodaTime;

namespace CustomerService.Core.Benchmarks.Calendars;

/// <summary>
/// Baseline 1: what a team would write themselves with NodaTime — walk the local dates one by one,
/// resolve each working day's opening and closing in the zone, and count. Weekly hours (one interval
/// a day) and holidays only.
/// </summary>
internal sealed class NaiveBusinessCalendar(DateTimeZone zone, LocalTime opening, LocalTime closing, ISet<IsoDayOfWeek> workdays, ISet<LocalDate> holidays)
{
    public Instant Add(Instant start, Duration duration)
    {
        var remaining = duration;
        var cursor = start;
        for (var date = start.InZone(zone).Date; ; date = date.PlusDays(1))
        {
            if (!IsWorkday(date))
            {
                continue;
            }

            var open = zone.AtLeniently(date + opening).ToInstant();
            var close = zone.AtLeniently(date + closing).ToInstant();
            var from = Instant.Max(cursor, open);
            if (from >= close)
            {
                continue;
            }

            if (remaining <= close - from)
            {
                return from + remaining;
            }

            remaining -= close - from;
            cursor = close;
        }
    }

    public Duration Between(Instant start, Instant end)
    {
        var total = Duration.Zero;
        var last = end.InZone(zone).Date;
        for (var date = start.InZone(zone).Date; date <= last; date = date.PlusDays(1))
        {
            if (!IsWorkday(date))
            {
                continue;
            }

            var from = Instant.Max(start, zone.AtLeniently(date + opening).ToInstant());
            var to = Instant.Min(end, zone.AtLeniently(date + closing).ToInstant());
            if (from < to)
            {
                total += to - from;
            }
        }

        return total;
    }

    private bool IsWorkday(LocalDate date) => workdays.Contains(date.DayOfWeek) && !holidays.Contains(date);
}
