using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;

namespace KpiPack.Rendering.Html;

/// <summary>
/// The accessible edition of an appendix: one self-contained HTML file with the same content as the PDF, for
/// screen readers, phones and the council website. Real data tables (caption, column and row headers): the
/// exceptions, each linking to its indicator's row, then one table of every indicator in the screen order
/// (<see cref="IndicatorTable"/>), then the key, which a link at the top and above the table leads to (printed, the
/// key comes first, as on the PDF); judgements and RAG said in words as well as colour, and each sparkline described.
/// </summary>
public static class HtmlEdition
{
    public static void Write(AppendixModel appendix, Stream output)
    {
        using var html = new HtmlWriter(output);
        html.Open("html", ("lang", appendix.Language));
        html.Open("head");
        html.Open("meta", ("charset", "utf-8"));
        html.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", appendix.DocumentTitle);
        html.Open("style").Raw(Style.Css).Close();
        html.Close();

        html.Open("body");
        html.Element("a", "Skip to the figures", ("class", "skip"), ("href", "#figures"));
        html.Open("header");
        html.Element("p", string.Join(" · ", appendix.Stamp), ("class", "stamp"));
        html.Element("h1", appendix.Title);
        html.Element("p", appendix.Subtitle, ("class", "month"));
        html.Close();

        html.Open("main");
        // The figures come first on screen, the key after them, a link away (issue 31: the key filled the first screen).
        var keyed = appendix.Keys.Count > 0;
        if (keyed) KeyLink(html, "How to read the figures", ": the key to the arrows, marks and colours is after the tables.");
        html.Open("div", ("id", "figures"));
        var rowIds = new RowIds(appendix.Rows.Select(r => r.Indicator.Ref));
        if (appendix.Exceptions is { } exceptions) Exceptions(html, appendix, exceptions, rowIds);
        if (appendix.Revisions is { } revisions) RevisionsHtml.Write(html, revisions);
        if (appendix.ExceptionCharts.Count > 0) ExceptionChartSvg.Section(html, appendix);
        html.Element("h2", $"Indicators, {appendix.Month.Label}", ("id", "indicators"));
        if (keyed) KeyLink(html, "Key to the marks", "");
        if (appendix.Tables.Count > 0) BoardTables.Write(html, appendix, rowIds);
        else IndicatorTable.Write(html, appendix, rowIds);
        html.Close();
        Keys(html, appendix.Keys);
        html.Close();
        html.Close();
        html.Close();
    }

    /// <summary>A line linking to the key: printed pages have the key first, so it is left off paper.</summary>
    private static void KeyLink(HtmlWriter html, string link, string after) =>
        html.Open("p", ("class", "key-link")).Element("a", link, ("href", "#how-to-read")).Text(after).Close();

    private static void Keys(HtmlWriter html, IReadOnlyList<AppendixKey> keys)
    {
        // As in the PDF, no keys without anything in the table for them to explain.
        if (keys.Count == 0) return;
        html.Open("section", ("aria-labelledby", "how-to-read"), ("class", "keys"));
        html.Element("h2", "How to read the figures", ("id", "how-to-read"));
        html.Open("ul");
        foreach (var key in keys)
        {
            html.Open("li").Element("strong", key.Label).Text(" ");
            if (key.Items.All(i => i.Swatch is null && i.Icon is null)) html.Text(key.ItemsText);
            else
                foreach (var item in key.Items)
                {
                    if (item.Icon is { } icon) ChartIconSvg.Write(html, icon);
                    html.Element("span", item.Text, ("class", item.Swatch?.StyleClass)).Text(" ");
                }
            if (key.Explanation is { } explanation) html.Text($" ({explanation})");
            html.Close();
        }
        html.Close();
        html.Close();
    }

    /// <summary>The exceptions, as in the PDF: what the chair may want to raise, before the full tables; a table per group.</summary>
    private static void Exceptions(HtmlWriter html, AppendixModel appendix, ExceptionList exceptions, RowIds rowIds)
    {
        html.Element("h2", exceptions.Heading, ("id", "exceptions"));
        html.Element("p", $"{exceptions.Purpose[..1].ToUpperInvariant()}{exceptions.Purpose[1..]}.");
        if (exceptions.Groups.Count == 0) html.Element("p", exceptions.None);
        for (var i = 0; i < exceptions.Groups.Count; i++)
        {
            var group = exceptions.Groups[i];
            ExceptionTable(html, group.Title, $"exceptions-{i + 1}", exceptions.Columns, group.Rows, rowIds);
        }
    }

