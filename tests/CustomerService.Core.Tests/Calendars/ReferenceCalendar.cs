using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.Calendars;
using NodaTime;

namespace CustomerService.Core.Tests.Calendars;

/// <summary>
/// A slow reference for <see cref="BusinessCalendar"/>, written straight from SLA-SEMANTICS.md §1 and
/// independent of its index: it reads only the calendar's public definition, lists each local date's
/// own intervals, cuts time at every boundary, and calls a piece open when some date's interval
/// contains it. No merging, no prefix sums, no buckets.
/// </summary>
internal sealed class ReferenceCalendar(BusinessCalendar calendar)
{
    private static readonly Duration FirstWindow = Duration.FromDays(8);
    private static readonly Duration LastWindow = Duration.FromDays(4 * 366);

    public bool IsOpen(Instant t) => RawIntervals(t, t).Any(r => r.Start <= t && t < r.End);

    public Duration Between(Instant a, Instant b) =>
        b < a ? -Between(b, a) : OpenPieces(a, b).Aggregate(Duration.Zero, (sum, p) => sum + (p.End - p.Start));

    public Instant Add(Instant start, Duration duration)
    {
        if (duration == Duration.Zero)
        {
            return start;
        }

        for (var window = FirstWindow; ; window *= 2)
        {
            var remaining = duration;
            foreach (var (from, to) in OpenPieces(start, start + window))
            {
                if (remaining <= to - from)
                {
                    return from + remaining;
                }

                remaining -= to - from;
            }
        }
    }

    public Instant Subtract(Instant end, Duration duration)
    {
        if (duration == Duration.Zero)
        {
            return end;
        }

        for (var window = FirstWindow; ; window *= 2)
        {
            var remaining = duration;
            foreach (var (from, to) in Enumerable.Reverse(OpenPieces(end - window, end)))
            {
                if (remaining <= to - from)
                {
                    return to - remaining;
                }

                remaining -= to - from;
            }
        }
    }

    public Instant NextOpening(Instant t)
    {
        for (var window = FirstWindow; ; window *= 2)
        {
            var pieces = OpenPieces(t, t + window);
            if (pieces.Count > 0)
            {
                return pieces[0].Start;
            }
        }
    }

    /// <summary>The end of the run of open pieces containing or following <paramref name="t"/>; <see cref="Instant.MaxValue"/> if none ends within four years.</summary>
    public Instant NextClosing(Instant t)
    {
        for (var window = FirstWindow; window <= LastWindow; window *= 2)
        {
            var runs = Runs(OpenPieces(t, t + window));
            if (runs.Count > 0 && runs[0].End < t + window)
            {
                return runs[0].End;
            }
        }

        return Instant.MaxValue;
    }

    public List<Interval> OpenIntervals(Instant a, Instant b) => [.. Runs(OpenPieces(a, b)).Select(r => new Interval(r.Start, r.End))];

    private static List<(Instant Start, Instant End)> Runs(List<(Instant Start, Instant End)> pieces)
    {
        var runs = new List<(Instant Start, Instant End)>();
        foreach (var piece in pieces)
        {
            if (runs.Count > 0 && runs[^1].End == piece.Start)
            {
                runs[^1] = (runs[^1].Start, piece.End);
            }
            else
            {
                runs.Add(piece);
            }
        }

        return runs;
    }

    // [a, b) cut at every interval boundary; the open pieces, in order.
    private List<(Instant Start, Instant End)> OpenPieces(Instant a, Instant b)
    {
        var raw = RawIntervals(a, b);
        var cuts = raw.SelectMany(r => new[] { r.Start, r.End }).Where(c => a < c && c < b).Append(a).Append(b).Distinct().Order().ToList();
        var pieces = new List<(Instant Start, Instant End)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (x, y) = (cuts[i], cuts[i + 1]);
            if (raw.Any(r => r.Start <= x && x < r.End))
            {
                pieces.Add((x, y));
            }
        }

        return pieces;
    }

    // Every date's own intervals that may meet [a, b]: an interval lies within two local days of its date,
    // and a local date is within 18 hours of the UTC date.
    private List<(Instant Start, Instant End)> RawIntervals(Instant a, Instant b)
    {
        var zone = calendar.Zone;
        var list = new List<(Instant Start, Instant End)>();
        for (var date = a.InUtc().Date.PlusDays(-3); date <= b.InUtc().Date.PlusDays(2); date = date.PlusDays(1))
        {
            foreach (var hours in HoursOn(date))
            {
                var start = (date + hours.Start).InZoneLeniently(zone).ToInstant();
                var endDate = hours.End <= hours.Start ? date.PlusDays(1) : date;
                var end = (endDate + hours.End).InZoneLeniently(zone).ToInstant();
                if (start < end)
                {
                    list.Add((start, end));
                }
            }
        }

        return list;
    }

    private IReadOnlyList<OpeningHours> HoursOn(LocalDate date)
    {
        if (calendar.DateOverrides.TryGetValue(date, out var hours))
        {
            return hours;
        }

        if (calendar.Holidays.Contains(date) || calendar.HolidaySets.Any(s => s.Contains(date)))
        {
            return [];
        }

        return calendar.WeeklyHours(date.DayOfWeek);
    }
}
