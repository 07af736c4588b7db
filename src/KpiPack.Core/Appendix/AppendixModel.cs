using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Appendix;

/// <summary>A section of the table: its heading (the catalogue's section) and its indicators.</summary>
public sealed record AppendixSection(string Name, IReadOnlyList<DerivedRow> Rows);

/// <summary>The exceptions before the table: a heading, the columns shown for each indicator, and the groups.</summary>
public sealed record ExceptionList(string Heading, string Purpose, string None, IReadOnlyList<AppendixColumn> Columns, IReadOnlyList<ExceptionGroup> Groups);

/// <summary>
/// One appendix as both editions print it: what every page says, the keys, the exceptions and the table. The PDF
/// and the HTML edition map this to their medium and decide nothing about content themselves.
/// </summary>
public sealed record AppendixModel
{
    public required string Number { get; init; }

    /// <summary>The heading on every page: the service, or the appendix's own title.</summary>
    public required string Title { get; init; }

    public required Month Month { get; init; }
    public string? AgendaItem { get; init; }
    public string Author { get; init; } = "";

    /// <summary>The language the appendix is written in (BCP 47, "en-GB"), which the PDF declares for screen readers.</summary>
    public string Language { get; init; } = "en-GB";
    public PageSize PageSize { get; init; } = PageSize.A4;
    public CommentaryPlacement Commentary { get; init; } = CommentaryPlacement.Row;
    public required IReadOnlyList<Month> MonthsShown { get; init; }
    /// <summary>The table's columns in the council's order, as the PDF prints them.</summary>
    public required IReadOnlyList<AppendixColumn> Columns { get; init; }

    /// <summary>
    /// The same columns in the order for reading on a screen, as the HTML edition shows them: the month's figure,
    /// changes, target and RAG and SPC beside the indicator, the history and the rest after (issue 20).
    /// </summary>
    public required IReadOnlyList<AppendixColumn> ScreenColumns { get; init; }
    public required IReadOnlyList<AppendixSection> Sections { get; init; }
    public required IReadOnlyList<AppendixKey> Keys { get; init; }

    /// <summary>The board layout's titled tables, printed in place of <see cref="Sections"/>; empty in the sections layout.</summary>
    public IReadOnlyList<AppendixTable> Tables { get; init; } = [];

    /// <summary>Null when the pack leaves the exceptions out.</summary>
    public ExceptionList? Exceptions { get; init; }

    /// <summary>A full SPC chart for each indicator the exceptions list, in their order; empty when the pack leaves them out.</summary>
    public IReadOnlyList<ExceptionChart> ExceptionCharts { get; init; } = [];

    /// <summary>Every month's figure the table prints, by indicator in table order: what the record of printed figures keeps.</summary>
    public IReadOnlyList<PrintedFigure> Printed { get; init; } = [];

    /// <summary>
    /// The figures revised since the most recent earlier appendix, printed after the exceptions; null when there is no
    /// record of an earlier one (a first build), and then no section is printed.
    /// </summary>
    public RevisionList? Revisions { get; init; }

    /// <summary>The columns left out because they would print nothing, as the note under the keys says.</summary>
    public IReadOnlyList<LeftOutColumn> LeftOut { get; init; } = [];

    /// <summary>"Jun-20 Monthly dataset", under the title.</summary>
    public string Subtitle => $"{Month.Label} Monthly dataset";

    /// <summary>The document's title, for the PDF's properties and the HTML page.</summary>
    public string DocumentTitle => $"{Title} monthly dataset {Month.Label}";

    public string DocumentSubject => $"Key performance indicators for {Month.Label}";

    /// <summary>The clerk's stamp, "Agenda Item 7" over "Appendix 1" (without an agenda item, only the appendix).</summary>
    public IReadOnlyList<string> Stamp => AgendaItem is null ? [$"Appendix {Number}"] : [$"Agenda Item {AgendaItem}", $"Appendix {Number}"];

    /// <summary>Every indicator row, in table order.</summary>
    public IEnumerable<DerivedRow> Rows => Sections.SelectMany(s => s.Rows);

