using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;

namespace CustomerService.Cli.HtmlReports;

/// <summary>One series of a chart: a name for the legend and a value per category (none where there is no value).</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// Draws the report's charts as inline SVG, computed here: no script, no library, no network. Each chart
/// has a title, axes with gridlines, a legend, and a native tooltip (<c>&lt;title&gt;</c>) on every mark.
/// </summary>
internal static class SvgChart
{
    private const int Width = 760;
    private const int Height = 320;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 36;
    private const int Bottom = 52;

    public static readonly string[] Palette = ["#2563eb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#64748b"];

    /// <summary>Bars side by side in each category, one per series, on a scale from 0 to <paramref name="max"/>.</summary>
    public static string Bars(string id, string label, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, double max, Func<double, string> format)
    {
        var svg = Start(id, label);
        Axis(svg, 0, max, format);
        var slot = (double)(Width - Left - Right) / Math.Max(1, categories.Count);
        var bar = slot * 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = Left + (slot * c) + (slot * 0.1);
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var y = Y(value, 0, max);
                var x = x0 + (bar * s);
                svg.Append(Invariant($"<rect class=\"mark\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(1, bar - 2):0.#}\" height=\"{Y(0, 0, max) - y:0.#}\" fill=\"{Palette[s % Palette.Length]}\">"))
                    .Append("<title>").Append(Escape($"{series[s].Name}, {categories[c]}: {format(value)}")).Append("</title></rect>");
            }

            svg.Append(Invariant($"<text class=\"tick\" x=\"{x0 + (slot * 0.4):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">")).Append(Escape(categories[c])).Append("</text>");
        }

        return End(svg, series);
    }

    /// <summary>A line per series over the categories, on a scale from <paramref name="min"/> to <paramref name="max"/>; gaps where a value is missing.</summary>
    public static string Lines(string id, string label, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, double min, double max, Func<double, string> format)
    {
        var svg = Start(id, label);
        Axis(svg, min, max, format);
        var step = (double)(Width - Left - Right) / Math.Max(1, categories.Count);
        double X(int i) => Left + (step * (i + 0.5));
        for (var c = 0; c < categories.Count; c++)
        {
            svg.Append(Invariant($"<text class=\"tick\" x=\"{X(c):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">")).Append(Escape(categories[c])).Append("</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var color = Palette[s % Palette.Length];
            var points = new StringBuilder();
            for (var c = 0; c < categories.Count; c++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    Polyline(svg, points, color);
                    continue;
                }

                points.Append(Invariant($"{X(c):0.#},{Y(value, min, max):0.#} "));
            }

            Polyline(svg, points, color);
            for (var c = 0; c < categories.Count; c++)
            {
                if (series[s].Values[c] is { } value)
                {
                    svg.Append(Invariant($"<circle class=\"mark\" cx=\"{X(c):0.#}\" cy=\"{Y(value, min, max):0.#}\" r=\"4\" fill=\"{color}\">"))
                        .Append("<title>").Append(Escape($"{series[s].Name}, {categories[c]}: {format(value)}")).Append("</title></circle>");
                }
            }
        }

        return End(svg, series);
    }

    private static StringBuilder Start(string id, string label) =>
        new StringBuilder()
            .Append(Invariant($"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\""))
            .Append(Escape(label)).Append("\" xmlns=\"http://www.w3.org/2000/svg\">");

    private static string End(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        var x = (double)Left;
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"10\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Length]}\"/>"))
                .Append(Invariant($"<text class=\"legend\" x=\"{x + 16:0.#}\" y=\"20\">")).Append(Escape(series[s].Name)).Append("</text>");
            x += 28 + (series[s].Name.Length * 7);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Five gridlines with their values, and the baseline.</summary>
    private static void Axis(StringBuilder svg, double min, double max, Func<double, string> format)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = min + ((max - min) * i / 4);
            var y = Y(value, min, max);
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>"))
                .Append(Invariant($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">")).Append(Escape(format(value))).Append("</text>");
        }
    }

    private static void Polyline(StringBuilder svg, StringBuilder points, string color)
    {
        if (points.Length > 0)
        {
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\" points=\"{points.ToString().TrimEnd()}\"/>"));
            points.Clear();
        }
    }

    private static double Y(double value, double min, double max) =>
        Top + ((Height - Top - Bottom) * (1 - ((Math.Clamp(value, min, max) - min) / (max - min))));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
