using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Appendix;

public sealed partial class AppendixDocument
{
    /// <summary>
    /// What the chair may want to raise, before the full table: signals of concern, then of improvement, indicators
    /// failing their target, and big movements without commentary, each with its figures, marks and commentary.
    /// </summary>
    private Table ExceptionsTable()
    {
        var right = _figures;
        var columns = new List<AppendixColumn>
        {
            new("", "Ref", 30, row => new TableCell(Text(row.Indicator.Ref, _body.WithBold()))),
            new("", "Indicator", 150, row => new TableCell(Text(row.Indicator.Name, _body)), Flexible: true),
            new("", _report.Month.Label, 36, row => new TableCell(Text(Figures.Value(row.Value, row.Indicator), right.WithBold()))),
            new("", "% change from previous month", 40, row => MovementCell(row.FromPreviousMonth)),
            new("", "% change from same month last year", 40, row => MovementCell(row.FromPreviousYear)),
            new("", "SPC variation, assurance", 36, SpcCell),
            new("", $"Target {_report.Month.FinancialYear.ShortLabel}", 40, RagCell),
            new("", $"Commentary ({_report.Month.Label})", 250, row => new TableCell(Text(row.Commentary, _body)), Flexible: true),
        };
        var body = new List<TableRow>();
        foreach (var (heading, list) in Exceptions.Of(_report.Table.Rows))
        {
            body.Add(new TableRow([new TableCell(Text($"{heading} ({list.Count})", new TextStyle(7.5f, Bold: true, Color: Palette.HeaderFill)), columns.Count, Palette.SectionFill)], KeepWithNext: true));
            body.AddRange(list.Select(row => new TableRow(columns.Select(c => c.Cell(row)).ToList())));
        }
        if (body.Count == 0)
            body.Add(new TableRow([new TableCell(Text($"No exceptions in {_report.Month.Label}.", _body), columns.Count)]));
        var header = new List<TableRow>
        {
            new([new TableCell(Text($"Exceptions, {_report.Month.Label}: what the panel may want to ask about", _heading.WithBold()), columns.Count, Palette.HeaderFill)]),
            new(columns.Select(c => new TableCell(Text(c.Label, _heading), 1, Palette.HeaderFill)).ToList()),
        };
        var flexible = columns.Select((c, i) => (c, i)).Where(p => p.c.Flexible).Select(p => p.i).ToHashSet();
        var widths = Table.FitColumns(columns.Select(c => c.Width).ToList(), flexible, ContentWidth, header.Concat(body), CellPadding)
            ?? throw new InvalidOperationException("the exceptions table does not fit the page");
        return new Table(widths, header, body) { CellPadding = CellPadding };
    }
}
