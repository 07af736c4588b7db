using System.Globalization;
using KpiPack.Core.Model;
using KpiPack.Rendering.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>A sparkline as inline SVG, with a sentence that says what it shows for anyone who cannot see it.</summary>
internal static class SparklineSvg
{
    private const int Width = 80;
    private const int Height = 20;

    public static void Write(HtmlWriter html, IReadOnlyList<(Month Month, Observation Value)> months, Indicator indicator)
    {
        var points = months.Select((m, i) => (Index: i, m.Month, m.Value.Number)).Where(p => p.Number is not null).ToList();
        if (points.Count < 2)
        {
            html.Text("not enough figures");
            return;
        }
        var (low, high) = (points.MinBy(p => p.Number)!, points.MaxBy(p => p.Number)!);
        var span = high.Number!.Value - low.Number!.Value;
        string X(int index) => (index * (Width - 4.0) / Math.Max(1, months.Count - 1) + 2).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(decimal value) => (span == 0 ? Height / 2.0 : Height - 2 - (double)((value - low.Number.Value) / span) * (Height - 4)).ToString("0.#", CultureInfo.InvariantCulture);

        var latest = points[^1];
        var description = $"{months.Count} months from {months[0].Month.Label} to {months[^1].Month.Label}: " +
            $"low {Figures.Value(Observation.Of(low.Number.Value), indicator)} in {low.Month.Label}, " +
            $"high {Figures.Value(Observation.Of(high.Number.Value), indicator)} in {high.Month.Label}, " +
            $"latest {Figures.Value(Observation.Of(latest.Number!.Value), indicator)} in {latest.Month.Label}";

        html.Open("svg", ("role", "img"), ("aria-label", description),
            ("width", Width.ToString(CultureInfo.InvariantCulture)), ("height", Height.ToString(CultureInfo.InvariantCulture)),
            ("viewBox", $"0 0 {Width} {Height}"));
        html.Element("title", description);
        html.Open("polyline", ("points", string.Join(" ", points.Select(p => $"{X(p.Index)},{Y(p.Number!.Value)}"))),
            ("fill", "none"), ("stroke", "#1f3a5f"), ("stroke-width", "1.2")).Close();
        html.Open("circle", ("cx", X(latest.Index)), ("cy", Y(latest.Number.Value)), ("r", "1.8"), ("fill", "#1f3a5f")).Close();
        html.Close();
    }
}
