using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Layout;
using SkiaSharp;

namespace KpiPack.Rendering.Appendix;

/// <summary>
/// Composes the Appendix 1 layout from layout elements: page header with the service, month and clerk's
/// stamp; the keys on the first page; the indicator table grouped by section with its two header rows
/// repeated; "Page x of y" in the footer. Commentary runs the full width under its indicator, where it can
/// be read, instead of in a narrow last column.
/// </summary>
public sealed partial class AppendixDocument
{
    /// <summary>A4 landscape in points. A3 is the same layout printed √2 larger.</summary>
    public static readonly SKSize A4Landscape = new(841.89f, 595.28f);

    // Wide enough at the left for a hole punch; the others leave the printer's unprintable edge clear.
    public static readonly Margins PageMargins = new(Left: 34, Top: 28, Right: 24, Bottom: 24);

    private const float BodySize = 6f;
    private const float FigureSize = 5.5f;
    private const float SparklineHeight = 14f;
    private const float CellPadding = 1.5f;

    private readonly AppendixReport _report;
    private readonly AppendixOptions _options;
    private readonly FontSet _fonts;
    private readonly Sparklines _sparklines;
    private readonly IReadOnlyList<Month> _months;
    private readonly TextStyle _body = new(BodySize, Color: Palette.Text);
    private readonly TextStyle _figures = new(FigureSize, Color: Palette.Text, Align: TextAlign.Right);
    private readonly TextStyle _heading = new(5f, Color: Palette.HeaderInk, Align: TextAlign.Center);

    public AppendixDocument(AppendixReport report, AppendixOptions options, FontSet fonts, Sparklines sparklines)
    {
        _report = report;
        _options = options;
        _fonts = fonts;
        _sparklines = sparklines;
        _months = report.MonthsShown(options.MonthsShown);
        var tables = new List<Table>();
        if (options.Parts.Contains(AppendixPart.Exceptions)) tables.Add(ExceptionsTable());
        tables.Add(IndicatorTable());
        Document = new PagedDocument(A4Landscape, PageMargins, PageHeader, Keys(), PageFooter, tables);
    }

    public PagedDocument Document { get; }

    public string Title => $"{_options.Service} monthly dataset {_report.Month.Label}";

    private float ContentWidth => A4Landscape.Width - PageMargins.Left - PageMargins.Right;

    // ---- the table ----

    private Table IndicatorTable()
    {
        var columns = Columns();
        var body = new List<TableRow>();
        foreach (var section in _report.Table.Rows.GroupBy(r => r.Indicator.Section))
        {
            if (section.Key.Length > 0)
                body.Add(new TableRow([new TableCell(Text(section.Key, new TextStyle(7.5f, Bold: true, Color: Palette.HeaderFill)), columns.Count, Palette.SectionFill)], KeepWithNext: true));
            foreach (var row in section)
            {
                var commentary = _options.Parts.Contains(AppendixPart.Commentary) ? row.Commentary : "";
                body.Add(new TableRow(columns.Select(c => c.Cell(row)).ToList(), KeepWithNext: commentary.Length > 0));
                if (commentary.Length > 0) body.Add(CommentaryRow(commentary, columns));
            }
        }
        var header = HeaderRows(columns);
        var flexible = columns.Select((c, i) => (c, i)).Where(p => p.c.Flexible).Select(p => p.i).ToHashSet();
        var widths = Table.FitColumns(columns.Select(c => c.Width).ToList(), flexible, ContentWidth, header.Concat(body), CellPadding)
            ?? throw new InvalidOperationException(
                $"{_months.Count} months and {_report.Catalogue.TargetYears.Count} target columns leave too little room " +
                $"for the indicator and outcome on the page: show fewer months");
        return new Table(widths, header, body) { CellPadding = CellPadding };
    }

    private TableRow CommentaryRow(string commentary, IReadOnlyList<AppendixColumn> columns)
    {
        var label = Text($"Commentary ({_report.Month.Label})", _body.WithBold().WithColor(Palette.Muted));
        var labelSpan = 2;
        return new TableRow(
        [
            new TableCell(label, labelSpan),
            new TableCell(Text(commentary, _body), columns.Count - labelSpan),
        ]);
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
        return [new TableRow(groups), new TableRow(labels)];
    }

