using KpiPack.Core.Appendix;
using KpiPack.Core.Spc;
using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using ScottPlot;
using SkiaSharp;
using Drawing = KpiPack.Rendering.Layout.Drawing;
using Palette = KpiPack.Core.Appendix.Palette;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The plot of an exception's chart: ScottPlot draws the line of months, the mean (solid), the process limits
/// (dashed) and the target (dotted) as vectors onto the page; KpiPack draws the axes, their labels in the shipped
/// font (ScottPlot's text would embed a second, whole font) and the points as small shapes (a ScottPlot marker costs
/// the PDF most of a kilobyte).
/// </summary>
internal sealed class ExceptionChartPlots(FontSet fonts)
{
    /// <summary>The axes' labels: the smallest text the appendix prints.</summary>
    public const float LabelSize = 6f;

    private const float CommonRadius = 1.3f;
    private const float SignalRadius = 2.3f;

    public Drawing Of(ExceptionChart chart, float height)
    {
        var labels = chart.YTicks.Select(t => t.Label).Concat(chart.XLabels.Select(l => l.Label)).ToList();
        foreach (var label in labels) fonts.Use(label);
        return new Drawing(height, (canvas, area) => Paint(canvas, FrameOf(chart, area), chart), $"chart {chart.Ref}");
    }

    /// <summary>The frame a chart of <paramref name="chart"/> gets in <paramref name="area"/>: for the layout tests.</summary>
    public ChartFrame FrameOf(ExceptionChart chart, SKRect area)
    {
        using var measuring = fonts.MeasuringFont(bold: false, LabelSize);
        float Widest(IEnumerable<string> labels) => labels.Select(l => measuring.MeasureText(l)).DefaultIfEmpty(0).Max();
        return ChartFrame.Of(area, Widest(chart.YTicks.Select(t => t.Label)), Widest(chart.XLabels.Select(l => l.Label)), LabelSize);
    }

    private void Paint(SKCanvas canvas, ChartFrame frame, ExceptionChart chart)
    {
        var plot = frame.Plot;
        var months = chart.Months.Count;
        float Y(decimal value) => frame.Y(value, chart.YMin, chart.YMax);

        using var font = fonts.DrawingFont(bold: false, LabelSize);
        using var text = new SKPaint { Color = Palette.Text.ToSkia(), IsAntialias = true };
        using var rule = new SKPaint { Color = new SKColor(0xDD, 0xDD, 0xDD), Style = SKPaintStyle.Stroke, StrokeWidth = 0.3f };
        using var axis = new SKPaint { Color = Palette.Grid.ToSkia(), Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };

        foreach (var tick in chart.YTicks)
        {
            var y = Y(tick.Value);
            canvas.DrawLine(plot.Left, y, plot.Right, y, rule);
            canvas.DrawLine(plot.Left - frame.TickOutside, y, plot.Left, y, axis);
            canvas.DrawText(tick.Label, frame.YLabelRight, frame.YLabelBaseline(y), SKTextAlign.Right, font, text);
        }
        foreach (var label in chart.XLabels)
        {
            var x = frame.X(label.Index, months);
            canvas.DrawLine(x, plot.Bottom, x, plot.Bottom + frame.TickOutside, axis);
            canvas.DrawText(label.Label, x, frame.XLabelBaseline, SKTextAlign.Center, font, text);
        }
        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, axis);
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, axis);

        using (var scott = Lines(chart))
        {
            // ScottPlot's first render of a new plot lays it out and draws it twice; drawn once off the page first, it
            // draws once on it, halving what its lines cost the PDF.
            using (var dummy = new SKNoDrawCanvas((int)MathF.Ceiling(frame.Area.Right) + 1, (int)MathF.Ceiling(frame.Area.Bottom) + 1))
                scott.Render(dummy, new PixelRect(plot.Left, plot.Right, plot.Bottom, plot.Top));
            canvas.Save();
            canvas.ClipRect(plot);
            scott.Render(canvas, new PixelRect(plot.Left, plot.Right, plot.Bottom, plot.Top));
            canvas.Restore();
        }

        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        // Common-cause points first, so a special cause is never hidden under one; a special cause sits on a white
        // halo, a shape a little larger (an outline would be drawn as curves, a fill of a dot is a round-capped stroke).
        foreach (var point in chart.Points.OrderBy(p => p.Signal != PointSignal.Common))
        {
            var mark = ChartMarks.Point(point.Signal);
            var r = point.Signal == PointSignal.Common ? CommonRadius : SignalRadius;
            var (x, y) = (frame.X(point.Index, months), Y(point.Value));
            var box = new SKRect(x - r, y - r, x + r, y + r);
            if (point.Signal != PointSignal.Common)
            {
                fill.Color = SKColors.White;
                ChartIcons.DrawShape(canvas, mark.Shape, SKRect.Inflate(box, 0.6f, 0.6f), fill);
            }
            fill.Color = mark.Fill.ToSkia();
            ChartIcons.DrawShape(canvas, mark.Shape, box, fill);
        }
    }

    /// <summary>
    /// The lines, in data coordinates: a month's x is its index plus a half (the axis runs from 0 to the months' count,
    /// as <see cref="ChartFrame.X"/> places them), so the points drawn after land on the line.
    /// </summary>
    private static Plot Lines(ExceptionChart chart)
    {
        var plot = BarePlot.Create();

        var months = chart.Months.Count;
        void Line(double x1, double y1, double x2, double y2, Core.Appendix.Rgb colour, float width, LinePattern pattern)
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.LineWidth = width;
            line.MarkerSize = 0;
            line.Color = Colour(colour);
            line.LinePattern = pattern;
        }
        void Rule(decimal? value, double from, double to, Core.Appendix.Rgb colour, float width, LinePattern pattern)
        {
            if (value is { } v) Line(from, (double)v, to, (double)v, colour, width, pattern);
        }
        // Each period's mean and limits over its own months (a period's x runs from From + 0.5, as a month's index does);
        // a rebase is a dotted upright where its period begins.
        foreach (var period in chart.Periods)
        {
            var (from, to) = (period.From + 0.5, period.To + 0.5);
            Rule(period.UpperLimit, from, to, ChartMarks.Centre, 0.6f, LinePattern.Dashed);
            Rule(period.LowerLimit, from, to, ChartMarks.Centre, 0.6f, LinePattern.Dashed);
            Rule(period.Mean, from, to, ChartMarks.Centre, 0.8f, LinePattern.Solid);
            if (period.Rebase is not null) Line(from, (double)chart.YMin, from, (double)chart.YMax, ChartMarks.Centre, 0.6f, LinePattern.Dotted);
        }
        Rule(chart.Target, 0, months, ChartMarks.Target, 1f, LinePattern.Dotted);
        foreach (var segment in chart.Segments.Where(s => s.Count > 1))
        {
            var line = plot.Add.Scatter(segment.Select(p => p.Index + 0.5).ToArray(), segment.Select(p => (double)p.Value).ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 0.8f;
            line.Color = Colour(ChartMarks.Series);
        }
        plot.Axes.SetLimits(0, months, (double)chart.YMin, (double)chart.YMax);
        return plot;
    }

    private static Color Colour(Core.Appendix.Rgb rgb) => new(rgb.Red, rgb.Green, rgb.Blue);
}
