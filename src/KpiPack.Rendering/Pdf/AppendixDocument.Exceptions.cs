using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

internal sealed partial class AppendixDocument
{
    /// <summary>
    /// What the chair may want to raise, before the full table: each group of exceptions under its heading, each
    /// indicator with its figures, marks and commentary.
    /// </summary>
    private Table ExceptionsTable(ExceptionList exceptions)
    {
        var columns = exceptions.Columns;
        var body = new List<TableRow>();
        foreach (var group in exceptions.Groups)
        {
            body.Add(SectionRow(group.Title, columns.Count));
            body.AddRange(group.Rows.Select(row => new TableRow(columns.Select(c => TableCellOf(c, row)).ToList())));
        }
        if (body.Count == 0)
            body.Add(new TableRow([new TableCell(Text(exceptions.None, _body), columns.Count)]));
        var header = new List<TableRow>
        {
            new([new TableCell(Text($"{exceptions.Heading}: {exceptions.Purpose}", _heading.WithBold()), columns.Count, Palette.HeaderFill)])
                { Role = RowRole.Title, Outline = exceptions.Heading },
            new(columns.Select(c => new TableCell(Text(c.Heading, _heading), 1, Palette.HeaderFill)).ToList()) { Role = RowRole.Header },
        };
        return Fitted(columns, header, body, "the exceptions do not fit across the page, even each column as narrow as its longest word");
    }
}
