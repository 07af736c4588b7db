using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using KpiPack.Rendering.Pdf;
using KpiPack.Tests.Rendering;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Layout;

/// <summary>The grid of the exceptions' charts, checked on the sample's Jun-20 layout without drawing a PDF.</summary>
public class ChartGridTests
{
    private static readonly Month June20 = new(2020, 6);

    [Test]
    public void An_a4_page_takes_three_charts_across_each_at_least_the_minimum_width()
    {
        var grid = ChartGrid.For(783.89f);

        Assert.That(grid.Columns, Is.EqualTo(3));
        Assert.That(grid.ColumnWidths.Sum(), Is.EqualTo(783.89f).Within(0.001f));
        Assert.That(grid.ColumnWidths, Is.All.GreaterThanOrEqualTo(ChartGrid.MinimumChartWidth));
        Assert.That(grid.Rows(Enumerable.Range(1, 10).ToList()).Select(r => r.Count), Is.EqualTo(new[] { 3, 3, 3, 1 }));
    }

    [Test]
    public void The_charts_do_not_overlap_and_stay_inside_the_page_content_area()
    {
        var fonts = new FontSet();
        var model = SampleAppendix.Model(June20, AppendixOneOnly);
        var layout = new AppendixDocument(model, fonts).Document;
        var charts = layout.Tables[1];
        var pages = layout.Layout();
        var margins = AppendixDocument.PageMargins;
        var content = new Rect(margins.Left, margins.Top, layout.PageSize.Width - margins.Right, layout.PageSize.Height - margins.Bottom);

        var placed = 0;
        foreach (var page in pages)
        {
            var cells = new List<Rect>();
            foreach (var part in page.Parts.Where(p => p.Table == charts))
            {
                var top = part.Area.Top + charts.HeaderHeight;
                foreach (var row in part.Slice.Rows)
                {
                    var height = charts.RowHeight(row);
                    var left = part.Area.Left;
                    foreach (var width in charts.CellWidths(row))
                    {
                        cells.Add(new Rect(left, top, left + width, top + height));
                        left += width;
                    }
                    top += height;
                }
            }
            foreach (var cell in cells) Assert.That(content.Left <= cell.Left + 0.01f && content.Top <= cell.Top + 0.01f && cell.Right <= content.Right + 0.01f && cell.Bottom <= content.Bottom + 0.01f, $"page {page.Number}: {cell} is outside {content}");
            for (var i = 0; i < cells.Count; i++)
                for (var j = i + 1; j < cells.Count; j++)
                    Assert.That(cells[i].Overlaps(cells[j]), Is.False, $"page {page.Number}: charts {i} and {j} overlap");
            Assert.That(cells, Has.Count.LessThanOrEqualTo(6), "at most two rows of three to a page");
            placed += cells.Count;
        }
        Assert.That(placed, Is.EqualTo(model.ExceptionCharts.Count).And.GreaterThan(6), "every chart placed once, over more than one page");
    }

    [Test]
    public void At_the_grids_width_every_label_is_6pt_or_more_and_none_runs_into_another_or_out_of_its_chart()
    {
        var fonts = new FontSet();
        float Width(string text) => fonts.Width(text, new TextFont(false, ChartDrawing.LabelSize));
        var plots = new ChartDrawing(fonts);
        var column = ChartGrid.For(783.89f).ColumnWidths.Min();
        var plotWidth = column - 2 * AppendixDocument.CellPadding - 2 * AppendixDocument.ChartPadding - AppendixDocument.IconColumnWidth - AppendixDocument.ChartIconGap;
        var area = new Rect(0, 0, plotWidth, AppendixDocument.ChartPlotHeight);

        Assert.That(ChartDrawing.LabelSize, Is.GreaterThanOrEqualTo(6));
        foreach (var chart in SampleAppendix.Model(June20, AppendixOneOnly).ExceptionCharts.Concat(SampleAppendix.Model(new Month(2019, 6), AppendixOneOnly).ExceptionCharts))
        {
            var frame = plots.FrameOf(chart, area);
            var xs = chart.XLabels.Select(l => (Left: frame.X(l.Index, chart.Months.Count) - Width(l.Label) / 2, Width: Width(l.Label))).ToList();
            Assert.That(xs[0].Left, Is.GreaterThanOrEqualTo(area.Left), chart.Ref);
            Assert.That(xs[^1].Left + xs[^1].Width, Is.LessThanOrEqualTo(area.Right), chart.Ref);
            for (var i = 1; i < xs.Count; i++)
                Assert.That(xs[i].Left, Is.GreaterThan(xs[i - 1].Left + xs[i - 1].Width + 1), $"{chart.Ref}: {chart.XLabels[i].Label}");

            var ys = chart.YTicks.Select(t => frame.Y(t.Value, chart.YMin, chart.YMax)).ToList();
            Assert.That(ys.Zip(ys.Skip(1), (a, b) => a - b), Is.All.GreaterThan(ChartDrawing.LabelSize * 1.2f), $"{chart.Ref}: y labels a line apart");
            Assert.That(chart.YTicks.Select(t => frame.YLabelRight - Width(t.Label)), Is.All.GreaterThanOrEqualTo(area.Left), chart.Ref);
            Assert.That(frame.YLabelBaseline(ys[^1]) - ChartDrawing.LabelSize * 0.75f, Is.GreaterThanOrEqualTo(area.Top), $"{chart.Ref}: top label inside");
            Assert.That(frame.XLabelBaseline, Is.LessThanOrEqualTo(area.Bottom), chart.Ref);
        }
    }

    /// <summary>The sample pack's Appendix 1 as `kpipack build` makes it (its own sections and columns).</summary>
    internal static Pack AppendixOneOnly(Pack pack) => pack with { Appendices = [PackFile.Load(RepoPaths.SamplePack).Appendices[0]] };
}
