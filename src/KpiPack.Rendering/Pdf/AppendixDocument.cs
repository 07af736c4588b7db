using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
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
    private const float CellPadding = 1.5f;

    private readonly AppendixModel _appendix;
    private readonly FontSet _fonts;
    private readonly Sparklines _sparklines;
    private readonly TextStyle _body = new(BodySize, Color: Palette.Text.ToSkia());
    private readonly TextStyle _heading = new(5f, Color: Palette.HeaderInk.ToSkia(), Align: TextAlign.Center);
    private readonly TextStyle _figures = new(5.5f, Color: Palette.Text.ToSkia());
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
        var columns = _appendix.Columns.Where(c => c.Kind != ColumnKind.Commentary).ToList();
        var commentary = _appendix.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Commentary);
        var body = new List<TableRow>();
        foreach (var section in _appendix.Sections)
        {
            body.Add(SectionRow(section.Name, columns.Count));
            foreach (var row in section.Rows)
            {
                var words = commentary?.Cell(row) ?? Cell.Empty;
                body.Add(new TableRow(columns.Select(c => TableCellOf(c, row)).ToList(), KeepWithNext: words.Text.Length > 0));
                if (words.Text.Length > 0) body.Add(CommentaryRow(commentary!.Label, words, columns.Count));
            }
        }
        return Fitted(columns, HeaderRows(columns), body,
            $"{_appendix.MonthsShown.Count} months and the other columns leave too little room for the indicator and outcome on the page: show fewer months");
    }

    private TableRow SectionRow(string name, int span) =>
        new([new TableCell(Text(name, _sectionHeading), span, Palette.SectionFill.ToSkia())], KeepWithNext: true);

    private TableRow CommentaryRow(string label, Cell words, int span)
    {
        const int labelSpan = 2;
        return new TableRow(
        [
            new TableCell(Text(label, _body.WithBold().WithColor(Palette.Muted.ToSkia())), labelSpan),
            new TableCell(Text(words.Text, _body), span - labelSpan),
        ]);
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

    /// <summary>A table whose widths fit the page: the indicator's wording, the outcome and commentary take what the others leave.</summary>
    private Table Fitted(IReadOnlyList<AppendixColumn> columns, IReadOnlyList<TableRow> header, IReadOnlyList<TableRow> body, string tooWide)
    {
        var flexible = columns.Select((c, i) => (c, i)).Where(p => p.c.Kind is ColumnKind.Name or ColumnKind.LongText or ColumnKind.Commentary).Select(p => p.i).ToHashSet();
        var widths = Table.FitColumns(columns.Select(c => PreferredWidth(c.Kind)).ToList(), flexible, ContentWidth, header.Concat(body), CellPadding)
            ?? throw new InvalidOperationException(tooWide);
        return new Table(widths, header, body) { CellPadding = CellPadding };
    }

    private static float PreferredWidth(ColumnKind kind) => kind switch
    {
        ColumnKind.Ref => 26,
        ColumnKind.Name => 50,
        ColumnKind.Text => 24,
        ColumnKind.LongText => 40,
        ColumnKind.Sparkline => 30,
        ColumnKind.Commentary => 120,
        _ => 18,
    };

    private TableCell TableCellOf(AppendixColumn column, DerivedRow row)
    {
        var cell = column.Cell(row);
        if (cell.Sparkline is { } line) return new TableCell(_sparklines.Of(line, SparklineHeight));
        var style = (column.Kind is ColumnKind.Figure or ColumnKind.Mark ? _figures : _body) with
        {
            Bold = cell.Strong,
            Color = (cell.Swatch?.Ink ?? (cell.Muted ? Palette.Muted : Palette.Text)).ToSkia(),
            Align = cell.Align switch { CellAlign.Right => TextAlign.Right, CellAlign.Centre => TextAlign.Center, _ => TextAlign.Left },
        };
        var text = cell.Note.Length == 0 ? cell.Text : $"{cell.Text}\n{cell.Note}";
        var fill = cell.Swatch?.Fill ?? (cell.Current ? Palette.ReportMonthFill : (Rgb?)null);
        return new TableCell(Text(text, style), 1, fill?.ToSkia());
    }

    private TextBlock Text(string text, TextStyle style) => new(text, style, _fonts);
}
