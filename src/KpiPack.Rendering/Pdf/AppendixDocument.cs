using KpiPack.Rendering.Fonts;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The appendix model laid out as the council's Appendix 1: page header with the title, month and clerk's stamp;
/// the keys on the first page; the exceptions; the indicator table grouped by section with its two header rows
/// repeated; "Page x of y" in the footer. Unless the pack asks for columns, the outcome and the commentary run the
/// full width under their indicator, where they can be read, instead of in narrow columns beside thirteen months.
/// </summary>
internal sealed partial class AppendixDocument
{
    /// <summary>A4 landscape in points. A3 is the same layout printed √2 larger.</summary>
    public static readonly Size A4Landscape = new(841.89f, 595.28f);

    // Wide enough at the left for a hole punch; the others leave the printer's unprintable edge clear.
    public static readonly Margins PageMargins = new(Left: 34, Top: 28, Right: 24, Bottom: 24);

    private const float BodySize = 6f;
    private const float SparklineHeight = 14f;
    private const float SparklineWidth = 30f;

    // Body rows (an indicator and the line under it count as two) a page holds, roughly: only to weigh the header.
    private const float RowsPerPageEstimate = 24;
    internal const float CellPadding = 1f;

    private readonly AppendixModel _appendix;
    private readonly ITextMeasurer _fonts;
    private readonly ChartIcons _icons;
    private readonly ChartDrawing _plots;
    private readonly TextStyle _body = new(BodySize, Color: Palette.Text);
    private readonly TextStyle _heading = new(BodySize, Color: Palette.HeaderInk, Align: TextAlign.Center);
    private readonly TextStyle _sectionHeading = new(7.5f, Bold: true, Color: Palette.HeaderFill);

    public AppendixDocument(AppendixModel appendix, ITextMeasurer fonts)
    {
        _appendix = appendix;
        _fonts = fonts;
        _icons = new ChartIcons(fonts);
        _plots = new ChartDrawing(fonts);
        var tables = new List<Table>();
        if (appendix.Exceptions is { } exceptions) tables.Add(ExceptionsTable(exceptions));
        if (appendix.Revisions is { } revisions) tables.Add(RevisionsTable(revisions));
        if (appendix.ExceptionCharts.Count > 0) tables.Add(ChartsTable(appendix.ExceptionCharts));
        if (appendix.Tables.Count > 0) tables.AddRange(BoardTables());
        else tables.Add(IndicatorTable());
        Document = new PagedDocument(A4Landscape, PageMargins, PageHeader, Keys(), PageFooter, tables);
    }

    public PagedDocument Document { get; }

    private float ContentWidth => A4Landscape.Width - PageMargins.Left - PageMargins.Right;

    private Table IndicatorTable()
    {
        // With the commentary in a row of its own, the outcome goes there too: both are paragraphs, and a
        // full-width line holds in one or two lines what a narrow column wraps to ten.
        var underRow = _appendix.Commentary == CommentaryPlacement.Row
            ? _appendix.Columns.Where(c => c.Kind is ColumnKind.LongText or ColumnKind.Commentary).ToList()
            : [];
        var columns = _appendix.Columns.Except(underRow).ToList();
        var body = new List<TableRow>();
        foreach (var section in _appendix.Sections)
        {
            body.Add(SectionRow(section.Name, columns.Count) with { Outline = section.Name });
            foreach (var row in section.Rows)
            {
                var line = LineUnder(row, underRow, columns.Count);
                body.Add(new TableRow(columns.Select(c => TableCellOf(c, row)).ToList(), KeepWithNext: line is not null));
                if (line is not null) body.Add(line);
            }
        }
        List<string> remedies = [];
        if (_appendix.Columns.Any(c => c.Part == AppendixPart.Months)) remedies.Add($"show fewer than {_appendix.MonthsShown.Count} months");
        remedies.Add("leave out some columns");
        if (_appendix.Commentary == CommentaryPlacement.Column)
            remedies.Add("put the outcome and commentary under each row (\"commentary\": \"row\")");
        return Fitted(columns, HeaderRows(columns), body,
            "the appendix's columns do not fit across the page, even each as narrow as its longest word: " +
            (remedies.Count == 1 ? remedies[0] : $"{string.Join(", ", remedies[..^1])} or {remedies[^1]}"));
    }

    private TableRow SectionRow(string name, int span) =>
        new([new TableCell(Text(name, _sectionHeading), span, Palette.SectionFill)], KeepWithNext: true) { Role = RowRole.Group };

