using KpiPack.Core.Model;
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

    public Layout.Drawing Of(IReadOnlyList<Observation> months, float height) =>
        new(height, (canvas, area) => Paint(canvas, area, months), "sparkline");

    public void Dispose() => _plot.Dispose();

    private void Paint(SKCanvas canvas, SKRect area, IReadOnlyList<Observation> months)
    {
        var points = months
            .Select((value, index) => (X: (double)index, Y: value.Number is { } n ? (double?)n : null))
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

        var latest = _plot.Add.Marker(points[^1].X, points[^1].Y);
        latest.Size = 2.5f;
        latest.Color = ink;

        var (low, high) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var pad = high > low ? (high - low) * 0.1 : Math.Max(1, Math.Abs(high) * 0.1);
        _plot.Axes.SetLimits(-0.5, months.Count - 0.5, low - pad, high + pad);

        canvas.Save();
        _plot.Render(canvas, new PixelRect(area.Left, area.Right, area.Bottom, area.Top));
        canvas.Restore();
    }
}
