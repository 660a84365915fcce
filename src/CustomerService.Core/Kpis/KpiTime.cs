namespace CustomerService.Core.Kpis;

/// <summary>A time KPI measured twice: in calendar time (24/7) and in business time (open hours of the options' calendar).</summary>
/// <param name="CalendarTime">The durations in calendar time: count, mean, median, p90, p99, min, max.</param>
/// <param name="BusinessTime">
/// The same durations counted in <see cref="KpiOptions.BusinessCalendar"/>'s open time; empty when the
/// options have no business calendar.
/// </param>
public sealed record KpiTime(DurationSummary CalendarTime, DurationSummary BusinessTime);
