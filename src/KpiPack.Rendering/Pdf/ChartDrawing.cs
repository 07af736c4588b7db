using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The plot of an exception's chart, drawn from the model's chart geometry as the HTML edition's SVG is: the axes and
/// their labels, the line of months, the mean (solid), the process limits (dashed) and the target (dotted), and each
/// month's point as a small shape. The whole plot is one figure whose alternative text is the chart's caption.
/// </summary>
internal sealed class ChartDrawing(ITextMeasurer measurer)
{
    /// <summary>The axes' labels: the smallest text the appendix prints.</summary>
    public const float LabelSize = 6f;

    private const float CommonRadius = 1.3f;
    private const float SignalRadius = 2.3f;

    private static readonly TextFont LabelFont = new(Bold: false, LabelSize);
    private static readonly Rgb RuleInk = new(0xDD, 0xDD, 0xDD);

    public Drawing Of(ExceptionChart chart, float height) =>
        new(height, (canvas, area) => Paint(canvas, FrameOf(chart, area), chart), $"chart {chart.Ref}", Alt: chart.Caption);

    /// <summary>The frame a chart of <paramref name="chart"/> gets in <paramref name="area"/>: for the layout tests.</summary>
    public ChartFrame FrameOf(ExceptionChart chart, Rect area)
    {
        float Widest(IEnumerable<string> labels) => labels.Select(l => measurer.Width(l, LabelFont)).DefaultIfEmpty(0).Max();
        return ChartFrame.Of(area, Widest(chart.YTicks.Select(t => t.Label)), Widest(chart.XLabels.Select(l => l.Label)), LabelSize);
    }

    private void Paint(ICanvas canvas, ChartFrame frame, ExceptionChart chart)
    {
        var plot = frame.Plot;
        var months = chart.Months.Count;
        float Y(decimal value) => frame.Y(value, chart.YMin, chart.YMax);
        float X(int index) => frame.X(index, months);

        var rule = new Stroke(RuleInk, 0.3f);
        var axis = new Stroke(Palette.Grid, 0.5f);
        foreach (var tick in chart.YTicks)
        {
            var y = Y(tick.Value);
            canvas.Line(new(plot.Left, y), new(plot.Right, y), rule);
            canvas.Line(new(plot.Left - frame.TickOutside, y), new(plot.Left, y), axis);
            canvas.Text(tick.Label, frame.YLabelRight - measurer.Width(tick.Label, LabelFont), frame.YLabelBaseline(y), LabelFont, Palette.Text);
        }
        foreach (var label in chart.XLabels)
        {
            var x = X(label.Index);
            canvas.Line(new(x, plot.Bottom), new(x, plot.Bottom + frame.TickOutside), axis);
            canvas.Text(label.Label, x - measurer.Width(label.Label, LabelFont) / 2, frame.XLabelBaseline, LabelFont, Palette.Text);
        }
        canvas.Line(new(plot.Left, plot.Top), new(plot.Left, plot.Bottom), axis);
        canvas.Line(new(plot.Left, plot.Bottom), new(plot.Right, plot.Bottom), axis);

        canvas.Save();
        canvas.Clip(plot);
        void Rule(decimal? value, Rgb colour, float width, IReadOnlyList<float>? dashes)
        {
            if (value is { } v) canvas.Line(new(plot.Left, Y(v)), new(plot.Right, Y(v)), new Stroke(colour, width, dashes));
        }
        Rule(chart.UpperLimit, ChartMarks.Centre, 0.6f, [3, 2]);
        Rule(chart.LowerLimit, ChartMarks.Centre, 0.6f, [3, 2]);
        Rule(chart.Mean, ChartMarks.Centre, 0.8f, null);
        Rule(chart.Target, ChartMarks.Target, 1f, [1, 1.5f]);
        var series = new Stroke(ChartMarks.Series, 0.8f);
        foreach (var segment in chart.Segments.Where(s => s.Count > 1))
            canvas.Path(segment.Select(p => new Point(X(p.Index), Y(p.Value))).ToList(), null, series);
        canvas.Restore();

        // Common-cause points first, so a special cause is never hidden under one; a special cause sits on a white
        // halo, a shape a little larger.
        foreach (var point in chart.Points.OrderBy(p => p.Signal != PointSignal.Common))
        {
            var mark = ChartMarks.Point(point.Signal);
            var r = point.Signal == PointSignal.Common ? CommonRadius : SignalRadius;
            var (x, y) = (X(point.Index), Y(point.Value));
            var box = new Rect(x - r, y - r, x + r, y + r);
            if (point.Signal != PointSignal.Common) ChartIcons.DrawShape(canvas, mark.Shape, box.Inflate(0.6f), Rgb.White, null);
            ChartIcons.DrawShape(canvas, mark.Shape, box, mark.Fill, null);
        }
    }
}
