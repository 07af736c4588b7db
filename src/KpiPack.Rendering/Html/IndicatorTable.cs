using System.Globalization;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;

namespace KpiPack.Rendering.Html;

/// <summary>
/// The appendix's indicators as one table in the screen order (issue 20): every section a group of rows under its
/// own heading row, so all sections share one column grid and one sideways scroll region. Ref and Indicator stay in
/// view when it scrolls sideways and the header when it scrolls down (Style). The commentary goes on a line under
/// its row, where it can be read beside the figures instead of 30 columns to the right.
/// </summary>
internal static class IndicatorTable
{
    public static void Write(HtmlWriter html, AppendixModel appendix, RowIds rowIds)
    {
        var commentary = appendix.ScreenColumns.FirstOrDefault(c => c.Kind == ColumnKind.Commentary);
        var columns = appendix.ScreenColumns.Where(c => c != commentary).ToList();
        // The commentary's label spans the columns that name the row (ref and indicator), which stay in view.
        var naming = columns.TakeWhile(c => c.Kind is ColumnKind.Ref or ColumnKind.Name).Count();

        html.Open("div", ("class", "scroll indicators"), ("role", "region"), ("aria-labelledby", "caption-indicators"), ("tabindex", "0"));
        html.Open("table", ("class", "grid"));
        // The caption's words in a span, which can stick in view when the table scrolls sideways (a caption cannot).
        html.Open("caption", ("id", "caption-indicators")).Element("span", $"{appendix.Title}: indicators for {appendix.Month.Label}").Close();
        HtmlEdition.HeaderRows(html, columns);
        for (var i = 0; i < appendix.Sections.Count; i++)
        {
            var section = appendix.Sections[i];
            html.Open("tbody");
            html.Open("tr", ("class", "section")).Open("th", ("colspan", Count(columns.Count)), ("scope", "rowgroup"), ("id", $"section-{i + 1}"));
            html.Element("span", section.Name).Close().Close();
            foreach (var row in section.Rows)
            {
                var id = rowIds.Of(row.Indicator.Ref)!;
                html.Open("tr", ("id", id));
                foreach (var column in columns)
                    HtmlEdition.Cell(html, column, column.Cell(row), extra: column.Kind == ColumnKind.Name ? [("id", $"{id}-name")] : []);
                html.Close();
                if (commentary?.Cell(row) is { Text.Length: > 0 } said) CommentaryRow(html, commentary, said, id, naming, columns.Count);
            }
            html.Close();
        }
        html.Close().Close();
    }

    /// <summary>
    /// "Commentary (Jun-20)" in the naming columns and the words across the rest. The words' headers are said
    /// outright (the indicator and the label), as the columns they span do not head them.
    /// </summary>
    private static void CommentaryRow(HtmlWriter html, AppendixColumn column, Cell cell, string rowId, int naming, int count)
    {
        // A pack of only ref, indicator and commentary still leaves the words a column of their own.
        var words = Math.Max(1, count - naming);
        html.Open("tr", ("class", "commentary-row"));
        html.Element("th", column.Label, ("scope", "row"), ("colspan", Count(count - words)), ("id", $"{rowId}-commentary"), ("class", "commentary-label"));
        html.Open("td", ("colspan", Count(words)), ("headers", $"{rowId}-name {rowId}-commentary"));
        HtmlEdition.Words(html.Open("div", ("class", "commentary-text")), cell).Close();
        html.Close().Close();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