    /// <summary>
    /// The full-width line under an indicator: its outcome, then the month's commentary, each after its heading in bold,
    /// flowing as one paragraph so that neither ends in a short line of its own; null when both are empty.
    /// </summary>
    private TableRow? LineUnder(DerivedRow row, IReadOnlyList<AppendixColumn> columns, int span)
    {
        var runs = new List<Run>();
        foreach (var column in columns)
        {
            var text = column.Cell(row).Text;
            if (text.Length == 0) continue;
            var muted = column.Kind == ColumnKind.LongText;
            runs.Add(new Run(column.Label, _body.WithBold().WithColor((muted ? Palette.Muted : Palette.Text))));
            runs.Add(new Run(text, muted ? _body.WithColor(Palette.Muted) : _body));
        }
        return runs.Count == 0 ? null : new TableRow([new TableCell(new RunText(runs, _fonts), span)]) { Role = RowRole.Continuation };
    }

    private List<TableRow> HeaderRows(IReadOnlyList<AppendixColumn> columns)
    {
        var groups = new List<TableCell>();
        for (var i = 0; i < columns.Count;)
        {
            var span = 1;
            while (i + span < columns.Count && columns[i + span].Group == columns[i].Group) span++;
            groups.Add(new TableCell(Text(columns[i].Group, _heading.WithBold()), span, Palette.HeaderFill));
            i += span;
        }
        var labels = columns.Select(c => new TableCell(Text(c.Label, _heading), 1, Palette.HeaderFill)).ToList();
        return [new TableRow(groups) { Role = RowRole.Header }, new TableRow(labels) { Role = RowRole.Header }];
    }

    /// <summary>
    /// A table whose widths are chosen from what its cells hold, to make it as short as it can be on the page: every
    /// column at least as wide as its longest word, ref or number, the rest where it saves the most lines.
    /// </summary>
    private Table Fitted(IReadOnlyList<AppendixColumn> columns, IReadOnlyList<TableRow> header, IReadOnlyList<TableRow> body, string tooWide)
    {
        // A sparkline has no words to measure: it gets room for a month a couple of points wide.
        var minimums = columns.Select(c => c.Kind == ColumnKind.Sparkline ? SparklineWidth : 0f).ToList();
        // The header is printed on every page: counted once a page, a line saved there is worth as much as one a page in the body.
        var pages = Math.Max(1, (int)Math.Ceiling(body.Count / RowsPerPageEstimate));
        var weighted = Enumerable.Repeat(header, pages).SelectMany(rows => rows).Concat(body).ToList();
        // The months share one width, so they read as an even run whatever their figures.
        IReadOnlyList<int> months = [.. columns.Select((c, i) => (c.Month, i)).Where(m => m.Month is not null).Select(m => m.i)];
        var widths = ColumnWidths.Optimise(columns.Count, weighted, ContentWidth, CellPadding, minimums, equalWidths: [months])
            ?? throw new PageTooNarrowException($"{tooWide}; the longest word or figure is '{LongestRun(body)}'");
        return new Table(widths, header, body) { CellPadding = CellPadding, Grid = Palette.Grid };
    }

    /// <summary>The text of the cell that needs the most width on its own: often the cause, a pasted paragraph as a ref.</summary>
    private static string LongestRun(IReadOnlyList<TableRow> body)
    {
        var widest = body.SelectMany(r => r.Cells).Where(c => c.Span == 1).Select(c => c.Content).OfType<TextBlock>()
            .MaxBy(t => t.MinimumWidth)?.Text ?? "";
        return widest.Length > 60 ? widest[..57] + "..." : widest;
    }

    private TableCell TableCellOf(AppendixColumn column, DerivedRow row)
    {
        var cell = column.Cell(row);
        if (cell.Sparkline is { } line) return new TableCell(SparklineDrawing.Of(line, SparklineHeight));
        var style = _body with
        {
            Bold = cell.Strong,
            // A ref such as "LAC11-QL (%)" is one name: broken over two lines it is found by no search. A change and its
            // arrow ("↑ 152%") and a mark ("↑ unusual") are read as one too.
            Unbreakable = column.Kind is ColumnKind.Ref or ColumnKind.Mark,
            Color = (cell.Swatch?.Ink ?? (cell.Muted ? Palette.Muted : Palette.Text)),
            Align = cell.Align switch { CellAlign.Right => TextAlign.Right, CellAlign.Centre => TextAlign.Center, _ => TextAlign.Left },
        };
        var text = cell.Note.Length == 0 ? cell.Text : $"{cell.Text}\n{cell.Note}";
        var fill = cell.Swatch?.Fill ?? (cell.Current ? Palette.ReportMonthFill : (Rgb?)null);
        // The ref and the indicator's name head their row, as in the HTML edition.
        return new TableCell(Text(text, style), 1, fill) { RowHeader = column.Kind is ColumnKind.Ref or ColumnKind.Name };
    }

    private TextBlock Text(string text, TextStyle style) => new(text, style, _fonts);
}
