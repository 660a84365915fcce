using System;
using System.Globalization;
using NodaTime;

namespace CustomerService.Cli.Text;

/// <summary>Numbers as every output writes them: culture-invariant, a fixed number of decimals, empty when there is none.</summary>
internal static class Numbers
{
    /// <summary>A count with thousands separators: <c>1,000</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal and its sign: <c>82.5%</c>; <c>-</c> when there is none.</summary>
    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    /// <summary>A number for CSV, up to four decimals: <c>82.5</c>, <c>100</c>; empty when there is none.</summary>
    public static string Plain(double? value) => value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A duration in seconds, for CSV and JSON: <c>5400</c>, <c>0.5</c>.</summary>
    public static double Seconds(Duration value) => Math.Round(value.TotalSeconds, 3);
}
