using KpiPack.Core.Appendix;
using ScottPlot;
using SkiaSharp;
using Palette = KpiPack.Core.Appendix.Palette;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// Sparklines drawn by ScottPlot straight onto the page as vectors, from the model's points (already scaled to 0..1).
/// One plot draws every sparkline of a document in turn: making a plot costs far more than drawing one.
/// </summary>
internal sealed class Sparklines : IDisposable
{
    private readonly Plot _plot = BarePlot.Create();

    public Layout.Drawing Of(Sparkline line, float height) => new(height, (canvas, area) => Paint(canvas, area, line), "sparkline");

    public void Dispose() => _plot.Dispose();

    private void Paint(SKCanvas canvas, SKRect area, Sparkline line)
    {
        _plot.Clear();
        foreach (var segment in line.Segments.Where(s => s.Count > 1))
        {
            var scatter = _plot.Add.Scatter(segment.Select(p => (double)p.X).ToArray(), segment.Select(p => (double)p.Y).ToArray());
            scatter.MarkerSize = 0;
            scatter.LineWidth = 0.75f;
            scatter.Color = Colour(Palette.Sparkline);
        }
        // Plain line segments: ScottPlot's axis lines carry labels and cost the PDF several times more.
        foreach (var y in line.Rules)
        {
            var rule = _plot.Add.Line(line.RulesFrom, y, 1, y);
            rule.LineWidth = 0.3f;
            rule.MarkerSize = 0;
            rule.Color = Colour(Palette.Grid);
        }
        _plot.Axes.SetLimits(0, 1, 0, 1);

        canvas.Save();
        _plot.Render(canvas, new PixelRect(area.Left, area.Right, area.Bottom, area.Top));
        canvas.Restore();

        // Dots drawn by Skia itself as small squares: a ScottPlot marker costs the PDF most of a kilobyte, a square a few bytes.
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        // A month alone between gaps has no line: its dot shows it, as the latest month's does.
        var alone = line.Segments.Where(s => s.Count == 1).Select(s => (s[0], Palette.Sparkline));
        foreach (var (point, ink) in alone.Append((line.Latest, Palette.Sparkline)).Distinct().Concat(line.Signals.Select(s => (s.Point, s.Ink))))
        {
            var pixel = _plot.GetPixel(new Coordinates(point.X, point.Y));
            paint.Color = ink.ToSkia();
            canvas.DrawRect(pixel.X - 1f, pixel.Y - 1f, 2f, 2f, paint);
        }
    }

    private static Color Colour(Rgb rgb) => new(rgb.Red, rgb.Green, rgb.Blue);
}