    private List<AppendixColumn> Columns()
    {
        var right = _figures;
        var center = _body.WithAlign(TextAlign.Center);
        var reportYear = _report.Month.FinancialYear;
        var parts = _options.Parts;
        var columns = new List<AppendixColumn>();
        void Add(AppendixPart? part, params AppendixColumn[] added)
        {
            if (part is null || parts.Contains(part.Value)) columns.AddRange(added);
        }

        // Indicator and outcome take what the other columns leave, never less than these widths.
        Add(null, new AppendixColumn("", "Ref", 26, row => new TableCell(Text(row.Indicator.Ref, _body.WithBold()))));
        Add(null, new AppendixColumn("", "Indicator", 56, row => new TableCell(Text(row.Indicator.Name, _body)), Flexible: true));
        Add(AppendixPart.Owner, new AppendixColumn("", "Owner", 28, row => new TableCell(Text(row.Indicator.Owner, _body))));
        Add(AppendixPart.Reporter, new AppendixColumn("", "Reporter", 28, row => new TableCell(Text(row.Indicator.Reporter, _body))));
        Add(AppendixPart.Outcome, new AppendixColumn("", "Outcome", 44, row => new TableCell(Text(row.Indicator.Outcome, _body.WithColor(Palette.Muted))), Flexible: true));
        Add(AppendixPart.Months, _months.Select(month => new AppendixColumn(
            "Month", month.Label, 20,
            row => new TableCell(
                Text(Figures.Value(_report.Values.ValueOf(row.Indicator.Ref, month), row.Indicator), month == _report.Month ? right.WithBold() : right),
                1, month == _report.Month ? Palette.ReportMonthFill : null))).ToArray());
        Add(AppendixPart.Trend, new AppendixColumn("Trend", $"{_months.Count} months", 30,
            row => new TableCell(_sparklines.Of(_months.Select(m => (m, _report.Values.ValueOf(row.Indicator.Ref, m))).ToList(),
                parts.Contains(AppendixPart.Spc) ? row.Spc : null, row.Indicator.Polarity, SparklineHeight))));
        Add(AppendixPart.Changes,
            new AppendixColumn("% change from", "previous\nmonth", 25, row => MovementCell(row.FromPreviousMonth)),
            new AppendixColumn("% change from", "same month\nlast year", 25, row => MovementCell(row.FromPreviousYear)));
        Add(AppendixPart.Polarity, new AppendixColumn("DoT", "▲ ▼", 14, row => new TableCell(Text(Figures.Polarity(row.Indicator.Polarity), center))));
        Add(AppendixPart.Average, new AppendixColumn("12 months", "average", 24, row => new TableCell(AverageText(row))));
        Add(AppendixPart.Maximum, new AppendixColumn("12 months", "maximum", 24, row => new TableCell(Text(Figures.Statistic(row.Window.Maximum, row.Indicator), right))));
        Add(AppendixPart.Spc, new AppendixColumn("SPC", "variation, assurance", 30, row => SpcCell(row)));
        Add(AppendixPart.Benchmarks,
            new AppendixColumn("Benchmarking", "Stat.\nNeighbour", 22, row => new TableCell(Text(Figures.Figure(row.Indicator.StatisticalNeighbours, row.Indicator), right))),
            new AppendixColumn("Benchmarking", "England", 22, row => new TableCell(Text(Figures.Figure(row.Indicator.England, row.Indicator), right))),
            new AppendixColumn("Benchmarking", "SE\nregion", 22, row => new TableCell(Text(Figures.Figure(row.Indicator.SouthEastRegion, row.Indicator), right))));
        Add(AppendixPart.Targets, _report.Catalogue.TargetYears.Select(year => new AppendixColumn("Target", year.ShortLabel, 22,
            row => year == reportYear ? RagCell(row) : new TableCell(Text(Figures.Figure(row.Indicator.Targets.GetValueOrDefault(year), row.Indicator), right)))).ToArray());
        return columns;
    }

    private TableCell MovementCell(Movement? movement)
    {
        var swatch = movement is null ? null : Palette.Of(movement.Judgement);
        var style = _body.WithAlign(TextAlign.Center);
        if (swatch is null) return new TableCell(Text(Figures.Movement(movement), style));
        return new TableCell(Text($"{Figures.Movement(movement)}\n{swatch.Mark}", style.WithColor(swatch.Ink)), 1, swatch.Fill);
    }

    /// <summary>The variation mark above the assurance mark, each a small coloured pill with its words.</summary>
    private TableCell SpcCell(DerivedRow row)
    {
        var marks = new[] { SpcMarks.Variation(row.Spc.Variation), SpcMarks.Assurance(row.Spc.Assurance) }
            .OfType<Swatch>()
            .Select(swatch => (IElement)new Box(Text(SpcMarks.Text(swatch), _figures.WithAlign(TextAlign.Center).WithColor(swatch.Ink)), Padding: 0.8f, Background: swatch.Fill))
            .ToList();
        return new TableCell(new Stack(marks, Gap: 1.5f));
    }

    private TableCell RagCell(DerivedRow row)
    {
        var target = Figures.Figure(row.Target, row.Indicator);
        var swatch = Palette.Of(row.Rag);
        var style = _body.WithAlign(TextAlign.Right);
        return swatch is null
            ? new TableCell(Text(target, style))
            : new TableCell(Text($"{target}\n{swatch.Name}", style.WithColor(swatch.Ink)), 1, swatch.Fill);
    }

    private IElement AverageText(DerivedRow row)
    {
        var average = Figures.Statistic(row.Window.Average, row.Indicator);
        var months = row.Window.MonthsUsed;
        // A short window is said, so an average of 9 months is not read as a year's.
        var text = months is > 0 and < DerivationRules.WindowMonths ? $"{average}\n({months} mths)" : average;
        return Text(text, _body.WithAlign(TextAlign.Right));
    }

    private TextBlock Text(string text, TextStyle style) => new(text, style, _fonts);
}
