using ScottPlot;
using ScottPlot.TickGenerators;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// A ScottPlot plot that draws only what is added to it: no frame, grid, background or ticks. KpiPack draws any axes
/// itself, in the shipped font.
/// </summary>
internal static class BarePlot
{
    public static Plot Create()
    {
        var plot = new Plot();
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.Axes.Frameless();
        // Ticks nobody sees are still worked out on every render, measuring their labels: a tenth of a cold build.
        foreach (var axis in plot.Axes.GetAxes()) axis.TickGenerator = new EmptyTickGenerator();
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        // Each render on a PDF canvas would otherwise add a full-page clear as a nested form object.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        return plot;
    }
}
