using KpiPack.Core.Appendix;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

internal sealed partial class AppendixDocument
{
    /// <summary>
    /// The board layout (seed 004): each titled table one after another, its title over its column headings and both
    /// repeated on every page it runs onto, its rows in the pack's order, its column widths fitted to its own cells.
    /// </summary>
    private IEnumerable<Table> BoardTables() => _appendix.Tables.Select(BoardTable);

    private Table BoardTable(AppendixTable table)
    {
        var underRow = _appendix.Commentary == CommentaryPlacement.Row
            ? table.Columns.Where(c => c.Kind is ColumnKind.LongText or ColumnKind.Commentary).ToList()
            : [];
        var columns = table.Columns.Except(underRow).ToList();
        var body = new List<TableRow>();
        foreach (var row in table.Rows)
        {
            var line = LineUnder(row, underRow, columns.Count);
            body.Add(new TableRow(columns.Select(c => TableCellOf(c, row)).ToList(), KeepWithNext: line is not null));
            if (line is not null) body.Add(line);
        }
        var headings = HeaderRows(columns);
        // A table whose columns have no group headings (the seed's board tables) takes one heading row, not an empty one.
        if (columns.All(c => c.Group.Length == 0)) headings = [headings[^1]];
        var header = new List<TableRow> { SectionRow(table.Title, columns.Count) with { KeepWithNext = false, Role = RowRole.Title, Outline = table.Title } };
        header.AddRange(headings);
        return Fitted(columns, header, body,
            $"the columns of table '{table.Title}' do not fit across the page, even each as narrow as its longest word: show fewer months or leave out some columns");
    }
}
