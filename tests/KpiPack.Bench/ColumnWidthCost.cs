using System.Diagnostics;
using KpiPack.Core.Appendix;
using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Bench;

/// <summary>
/// What choosing the column widths costs on an appendix's real table: the optimiser against the fixed widths it
/// replaced (<see cref="Table.FitColumns"/>), each the median of several warm runs.
/// </summary>
internal sealed record ColumnWidthCost(double OptimiserMs, double FixedMs, int Columns, int Rows)
{
    public static ColumnWidthCost Measure(AppendixModel appendix, int runs)
    {
        var fonts = new FontSet();
        var table = new AppendixDocument(appendix, fonts).Document.Table;
        List<TableRow> rows = [.. table.Header, .. table.Body];
        var width = table.Width;
        var count = table.ColumnWidths.Count;
        var preferred = Enumerable.Repeat(18f, count).ToList();
        var optimiser = Median(runs, () => ColumnWidths.Optimise(count, rows, width, table.CellPadding));
        var fixedWidths = Median(runs, () => Table.FitColumns(preferred, new HashSet<int> { 1 }, width, rows, table.CellPadding));
        return new ColumnWidthCost(optimiser, fixedWidths, count, rows.Count);
    }

    private static double Median(int runs, Action work)
    {
        work();
        var samples = Enumerable.Range(0, runs).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            work();
            return clock.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        return samples[runs / 2];
    }
}
