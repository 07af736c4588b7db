using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

internal sealed partial class AppendixDocument
{
    /// <summary>Tall enough that 24 months read as a process, short enough for two rows of charts to a page.</summary>
    public const float ChartPlotHeight = 180;

    private const float IconSize = 11;
    internal const float IconColumnWidth = 46;
    internal const float ChartPadding = 3;
    internal const float ChartIconGap = 4;

    /// <summary>
    /// After the exceptions, a full SPC chart of each in the same order, in a grid several to a page (issue 15): a
    /// table whose heading and legend repeat on each page, each cell a chart with its title, the icons beside it and
    /// its caption under it.
    /// </summary>
    private Table ChartsTable(IReadOnlyList<ExceptionChart> charts)
    {
        var grid = ChartGrid.For(ContentWidth);
        var heading = new TableCell(Text($"{ExceptionCharts.Heading}, {_appendix.Month.Label}: each indicator's months, with its mean and process limits",
            _heading.WithBold()), grid.Columns, Palette.HeaderFill);
        var legend = new TableCell(Legend(), grid.Columns);
        var body = grid.Rows(charts).Select(row => new TableRow(row.Select(c => new TableCell(Chart(c))).ToList())).ToList();
        return new Table(grid.ColumnWidths,
            [new TableRow([heading]) { Role = RowRole.Title, Outline = ExceptionCharts.Heading }, new TableRow([legend]) { Role = RowRole.Caption }],
            body) { CellPadding = CellPadding, Grid = Palette.Grid };
    }

    /// <summary>The chart's title, the plot with the variation and assurance icons beside it, and the caption under it.</summary>
    private Box Chart(ExceptionChart chart)
    {
        var small = new TextStyle(ChartDrawing.LabelSize, Color: Palette.Muted);
        var icons = new List<IElement>();
        if (chart.Variation is { } variation) icons.AddRange([Text("Variation", small), _icons.WithWords(variation, IconSize, _body)]);
        if (chart.Assurance is { } assurance) icons.AddRange([Text("Assurance", small), _icons.WithWords(assurance, IconSize, _body)]);
        return new Box(new Stack(
        [
            Text(chart.Title, new TextStyle(7, Bold: true, Color: Palette.HeaderFill)),
            new Columns([new Column(_plots.Of(chart, ChartPlotHeight)), new Column(new Stack(icons, Gap: 2), IconColumnWidth)], Gap: ChartIconGap),
            Text(chart.Caption, new TextStyle(6.5f, Color: Palette.Text)),
        ], Gap: 3), Padding: ChartPadding);
    }

    /// <summary>What the points and lines mean, on one line under the heading.</summary>
    private Columns Legend()
    {
        float Width(string text) => _fonts.Width(text, _body.Font);
        var items = ExceptionCharts.Legend.Select(item => item.Icon is { } icon
            ? new Column(_icons.WithWords(icon, 8, _body, item.Text), 8 + 2 + Width(item.Text) + 1)
            : new Column(Text(item.Text, _body), Width(item.Text) + 1));
        return new Columns([.. items, new Column(new Stack([]))], Gap: 10);
    }
}
