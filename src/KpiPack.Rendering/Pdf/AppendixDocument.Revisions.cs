using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

internal sealed partial class AppendixDocument
{
    /// <summary>
    /// The figures revised since the most recent earlier appendix, after the exceptions: each with its indicator, its
    /// month and both figures as printed, or one line saying none changed.
    /// </summary>
    private Table RevisionsTable(RevisionList revisions)
    {
        var count = revisions.Headings.Count;
        var header = new List<TableRow>
        {
            new([new TableCell(Text($"{revisions.Heading}: {revisions.Purpose}", _heading.WithBold()), count, Palette.HeaderFill)]) { Role = RowRole.Title, Outline = revisions.Heading },
        };
        // Column headings over a list only: over the one line saying nothing changed they would head nothing.
        if (revisions.Figures.Count > 0)
            header.Add(new(revisions.Headings.Select(h => new TableCell(Text(h, _heading), 1, Palette.HeaderFill)).ToList()) { Role = RowRole.Header });
        var body = revisions.Figures.Count == 0
            ? [new TableRow([new TableCell(Text(revisions.None, _body), count)])]
            : revisions.Figures.Select(r => new TableRow(RevisionList.Cells(r).Select((text, i) => new TableCell(Text(text, RevisionStyle(i)))).ToList())).ToList();
        var widths = ColumnWidths.Optimise(count, [.. header, .. body], ContentWidth, CellPadding, Enumerable.Repeat(0f, count).ToList())
            ?? throw new PageTooNarrowException($"the revised figures do not fit across the page; the longest word or figure is '{LongestRun(body)}'");
        return new Table(widths, header, body) { CellPadding = CellPadding, Grid = Palette.Grid };
    }

    /// <summary>The ref bold and whole, the indicator as text, the month and figures right-aligned as in the table.</summary>
    private TextStyle RevisionStyle(int column) => column switch
    {
        0 => _body with { Bold = true, Unbreakable = true },
        1 => _body,
        _ => _body with { Align = TextAlign.Right, Unbreakable = true },
    };
}
