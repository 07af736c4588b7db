using System.Globalization;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;
using KpiPack.Rendering.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>A sparkline as inline SVG, with a sentence that says what it shows for anyone who cannot see it.</summary>
internal static class SparklineSvg
{
    private const int Width = 80;
    private const int Height = 20;

    public static void Write(HtmlWriter html, IReadOnlyList<(Month Month, Observation Value)> months, Indicator indicator, SpcResult? chart)
    {
        var points = months.Select((m, i) => (Index: i, m.Month, m.Value.Number)).Where(p => p.Number is not null).ToList();
        if (points.Count < 2)
        {
            html.Text("not enough figures");
            return;
        }
        var (low, high) = (points.MinBy(p => p.Number)!, points.MaxBy(p => p.Number)!);
        var limits = chart is { HasLimits: true } ? chart : null;
        // The scale takes in the process limits, so they can be drawn faintly behind the line.
        var bottom = Math.Min(low.Number!.Value, limits?.LowerLimit ?? decimal.MaxValue);
        var top = Math.Max(high.Number!.Value, limits?.UpperLimit ?? decimal.MinValue);
        var span = top - bottom;
        var signals = limits?.Points.Where(p => p.Flagged && months.Any(m => m.Month == p.Month)).ToList() ?? [];
        string X(int index, double offset = 0) => (index * (Width - 4.0) / Math.Max(1, months.Count - 1) + 2 + offset).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(decimal value, double offset = 0) => (offset + (span == 0 ? Height / 2.0 : Height - 2 - (double)((value - bottom) / span) * (Height - 4))).ToString("0.#", CultureInfo.InvariantCulture);

        var latest = points[^1];
        var description = $"{months.Count} months from {months[0].Month.Label} to {months[^1].Month.Label}: " +
            $"low {Figures.Value(Observation.Of(low.Number.Value), indicator)} in {low.Month.Label}, " +
            $"high {Figures.Value(Observation.Of(high.Number.Value), indicator)} in {high.Month.Label}, " +
            $"latest {Figures.Value(Observation.Of(latest.Number!.Value), indicator)} in {latest.Month.Label}" +
            (signals.Count == 0 ? "" : $"; signals in {string.Join(", ", signals.Select(s => s.Month.Label))}");

        html.Open("svg", ("role", "img"), ("aria-label", description),
            ("width", Width.ToString(CultureInfo.InvariantCulture)), ("height", Height.ToString(CultureInfo.InvariantCulture)),
            ("viewBox", $"0 0 {Width} {Height}"));
        html.Element("title", description);
        if (limits is not null)
            foreach (var y in new[] { limits.LowerLimit, limits.Mean, limits.UpperLimit })
                html.Open("line", ("x1", "0"), ("x2", Width.ToString(CultureInfo.InvariantCulture)), ("y1", Y(y)), ("y2", Y(y)),
                    ("stroke", "#999"), ("stroke-width", "0.5")).Close();
        html.Open("polyline", ("points", string.Join(" ", points.Select(p => $"{X(p.Index)},{Y(p.Number!.Value)}"))),
            ("fill", "none"), ("stroke", "#1f3a5f"), ("stroke-width", "1.2")).Close();
        html.Open("circle", ("cx", X(latest.Index)), ("cy", Y(latest.Number.Value)), ("r", "1.8"), ("fill", "#1f3a5f")).Close();
        foreach (var signal in signals)
        {
            var ink = SpcMarks.PointInk(signal, indicator.Polarity);
            var index = months.ToList().FindIndex(m => m.Month == signal.Month);
            html.Open("rect", ("x", X(index, -1.5)), ("y", Y(signal.Value, -1.5)), ("width", "3"), ("height", "3"),
                ("fill", $"#{ink.Red:x2}{ink.Green:x2}{ink.Blue:x2}")).Close();
        }
        html.Close();
    }
}
