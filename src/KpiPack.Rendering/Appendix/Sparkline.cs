using KpiPack.Core.Model;
using KpiPack.Rendering.Layout;
using ScottPlot;
using SkiaSharp;

namespace KpiPack.Rendering.Appendix;

/// <summary>A small line of the months shown, drawn by ScottPlot straight onto the page as vectors.</summary>
public static class Sparkline
{
    public static Layout.Drawing Of(IReadOnlyList<Observation> months, float height) =>
        new(height, (canvas, area) => Paint(canvas, area, months), "sparkline");

    private static void Paint(SKCanvas canvas, SKRect area, IReadOnlyList<Observation> months)
    {
        var points = months
            .Select((value, index) => (X: (double)index, Y: value.Number is { } n ? (double?)n : null))
            .Where(p => p.Y is not null)
            .Select(p => (p.X, Y: p.Y!.Value))
            .ToList();
        if (points.Count < 2) return;

        using var plot = new Plot();
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.Axes.Frameless();
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        // Each render on a PDF canvas would otherwise add a full-page clear as a nested form object.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;

        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        line.MarkerSize = 0;
        line.LineWidth = 0.75f;
        line.Color = new Color(Palette.Sparkline.Red, Palette.Sparkline.Green, Palette.Sparkline.Blue);

        var latest = plot.Add.Marker(points[^1].X, points[^1].Y);
        latest.Size = 2.5f;
        latest.Color = line.Color;

        var (low, high) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var pad = high > low ? (high - low) * 0.1 : Math.Max(1, Math.Abs(high) * 0.1);
        plot.Axes.SetLimits(-0.5, months.Count - 0.5, low - pad, high + pad);

        canvas.Save();
        plot.Render(canvas, new PixelRect(area.Left, area.Right, area.Bottom, area.Top));
        canvas.Restore();
    }
}
