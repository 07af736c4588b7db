using System.Globalization;
using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>
/// The exceptions' charts in the HTML edition: each a figure with its title as a heading, the chart as inline SVG
/// (role="img", named by the title and described by the caption, which is also printed under it), and the variation
/// and assurance icons beside it with their words. The same model as the PDF's, so the two cannot disagree.
/// </summary>
internal static class ExceptionChartSvg
{
    private const double Width = 460;
    private const double Height = 240;
    private const double LabelSize = 12;
    private const double Top = 8;
    private const double Right = 18;
    private const double Bottom = 22;

    public static void Section(HtmlWriter html, AppendixModel appendix)
    {
        html.Element("h2", $"{ExceptionCharts.Heading}, {appendix.Month.Label}", ("id", "exception-charts"));
        html.Element("p", "Each indicator's months, with its mean and process limits, in the order the exceptions list them.");
        html.Open("ul", ("class", "legend"), ("aria-label", "What the charts' points and lines mean"));
        foreach (var item in ExceptionCharts.Legend)
        {
            html.Open("li");
            if (item.Icon is { } icon) ChartIconSvg.Write(html, icon);
            html.Text(item.Text).Close();
        }
        html.Close();
        html.Open("div", ("class", "charts"));
        for (var i = 0; i < appendix.ExceptionCharts.Count; i++) Figure(html, appendix.ExceptionCharts[i], $"chart-{i + 1}");
        html.Close();
    }

    private static void Figure(HtmlWriter html, ExceptionChart chart, string id)
    {
        html.Open("figure", ("class", "chart"), ("aria-labelledby", $"{id}-title"));
        html.Element("h3", chart.Title, ("id", $"{id}-title"));
        html.Open("div", ("class", "chart-body"));
        Svg(html, chart, id);
        html.Open("div", ("class", "chart-icons"));
        Icon(html, "Variation", chart.Variation);
        Icon(html, "Assurance", chart.Assurance);
        html.Close();
        html.Close();
        html.Element("figcaption", chart.Caption, ("id", $"{id}-caption"));
        html.Close();
    }

    private static void Icon(HtmlWriter html, string label, ChartIcon? icon)
    {
        if (icon is null) return;
        html.Open("p").Element("span", label, ("class", "muted")).Open("br");
        ChartIconSvg.Write(html, icon, 20);
        html.Text(" " + ChartMarks.Words(icon)).Close();
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Svg(HtmlWriter html, ExceptionChart chart, string id)
    {
        // Room at the left for the widest y label at about 0.6 em a character.
        var left = chart.YTicks.Select(t => t.Label.Length).DefaultIfEmpty(1).Max() * LabelSize * 0.6 + 6;
        var (plotLeft, plotRight, plotTop, plotBottom) = (left, Width - Right, Top, Height - Bottom);
        var months = chart.Months.Count;
        double X(int index) => plotLeft + (index + 0.5) / months * (plotRight - plotLeft);
        double Y(decimal value) => chart.YMax == chart.YMin ? (plotTop + plotBottom) / 2
            : plotBottom - (double)((value - chart.YMin) / (chart.YMax - chart.YMin)) * (plotBottom - plotTop);

        html.Open("svg", ("role", "img"), ("aria-labelledby", $"{id}-title"), ("aria-describedby", $"{id}-caption"),
            ("viewBox", $"0 0 {N(Width)} {N(Height)}"), ("class", "chart-plot"));
        var grid = Palette.Grid.Hex;
        foreach (var tick in chart.YTicks)
        {
            var y = N(Y(tick.Value));
            html.Open("line", ("x1", N(plotLeft)), ("x2", N(plotRight)), ("y1", y), ("y2", y), ("stroke", "#dddddd"), ("stroke-width", "0.5")).Close();
            html.Element("text", tick.Label, ("x", N(plotLeft - 4)), ("y", N(Y(tick.Value) + LabelSize * 0.35)), ("text-anchor", "end"),
                ("font-size", N(LabelSize)), ("fill", Palette.Text.Hex));
        }
        foreach (var label in chart.XLabels)
            html.Element("text", label.Label, ("x", N(X(label.Index))), ("y", N(Height - 6)), ("text-anchor", "middle"),
                ("font-size", N(LabelSize)), ("fill", Palette.Text.Hex));
        html.Open("polyline", ("points", $"{N(plotLeft)},{N(plotTop)} {N(plotLeft)},{N(plotBottom)} {N(plotRight)},{N(plotBottom)}"),
            ("fill", "none"), ("stroke", grid), ("stroke-width", "1")).Close();

        void Rule(decimal? value, Rgb colour, string width, string? dash)
        {
            if (value is not { } v || !chart.IsOnAxis(v)) return;
            var y = N(Y(v));
            html.Open("line", ("x1", N(plotLeft)), ("x2", N(plotRight)), ("y1", y), ("y2", y), ("stroke", colour.Hex), ("stroke-width", width), ("stroke-dasharray", dash)).Close();
        }
        Rule(chart.UpperLimit, ChartMarks.Centre, "1", "6 4");
        Rule(chart.LowerLimit, ChartMarks.Centre, "1", "6 4");
        Rule(chart.Mean, ChartMarks.Centre, "1.3", null);
        Rule(chart.Target, ChartMarks.Target, "1.6", "2 3");
        foreach (var segment in chart.Segments.Where(s => s.Count > 1))
            html.Open("polyline", ("points", string.Join(" ", segment.Select(p => $"{N(X(p.Index))},{N(Y(p.Value))}"))),
                ("fill", "none"), ("stroke", ChartMarks.Series.Hex), ("stroke-width", "1.3")).Close();
        foreach (var point in chart.Points.OrderBy(p => p.Signal != PointSignal.Common))
        {
            var mark = ChartMarks.Point(point.Signal);
            ChartIconSvg.Shape(html, mark.Shape, X(point.Index), Y(point.Value), point.Signal == PointSignal.Common ? 2.2 : 4, mark.Fill.Hex,
                point.Signal == PointSignal.Common ? null : "#ffffff");
        }
        html.Close();
    }
}
