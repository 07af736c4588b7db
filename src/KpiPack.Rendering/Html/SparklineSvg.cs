using System.Globalization;
using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>A sparkline as inline SVG, with the model's sentence saying what it shows for anyone who cannot see it.</summary>
internal static class SparklineSvg
{
    private const int Width = 80;
    private const int Height = 20;

    public static void Write(HtmlWriter html, Sparkline line)
    {
        static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
        string X(SparkPoint p, double offset = 0) => N(p.X * Width + offset);
        string Y(double y, double offset = 0) => N((1 - y) * Height + offset);

        html.Open("svg", ("role", "img"), ("aria-label", line.Description),
            ("width", Width.ToString(CultureInfo.InvariantCulture)), ("height", Height.ToString(CultureInfo.InvariantCulture)),
            ("viewBox", $"0 0 {Width} {Height}"));
        html.Element("title", line.Description);
        foreach (var y in line.Rules)
            html.Open("line", ("x1", N(line.RulesFrom * Width)), ("x2", Width.ToString(CultureInfo.InvariantCulture)), ("y1", Y(y)), ("y2", Y(y)),
                ("stroke", Palette.Grid.Hex), ("stroke-width", "0.5")).Close();
        foreach (var segment in line.Segments)
        {
            if (segment.Count == 1)
                html.Open("circle", ("cx", X(segment[0])), ("cy", Y(segment[0].Y)), ("r", "1"), ("fill", Palette.Sparkline.Hex)).Close();
            else
                html.Open("polyline", ("points", string.Join(" ", segment.Select(p => $"{X(p)},{Y(p.Y)}"))),
                    ("fill", "none"), ("stroke", Palette.Sparkline.Hex), ("stroke-width", "1.2")).Close();
        }
        html.Open("circle", ("cx", X(line.Latest)), ("cy", Y(line.Latest.Y)), ("r", "1.8"), ("fill", Palette.Sparkline.Hex)).Close();
        foreach (var signal in line.Signals)
            html.Open("rect", ("x", X(signal.Point, -1.5)), ("y", Y(signal.Point.Y, -1.5)), ("width", "3"), ("height", "3"),
                ("fill", signal.Ink.Hex)).Close();
        html.Close();
    }
}
