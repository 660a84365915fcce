using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Cli.CommandLine;
using CustomerService.Core.Kpis;
using NodaTime;

namespace CustomerService.Cli.KpiReports;

/// <summary>
/// The <c>--group-by</c>, <c>--period</c> and <c>--zone</c> options: <c>agent,channel+period</c> asks for two
/// groupings, by agent, and by channel and period together.
/// </summary>
internal static class KpiGroupings
{
    public static IReadOnlyList<KpiDimensions> Parse(string? text)
    {
        if (text is null)
        {
            return [];
        }

        var groupings = new List<KpiDimensions>();
        foreach (var grouping in text.Split(','))
        {
            var dimensions = KpiDimensions.None;
            foreach (var name in grouping.Split('+'))
            {
                var found = KpiFields.Dimensions.FirstOrDefault(d => d.Name == name.Trim());
                if (found.Name is null)
                {
                    throw new UsageException($"--group-by: '{name}' is not a dimension; use {string.Join(", ", KpiFields.Dimensions.Select(d => d.Name))}, separate groupings with ',' and combine dimensions with '+' (agent,channel+period).");
                }

                dimensions |= found.Dimension;
            }

            groupings.Add(dimensions);
        }

        return groupings;
    }

    public static KpiPeriod Period(string? text) => text switch
    {
        null or "week" => KpiPeriod.IsoWeek,
        "day" => KpiPeriod.Day,
        "month" => KpiPeriod.Month,
        _ => throw new UsageException($"--period '{text}' is not one of day, week or month."),
    };

    public static string NameOf(KpiPeriod period) => period switch
    {
        KpiPeriod.Day => "day",
        KpiPeriod.IsoWeek => "week",
        _ => "month",
    };

    public static DateTimeZone Zone(string? text) =>
        text is null ? DateTimeZone.Utc
        : DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) ?? throw new UsageException($"--zone '{text}' is not a time zone of the IANA database; write for example Europe/Berlin or America/New_York.");

    /// <summary>Whether a grouping needs a survey response's ticket (its group, channel, priority or tier).</summary>
    public static bool NeedTickets(IEnumerable<KpiDimensions> groupings) =>
        groupings.Any(g => (g & (KpiDimensions.Group | KpiDimensions.Channel | KpiDimensions.Priority | KpiDimensions.CustomerTier)) != 0);

    /// <summary>Adds a grouping unless it is there.</summary>
    public static IReadOnlyList<KpiDimensions> With(IReadOnlyList<KpiDimensions> groupings, KpiDimensions grouping) =>
        groupings.Contains(grouping) ? groupings : [.. groupings, grouping];

}