    /// <summary>
    /// The appendix <paramref name="definition"/> of <paramref name="pack"/> for <paramref name="table"/>'s month, with only
    /// the columns its pack asks for. <paramref name="table"/> holds the appendix's own rows (those of its sections).
    /// </summary>
    public static AppendixModel Of(Pack pack, AppendixDefinition definition, DerivedTable table, Catalogue catalogue, MonthlyValues values)
    {
        var rows = table.Rows;
        var months = MonthRange.EndingAt(table.Month, pack.Months);
        // Target columns for the report month's financial year and the ones before it that the pack asks for, where the catalogue has them.
        var firstYear = table.Month.FinancialYear.StartYear - pack.TargetYears + 1;
        var targetYears = catalogue.TargetYears.Where(y => y.StartYear >= firstYear && y.StartYear <= table.Month.FinancialYear.StartYear).ToList();
        var columns = new AppendixColumns(definition.Parts, table.Month, months, targetYears, values, definition.Benchmarks ?? pack.Benchmarks, definition.Headings);
        var title = pack.TitleOf(definition);
        var exceptions = Appendix.Exceptions.Of(rows);
        var charts = pack.ExceptionCharts && definition.Parts.Contains(AppendixPart.Exceptions)
            ? Appendix.ExceptionCharts.Of(exceptions, pack.Spc)
            : [];
        var tables = AppendixTables.Of(pack, definition, table, values, months, targetYears);
        var tableColumns = columns.Table();
        var emptyInTable = EmptyColumns.Of(tableColumns, rows, table.Month, values);
        var exceptionColumns = columns.Exceptions();
        var exceptionsHeading = $"Exceptions, {table.Month.Label}";
        var emptyInExceptions = EmptyColumns.Of(exceptionColumns, exceptions.SelectMany(g => g.Rows).Distinct().ToList(), table.Month, values, exceptionsHeading);
        // The board layout prints its own tables in place of the sections: their columns are the ones left out. A
        // column the table leaves out the exceptions leave out too, and need not say so twice.
        var leftOutOfTables = (tables.Count > 0 ? tables.SelectMany(t => t.LeftOut) : emptyInTable.Select(e => e.Note)).ToList();
        var leftOut = leftOutOfTables
            .Concat(definition.Parts.Contains(AppendixPart.Exceptions)
                ? emptyInExceptions.Select(e => e.Note).Where(n => leftOutOfTables.All(t => t.Heading != n.Heading))
                : [])
            .Distinct()
            .ToList();
        return new AppendixModel
        {
            Number = definition.Number,
            Title = title,
            Month = table.Month,
            AgendaItem = pack.AgendaItem,
            Author = pack.Author,
            Language = pack.Language,
            PageSize = pack.PageSize,
            Commentary = pack.Commentary,
            MonthsShown = months,
            Columns = EmptyColumns.Without(tableColumns, emptyInTable),
            ScreenColumns = EmptyColumns.Without(columns.Screen(), emptyInTable),
            Sections = rows.GroupBy(r => r.Indicator.Section)
                .Select(g => new AppendixSection(g.Key.Length > 0 ? g.Key : title, g.ToList()))
                .ToList(),
            Tables = tables,
            Keys = [.. ChartKeys.With(AppendixKeys.For(AppendixTables.PartsShown(definition), pack.BenchmarkCaption,
                table.Month.FinancialYear, rows.Any(r => r.Indicator.Targets.ContainsKey(table.Month.FinancialYear))), charts), .. AppendixKeys.LeftOut(leftOut)],
            LeftOut = leftOut,
            Exceptions = definition.Parts.Contains(AppendixPart.Exceptions)
                ? new ExceptionList(exceptionsHeading, "what the panel may want to ask about",
                    $"No exceptions in {table.Month.Label}.", EmptyColumns.Without(exceptionColumns, emptyInExceptions), exceptions)
                : null,
            ExceptionCharts = charts,
            Printed = [.. rows.SelectMany(r => months.Select(m => new PrintedFigure(r.Indicator.Ref, m, Figures.MonthValue(r.Indicator, values, months, m))))],
        };
    }
}
