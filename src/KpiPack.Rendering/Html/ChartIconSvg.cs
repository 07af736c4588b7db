using System.Globalization;
using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>
/// An icon or point mark as a small inline SVG, hidden from screen readers: the words written beside it say the same.
/// The same shapes as the PDF draws (a circle with an arrow, a square with a letter), so the two editions agree.
/// </summary>
internal static class ChartIconSvg
{
    public static void Write(HtmlWriter html, ChartIcon icon, int size = 20)
    {
        var s = size.ToString(CultureInfo.InvariantCulture);
        html.Open("svg", ("aria-hidden", "true"), ("focusable", "false"), ("class", "icon"), ("width", s), ("height", s), ("viewBox", "0 0 16 16"));
        var plain = icon.Mark.Length == 0;
        Shape(html, icon.Shape, 8, 8, plain ? 4 : 7, icon.Fill.Hex, plain ? null : icon.Ink.Hex);
        if (!plain)
            html.Element("text", icon.Mark, ("x", "8"), ("y", "12"), ("text-anchor", "middle"), ("font-size", "11"), ("font-weight", "bold"), ("fill", icon.Ink.Hex));
        html.Close();
    }

    /// <summary>A mark centred on (<paramref name="x"/>, <paramref name="y"/>), <paramref name="r"/> from its centre to its edge.</summary>
    public static void Shape(HtmlWriter html, MarkShape shape, double x, double y, double r, string fill, string? stroke = null)
    {
        static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        (string, string?)[] paint = stroke is null ? [("fill", fill)] : [("fill", fill), ("stroke", stroke), ("stroke-width", "1")];
        switch (shape)
        {
            case MarkShape.Square:
                html.Open("rect", [("x", N(x - r)), ("y", N(y - r)), ("width", N(2 * r)), ("height", N(2 * r)), .. paint]).Close();
                break;
            case MarkShape.Diamond:
                html.Open("polygon", [("points", $"{N(x)},{N(y - r)} {N(x + r)},{N(y)} {N(x)},{N(y + r)} {N(x - r)},{N(y)}"), .. paint]).Close();
                break;
            default:
                html.Open("circle", [("cx", N(x)), ("cy", N(y)), ("r", N(r)), .. paint]).Close();
                break;
        }
    }
}
