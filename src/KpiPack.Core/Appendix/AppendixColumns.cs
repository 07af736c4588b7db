using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>
/// The appendix's columns, left to right as the council prints them (seeds/README.md: "anatomy of Appendix 1"),
/// each with its heading wording and what its cell says. Written once here for both editions.
/// </summary>
internal sealed partial class AppendixColumns(
    IReadOnlySet<AppendixPart> parts, Month month, IReadOnlyList<Month> months, IReadOnlyList<FinancialYear> targetYears, MonthlyValues values,
    IReadOnlyList<Benchmark>? benchmarks = null, IReadOnlyDictionary<AppendixPart, string>? headings = null)
{
    /// <summary>The table's columns as the council prints them: ref and indicator always, then the parts the pack asks for.</summary>
    public IReadOnlyList<AppendixColumn> Table()
    {
        var b = Made;
        return [.. b.Names, .. b.People, .. b.Outcome, .. b.EarlierMonths, .. b.ReportMonth, .. b.Trend, .. b.Changes, .. b.Dot,
            .. b.MonthOnMonth, .. b.TwelveMonths, .. b.Spc, .. b.Benchmarks, .. b.Targets, .. b.Commentary];
    }

    /// <summary>
    /// The same columns in the order a reader on a screen wants them (issue 20): what a councillor reads first (the
    /// month's figure, its changes, the target and RAG, the SPC marks) beside the indicator, where a laptop shows it
    /// without scrolling sideways; the history, benchmarks and who owns it after. The very same column objects as
    /// <see cref="Table"/>, so headings and cells stay written once.
    /// </summary>
    public IReadOnlyList<AppendixColumn> Screen()
    {
        var b = Made;
        return [.. b.Names, .. b.ReportMonth, .. b.Changes, .. b.Dot, .. b.MonthOnMonth, .. b.Targets, .. b.Spc, .. b.EarlierMonths, .. b.Trend,
            .. b.TwelveMonths, .. b.Benchmarks, .. b.People, .. b.Outcome, .. b.Commentary];
    }

    /// <summary>The shown columns in blocks that stay together in either order; made once so both orders share them.</summary>
    private sealed record Blocks(
        AppendixColumn[] Names, AppendixColumn[] People, AppendixColumn[] Outcome, AppendixColumn[] EarlierMonths,
        AppendixColumn[] ReportMonth, AppendixColumn[] Trend, AppendixColumn[] Changes, AppendixColumn[] Dot,
        AppendixColumn[] TwelveMonths, AppendixColumn[] Spc, AppendixColumn[] Benchmarks, AppendixColumn[] Targets,
        AppendixColumn[] Commentary, AppendixColumn[] MonthOnMonth);

    private Blocks? _blocks;
    private Blocks Made => _blocks ??= MakeBlocks();

    private Blocks MakeBlocks()
    {
        AppendixColumn[] Keep(params AppendixColumn[] columns) => Headed(Shown(columns).ToArray());
        AppendixColumn MonthColumn(Month m) => new("Month", m.Label, ColumnKind.Figure, AppendixPart.Months, row => MonthValue(row, m)) { Month = m };
        return new Blocks(
            Names: [Ref, .. Keep(RefId), Indicator],
            People: OwnerAndReporter(),
            Outcome: Keep(new AppendixColumn("", "Outcome", ColumnKind.LongText, AppendixPart.Outcome, row => new Cell(row.Indicator.Outcome) { Muted = true })),
            EarlierMonths: Keep([.. months.Where(m => m != month).Select(MonthColumn)]),
            ReportMonth: Keep([.. months.Where(m => m == month).Select(MonthColumn)]),
            Trend: Keep(new AppendixColumn("Trend", $"{months.Count} months", ColumnKind.Sparkline, AppendixPart.Trend, Trend)),
            Changes: Keep(PreviousMonth, SameMonthLastYear),
            Dot: Keep(new AppendixColumn("", "DoT", ColumnKind.Mark, AppendixPart.Polarity, Polarity)),
            TwelveMonths: Keep(
                new AppendixColumn("12 months", "average", ColumnKind.Figure, AppendixPart.Average, Average),
                new AppendixColumn("12 months", "maximum", ColumnKind.Figure, AppendixPart.Maximum,
                    row => Figure(Figures.Statistic(row.Window.Maximum, row.Indicator)))),
            Spc: Keep(Variation, Assurance),
            Benchmarks: Keep([.. (benchmarks ?? Benchmark.Defaults).Select(b => new AppendixColumn(b.Group, b.Label, ColumnKind.Figure, AppendixPart.Benchmarks,
                row => Figure(Figures.Figure(row.Indicator.BenchmarkOf(b.Column), row.Indicator))))]),
            Targets: Keep([.. targetYears.Select(year => new AppendixColumn("Target", year.ShortLabel, ColumnKind.Figure, AppendixPart.Targets,
                row => year == month.FinancialYear ? Rag(row) : Figure(Figures.Figure(row.Indicator.Targets.GetValueOrDefault(year), row.Indicator)))
                { LeftOutWhenEmpty = true })]),
            Commentary: Keep(Commentary),
            MonthOnMonth: Keep(Difference, Target, RagAlone, TravelColumn));
    }

    /// <summary>What the exceptions show of each indicator: the month's figure, its movements and marks, and its commentary.</summary>
    public IReadOnlyList<AppendixColumn> Exceptions()
    {
        var columns = new List<AppendixColumn>();
        void Add(params AppendixColumn[] added) => columns.AddRange(Shown(added));
        Add(Ref, Indicator);
        Add(new AppendixColumn("", month.Label, ColumnKind.Figure, null, row => MonthValue(row, month) with { Current = false }));
        // Shown whatever the table shows: they are why an indicator is listed at all.
        Add(PreviousMonth with { Part = null }, SameMonthLastYear with { Part = null });
        Add(Variation with { Part = null }, Assurance with { Part = null });
        // The report month's target, where the catalogue has a column for its year.
        if (targetYears.Contains(month.FinancialYear))
            Add(new AppendixColumn("Target", month.FinancialYear.ShortLabel, ColumnKind.Figure, null, Rag) { LeftOutWhenEmpty = true });
        Add(Commentary with { Part = null });
        return columns;
    }

    /// <summary>Owner and reporter on two short lines of one column when both are shown: two narrow columns cost a line of width each.</summary>
    private AppendixColumn[] OwnerAndReporter() => (parts.Contains(AppendixPart.Owner), parts.Contains(AppendixPart.Reporter)) switch
    {
        (true, true) => [new AppendixColumn("", "Owner / Reporter", ColumnKind.Text, null,
            row => new Cell(row.Indicator.Owner) { Note = row.Indicator.Reporter, Spoken = Said(("owner", row.Indicator.Owner), ("reporter", row.Indicator.Reporter)) })],
        (true, false) => [new AppendixColumn("", "Owner", ColumnKind.Text, null, row => new Cell(row.Indicator.Owner))],
        (false, true) => [new AppendixColumn("", "Reporter", ColumnKind.Text, null, row => new Cell(row.Indicator.Reporter))],
        _ => [],
    };

    /// <summary>"owner tbc, reporter Mary Hardy": which line is which, for a screen reader; null when there is nothing to say.</summary>
    private static string? Said(params (string Name, string Value)[] parts) =>
        string.Join(", ", parts.Where(p => p.Value.Length > 0).Select(p => $"{p.Name} {p.Value}")) is { Length: > 0 } said ? said : null;

    /// <summary>The columns the pack shows: those of no part are always shown.</summary>
    private IEnumerable<AppendixColumn> Shown(AppendixColumn[] columns) => columns.Where(c => c.Part is null || parts.Contains(c.Part.Value));

    private static readonly AppendixColumn Ref = new("", "Ref", ColumnKind.Ref, null, row => new Cell(row.Indicator.Ref) { Strong = true });
    private static readonly AppendixColumn Indicator = new("", "Indicator", ColumnKind.Name, null, row => new Cell(row.Indicator.Name));

    private static readonly AppendixColumn PreviousMonth =
        new("% change from", "previous month", ColumnKind.Mark, AppendixPart.Changes, row => JudgedAt(row, Movement(row.FromPreviousMonth, "on the previous month")));

    private static readonly AppendixColumn SameMonthLastYear =
        new("% change from", "same month last year", ColumnKind.Mark, AppendixPart.Changes, row => JudgedAt(row, Movement(row.FromPreviousYear, "on the same month last year")));

    private static readonly AppendixColumn Variation = new("SPC", "variation", ColumnKind.Mark, AppendixPart.Spc,
        row => JudgedAt(row, Mark(SpcMarks.Variation(row.Spc.Variation),
            // A month with no figure reads nothing: "too few months" would say the history is short.
            row.Spc.Variation == SpcVariation.Insufficient && row.Value.IsNumber ? "too few months" : "")));

    private static readonly AppendixColumn Assurance = new("SPC", "assurance", ColumnKind.Mark, AppendixPart.Spc,
        row => JudgedAt(row, Mark(SpcMarks.Assurance(row.Spc.Assurance), "")));

    private AppendixColumn Commentary => new("", $"Commentary ({month.Label})", ColumnKind.Commentary, AppendixPart.Commentary, row => new Cell(row.Commentary));

    private Cell MonthValue(DerivedRow row, Month shown) =>
        Figure(Figures.MonthValue(row.Indicator, values, months, shown)) with { Strong = shown == month, Current = shown == month };

    private Cell Trend(DerivedRow row)
    {
        var series = months.Select(m => (m, values.ValueOf(row.Indicator.Ref, m))).ToList();
        var line = Sparkline.Of(series, parts.Contains(AppendixPart.Spc) ? row.Spc : null, row.Indicator);
        return line is null ? new Cell("") { Spoken = "not enough figures" } : new Cell("") { Sparkline = line, Spoken = line.Description };
    }

    private static Cell Figure(string text) => new(text) { Align = CellAlign.Right };

    /// <summary>"↑ 20%" with its judgement's colour and mark; said as "up 20% on the previous month, positive".</summary>
    private static Cell Movement(Movement? movement, string against)
    {
        if (movement is null) return new Cell(Figures.NotApplicable) { Align = CellAlign.Centre };
        var swatch = Palette.Of(movement.Judgement);
        var change = movement.Percent switch { < 0 => "down", > 0 => "up", _ => "unchanged," };
        var arrow = movement.Direction == Direction.Similar ? ", similar" : "";
        var judgement = swatch is null || movement.Direction == Direction.Similar ? "" : $", {swatch.Name.ToLowerInvariant()}";
        return new Cell(Figures.Movement(movement))
        {
            Align = CellAlign.Centre,
            Swatch = swatch,
            Note = swatch?.Mark ?? "",
            Spoken = $"{change} {Math.Abs(movement.Percent)}% {against}{arrow}{judgement}",
        };
    }

    private static Cell Polarity(DerivedRow row) => row.Indicator.Polarity switch
    {
        Model.Polarity.None => new Cell("") { Align = CellAlign.Centre },
        var polarity => new Cell(Figures.Polarity(polarity))
        {
            Align = CellAlign.Centre,
            Spoken = polarity == Model.Polarity.Up ? "higher is better" : "lower is better",
        },
    };

    private static Cell Average(DerivedRow row)
    {
        var used = row.Window.MonthsUsed;
        // A short window is said, so an average of 9 months is not read as a year's.
        var note = used is > 0 and < DerivationRules.WindowMonths ? $"({used} months)" : "";
        return Figure(Figures.Statistic(row.Window.Average, row.Indicator)) with { Note = note };
    }

    private static Cell Mark(Swatch? swatch, string otherwise) =>
        swatch is null
            ? new Cell(otherwise) { Align = CellAlign.Centre }
            : new Cell(SpcMarks.Text(swatch)) { Align = CellAlign.Centre, Swatch = swatch };

    /// <summary>The report month's target, with its RAG as colour and word.</summary>
    private static Cell Rag(DerivedRow row)
    {
        var swatch = Palette.Of(row.Rag);
        return Figure(Figures.Figure(row.Target, row.Indicator)) with { Swatch = swatch, Note = swatch?.Name ?? "" };
    }
}
