using KpiPack.Core.Model;
using KpiPack.Core.Spc;
using ScottPlot;
using SkiaSharp;

namespace KpiPack.Rendering.Appendix;

/// <summary>
/// Small lines of the months shown, drawn by ScottPlot straight onto the page as vectors. One plot draws every
/// sparkline of a document in turn: making a plot costs far more than drawing one.
/// </summary>
public sealed class Sparklines : IDisposable
{
    private readonly Plot _plot = new();

    public Sparklines()
    {
        _plot.Layout.Frameless();
        _plot.HideGrid();
        _plot.Axes.Frameless();
        _plot.FigureBackground.Color = Colors.Transparent;
        _plot.DataBackground.Color = Colors.Transparent;
        // Each render on a PDF canvas would otherwise add a full-page clear as a nested form object.
        _plot.RenderManager.ClearCanvasBeforeEachRender = false;
    }

    /// <summary>A sparkline of the months shown; with a chart, its mean and limits drawn faintly and its signals marked.</summary>
    public Layout.Drawing Of(IReadOnlyList<(Month Month, Observation Value)> months, SpcResult? chart, Polarity polarity, float height) =>
        new(height, (canvas, area) => Paint(canvas, area, months, chart, polarity), "sparkline");

    public void Dispose() => _plot.Dispose();

    private void Paint(SKCanvas canvas, SKRect area, IReadOnlyList<(Month Month, Observation Value)> months, SpcResult? chart, Polarity polarity)
    {
        var points = months
            .Select((month, index) => (X: (double)index, Y: month.Value.Number is { } n ? (double?)n : null))
            .Where(p => p.Y is not null)
            .Select(p => (p.X, Y: p.Y!.Value))
            .ToList();
        if (points.Count < 2) return;

        _plot.Clear();
        var ink = new Color(Palette.Sparkline.Red, Palette.Sparkline.Green, Palette.Sparkline.Blue);
        var line = _plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        line.MarkerSize = 0;
        line.LineWidth = 0.75f;
        line.Color = ink;

        var dots = new List<(double X, double Y, SKColor Ink)> { (points[^1].X, points[^1].Y, Palette.Sparkline) };

        var (low, high) = (points.Min(p => p.Y), points.Max(p => p.Y));
        if (chart is { HasLimits: true })
        {
            var faint = new Color(0x99, 0x99, 0x99);
            // Plain line segments: ScottPlot's axis lines carry labels and cost the PDF several times more.
            foreach (var y in new[] { (double)chart.LowerLimit, (double)chart.Mean, (double)chart.UpperLimit })
            {
                var rule = _plot.Add.Line(-0.5, y, months.Count - 0.5, y);
                rule.LineWidth = 0.3f;
                rule.MarkerSize = 0;
                rule.Color = faint;
            }
            (low, high) = (Math.Min(low, (double)chart.LowerLimit), Math.Max(high, (double)chart.UpperLimit));
            // Signals among the months shown, coloured as what they mean.
            foreach (var signal in chart.Points.Where(p => p.Flagged))
            {
                var index = months.ToList().FindIndex(m => m.Month == signal.Month);
                if (index < 0) continue;
                dots.Add((index, (double)signal.Value, SpcMarks.PointInk(signal, polarity)));
            }
        }
        var pad = high > low ? (high - low) * 0.1 : Math.Max(1, Math.Abs(high) * 0.1);
        _plot.Axes.SetLimits(-0.5, months.Count - 0.5, low - pad, high + pad);

        canvas.Save();
        _plot.Render(canvas, new PixelRect(area.Left, area.Right, area.Bottom, area.Top));
        canvas.Restore();

        // Dots drawn by Skia itself as small squares: a ScottPlot marker costs the PDF most of a kilobyte, a square a few bytes.
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        foreach (var (x, y, dotInk) in dots)
        {
            var pixel = _plot.GetPixel(new Coordinates(x, y));
            paint.Color = dotInk;
            canvas.DrawRect(pixel.X - 1f, pixel.Y - 1f, 2f, 2f, paint);
        }
    }
}
