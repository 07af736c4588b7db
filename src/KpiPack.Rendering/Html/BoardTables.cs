using System.Globalization;
using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>
/// The board layout's tables (seed 004) in the HTML edition: each titled table its own data table with the title
/// as its caption, in its own scroll region, columns in the screen order. An indicator listed in several tables has
/// a row in each; the first carries its row id, which the exceptions link to, the others the id with a count (row-RSR5-2).
/// </summary>
internal static class BoardTables
{
    public static void Write(HtmlWriter html, AppendixModel appendix, RowIds rowIds)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < appendix.Tables.Count; t++)
        {
            var table = appendix.Tables[t];
            var captionId = $"table-{t + 1}";
            var commentary = table.ScreenColumns.FirstOrDefault(c => c.Kind == ColumnKind.Commentary);
            var columns = table.ScreenColumns.Where(c => c != commentary).ToList();
            html.Open("div", ("class", "scroll indicators"), ("role", "region"), ("aria-labelledby", captionId), ("tabindex", "0"));
            html.Open("table", ("class", "grid"));
            html.Open("caption", ("id", captionId)).Element("span", table.Title).Close();
            HtmlEdition.HeaderRows(html, columns);
            html.Open("tbody");
            foreach (var row in table.Rows)
            {
                var first = rowIds.Of(row.Indicator.Ref)!;
                var times = shown[row.Indicator.Ref] = shown.GetValueOrDefault(row.Indicator.Ref) + 1;
                var id = times == 1 ? first : $"{first}-{times.ToString(CultureInfo.InvariantCulture)}";
                html.Open("tr", ("id", id));
                foreach (var column in columns)
                    HtmlEdition.Cell(html, column, column.Cell(row), extra: column.Kind == ColumnKind.Name ? [("id", $"{id}-name")] : []);
                html.Close();
                if (commentary?.Cell(row) is { Text.Length: > 0 } said)
                {
                    html.Open("tr", ("class", "commentary-row"));
                    html.Element("th", commentary.Label, ("scope", "row"), ("id", $"{id}-commentary"), ("class", "commentary-label"));
                    html.Open("td", ("colspan", Math.Max(1, columns.Count - 1).ToString(CultureInfo.InvariantCulture)), ("headers", $"{id}-name {id}-commentary"));
                    HtmlEdition.Words(html.Open("div", ("class", "commentary-text")), said).Close();
                    html.Close().Close();
                }
            }
            html.Close();
            html.Close().Close();
        }
    }
}
