using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// A sparkline drawn from the model's points (already scaled to 0..1 across and up its area): the line in its
/// segments, the rules, a dot for the latest month and for a month alone between gaps, and the SPC signals' dots in
/// their colours. A figure whose alternative text is the model's sentence, as the HTML's SVG is labelled.
/// </summary>
internal static class SparklineDrawing
{
    private const float Dot = 2f;

    /// <summary>A sparkline at least <paramref name="height"/> tall, and as tall as its row.</summary>
    public static Drawing Of(Sparkline line, float height) =>
        new(height, (canvas, area) => Paint(canvas, area, line), "sparkline", Alt: line.Description) { Stretch = true };

    private static void Paint(ICanvas canvas, Rect area, Sparkline line)
    {
        Point At(SparkPoint p) => new(area.Left + p.X * area.Width, area.Bottom - p.Y * area.Height);

        var rule = new Stroke(Palette.Grid, 0.3f);
        foreach (var y in line.Rules)
            canvas.Line(At(new SparkPoint(0, y)), At(new SparkPoint(1, y)), rule);
        var stroke = new Stroke(Palette.Sparkline, 0.75f);
        foreach (var segment in line.Segments.Where(s => s.Count > 1))
            canvas.Path(segment.Select(At).ToList(), null, stroke);

        // A month alone between gaps has no line: its dot shows it, as the latest month's does.
        var alone = line.Segments.Where(s => s.Count == 1).Select(s => (s[0], Palette.Sparkline));
        foreach (var (point, ink) in alone.Append((line.Latest, Palette.Sparkline)).Distinct().Concat(line.Signals.Select(s => (s.Point, s.Ink))))
        {
            var at = At(point);
            canvas.Rectangle(new Rect(at.X - Dot / 2, at.Y - Dot / 2, at.X + Dot / 2, at.Y + Dot / 2), ink);
        }
    }
}
