using KpiPack.Rendering.Fonts;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Layout;
using SkiaSharp;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The appendix model laid out as the council's Appendix 1: page header with the title, month and clerk's stamp;
/// the keys on the first page; the exceptions; the indicator table grouped by section with its two header rows
/// repeated; "Page x of y" in the footer. Commentary runs the full width under its indicator, where it can be
/// read, instead of in a narrow last column.
/// </summary>
internal sealed partial class AppendixDocument
{
    /// <summary>A4 landscape in points. A3 is the same layout printed √2 larger.</summary>
    public static readonly SKSize A4Landscape = new(841.89f, 595.28f);

    // Wide enough at the left for a hole punch; the others leave the printer's unprintable edge clear.
    public static readonly Margins PageMargins = new(Left: 34, Top: 28, Right: 24, Bottom: 24);

    private const float BodySize = 6f;
    private const float SparklineHeight = 14f;
    private const float SparklineWidth = 30f;
    private const float CellPadding = 1f;

    private readonly AppendixModel _appendix;
    private readonly FontSet _fonts;
    private readonly Sparklines _sparklines;
    private readonly TextStyle _body = new(BodySize, Color: Palette.Text.ToSkia());
    private readonly TextStyle _heading = new(BodySize, Color: Palette.HeaderInk.ToSkia(), Align: TextAlign.Center);
    private readonly TextStyle _sectionHeading = new(7.5f, Bold: true, Color: Palette.HeaderFill.ToSkia());

    public AppendixDocument(AppendixModel appendix, FontSet fonts, Sparklines sparklines)
    {
        _appendix = appendix;
        _fonts = fonts;
        _sparklines = sparklines;
        var tables = new List<Table>();
        if (appendix.Exceptions is { } exceptions) tables.Add(ExceptionsTable(exceptions));
        tables.Add(IndicatorTable());
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
            body.Add(SectionRow(section.Name, columns.Count));
            foreach (var row in section.Rows)
            {
                var line = LineUnder(row, underRow, columns.Count);
                body.Add(new TableRow(columns.Select(c => TableCellOf(c, row)).ToList(), KeepWithNext: line is not null));
                if (line is not null) body.Add(line);
            }
        }
        return Fitted(columns, HeaderRows(columns), body,
            $"the appendix's columns do not fit across the page, even each as narrow as its longest word: show fewer than " +
            $"{_appendix.MonthsShown.Count} months, leave out some columns, or put the commentary under each row (\"commentary\": \"row\")");
    }

    private TableRow SectionRow(string name, int span) =>
        new([new TableCell(Text(name, _sectionHeading), span, Palette.SectionFill.ToSkia())], KeepWithNext: true);

    /// <summary>
    /// The full-width line under an indicator: its outcome and its commentary side by side, each after its heading;
    /// null when both are empty. The commentary, usually the longer, gets the larger share.
    /// </summary>
    private TableRow? LineUnder(DerivedRow row, IReadOnlyList<AppendixColumn> columns, int span)
    {
        var parts = columns.Select(c => (Column: c, Text: c.Cell(row).Text)).Where(p => p.Text.Length > 0).ToList();
        if (parts.Count == 0) return null;
        // Side by side, each gets a share of the width in proportion to its length, so both end after about as many lines.
        var total = parts.Sum(p => p.Text.Length);
        var label = _body.WithBold().WithColor(Palette.Muted.ToSkia()).WithUnbreakable();
        var items = parts.Select(p => new Column(
            new Columns([
                new Column(Text(p.Column.Label, label), Text(p.Column.Label, label).MinimumWidth + 3),
                new Column(Text(p.Text, p.Column.Kind == ColumnKind.LongText ? _body.WithColor(Palette.Muted.ToSkia()) : _body)),
            ]),
            p == parts[^1] ? null : ContentWidth * Math.Clamp((float)p.Text.Length / total, 0.2f, 0.6f))).ToList();
        return new TableRow([new TableCell(new Columns(items, Gap: 8), span)]);
    }

    private List<TableRow> HeaderRows(IReadOnlyList<AppendixColumn> columns)
    {
        var groups = new List<TableCell>();
        for (var i = 0; i < columns.Count;)
        {
            var span = 1;
            while (i + span < columns.Count && columns[i + span].Group == columns[i].Group) span++;
            groups.Add(new TableCell(Text(columns[i].Group, _heading.WithBold()), span, Palette.HeaderFill.ToSkia()));
            i += span;
        }
        var labels = columns.Select(c => new TableCell(Text(c.Label, _heading), 1, Palette.HeaderFill.ToSkia())).ToList();
        return [new TableRow(groups), new TableRow(labels)];
    }

    /// <summary>
    /// A table whose widths are chosen from what its cells hold, to make it as short as it can be on the page: every
    /// column at least as wide as its longest word, ref or number, the rest where it saves the most lines.
    /// </summary>
    private Table Fitted(IReadOnlyList<AppendixColumn> columns, IReadOnlyList<TableRow> header, IReadOnlyList<TableRow> body, string tooWide)
    {
        // A sparkline has no words to measure: it gets room for a month a couple of points wide.
        var minimums = columns.Select(c => c.Kind == ColumnKind.Sparkline ? SparklineWidth : 0f).ToList();
        var widths = ColumnWidths.Optimise(columns.Count, [.. header, .. body], ContentWidth, CellPadding, minimums)
            ?? throw new PageTooNarrowException(tooWide);
        return new Table(widths, header, body) { CellPadding = CellPadding };
    }

    private TableCell TableCellOf(AppendixColumn column, DerivedRow row)
    {
        var cell = column.Cell(row);
        if (cell.Sparkline is { } line) return new TableCell(_sparklines.Of(line, SparklineHeight));
        var style = _body with
        {
            Bold = cell.Strong,
            // A ref such as "LAC11-QL (%)" is one name: broken over two lines it is found by no search.
            Unbreakable = column.Kind == ColumnKind.Ref,
            Color = (cell.Swatch?.Ink ?? (cell.Muted ? Palette.Muted : Palette.Text)).ToSkia(),
            Align = cell.Align switch { CellAlign.Right => TextAlign.Right, CellAlign.Centre => TextAlign.Center, _ => TextAlign.Left },
        };
        var text = cell.Note.Length == 0 ? cell.Text : $"{cell.Text}\n{cell.Note}";
        var fill = cell.Swatch?.Fill ?? (cell.Current ? Palette.ReportMonthFill : (Rgb?)null);
        return new TableCell(Text(text, style), 1, fill?.ToSkia());
    }

    private TextBlock Text(string text, TextStyle style) => new(text, style, _fonts);
}