    /// <summary>
    /// A group's table in its own scroll region (on a narrow screen the table scrolls, the page does not), each ref a
    /// link to the indicator's row in the full table.
    /// </summary>
    private static void ExceptionTable(
        HtmlWriter html, string caption, string captionId, IReadOnlyList<AppendixColumn> columns, IReadOnlyList<DerivedRow> rows, RowIds rowIds)
    {
        html.Open("div", ("class", "scroll"), ("role", "region"), ("aria-labelledby", captionId), ("tabindex", "0"));
        html.Open("table");
        html.Element("caption", caption, ("id", captionId));
        HeaderRows(html, columns);
        html.Open("tbody");
        foreach (var row in rows)
        {
            html.Open("tr");
            foreach (var column in columns)
                Cell(html, column, column.Cell(row), column.Kind == ColumnKind.Ref ? rowIds.Of(row.Indicator.Ref) : null);
            html.Close();
        }
        html.Close();
        html.Close().Close();
    }

    /// <summary>Two header rows: a column without a group spans both; a group heads its columns in the first. One row when no column has a group.</summary>
    internal static void HeaderRows(HtmlWriter html, IReadOnlyList<AppendixColumn> columns)
    {
        var grouped = columns.Any(c => c.Group.Length > 0);
        html.Open("thead").Open("tr");
        for (var i = 0; i < columns.Count;)
        {
            var span = 1;
            while (i + span < columns.Count && columns[i].Group.Length > 0 && columns[i + span].Group == columns[i].Group) span++;
            // Ref and Indicator are classed as their cells are, so the header's corner sticks with them.
            if (columns[i].Group.Length == 0) html.Element("th", columns[i].Label, ("scope", "col"), ("rowspan", grouped ? "2" : null), ("class", HeaderClass(columns[i].Kind)));
            // The group's words in a span of their own, which can stick in view while its columns scroll under them.
            else html.Open("th", ("scope", "colgroup"), ("colspan", span.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Element("span", columns[i].Group).Close();
            i += span;
        }
        html.Close();
        if (grouped)
        {
            html.Open("tr");
            foreach (var column in columns.Where(c => c.Group.Length > 0)) html.Element("th", column.Label, ("scope", "col"));
            html.Close();
        }
        html.Close();
    }

    /// <summary>A cell of <paramref name="column"/>; with <paramref name="linkTo"/>, its text links to the row of that id.</summary>
    internal static void Cell(HtmlWriter html, AppendixColumn column, Cell cell, string? linkTo = null, params (string Name, string? Value)[] extra)
    {
        // The cell's own emphasis as the PDF reads it, beside what its column's kind says about layout.
        var classes = string.Join(' ', new[]
        {
            KindClass(column.Kind), cell.Current ? "current" : null, cell.Strong ? "strong" : null, cell.Muted ? "muted" : null, cell.Swatch?.StyleClass,
        }.OfType<string>());
        var attributes = classes.Length > 0 ? new[] { ("class", (string?)classes) } : [];
        html.Open(column.Kind == ColumnKind.Name ? "th" : "td", column.Kind == ColumnKind.Name ? [("scope", "row"), .. attributes, .. extra] : [.. attributes, .. extra]);
        if (linkTo is not null) Words(html.Open("a", ("href", $"#{linkTo}")), cell).Close();
        else if (cell.Sparkline is { } line) SparklineSvg.Write(html, line);
        else if (cell.Spoken is { } spoken)
        {
            if (cell.Words.Length > 0) Words(html.Open("span", ("aria-hidden", "true")), cell).Close();
            html.Hidden(spoken);
        }
        else Words(html, cell);
        html.Close();
    }

    /// <summary>The text, and the note on a line of its own as the PDF prints it.</summary>
    internal static HtmlWriter Words(HtmlWriter html, Cell cell)
    {
        html.Text(cell.Text);
        if (cell.Note.Length > 0) html.Open("br").Text(cell.Note);
        return html;
    }

    private static string? HeaderClass(ColumnKind kind) => kind is ColumnKind.Ref or ColumnKind.Name ? KindClass(kind) : null;

    private static string? KindClass(ColumnKind kind) => kind switch
    {
        ColumnKind.Ref => "ref",
        ColumnKind.Name => "name",
        ColumnKind.LongText => "outcome",
        ColumnKind.Commentary => "commentary",
        ColumnKind.Figure => "number",
        ColumnKind.Mark => "centre",
        ColumnKind.Sparkline => "trend",
        _ => null,
    };
}
