using System.Globalization;
using KpiPack.Core.Deriving;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Appendix;

/// <summary>
/// The columns of the council's 2023 board data tables (seed 004): the printed Ref_ID, "Trend" (this month minus
/// last), the report month's target, its RAG on its own, and the direction of travel read with the polarity.
/// </summary>
internal sealed partial class AppendixColumns
{
    private static readonly AppendixColumn RefId = new("", "Ref_ID", ColumnKind.Figure, AppendixPart.RefId,
        row => new Cell(row.Indicator.Columns.GetValueOrDefault("ref_id", "")) { Align = CellAlign.Right });

    private static readonly AppendixColumn Difference = new("", "Change from previous month", ColumnKind.Figure, AppendixPart.Difference,
        row => JudgedAt(row, Figure(row.ChangeFromPreviousMonth is { } change
            ? change.ToString("#,##0." + new string('0', row.Indicator.Decimals), CultureInfo.InvariantCulture).TrimEnd('.')
            : "")));

    /// <summary>The report month's target, headed by its financial year ("Target 23-24"): a row judged at an earlier month keeps this year's.</summary>
    private AppendixColumn Target => new("", $"Target {month.FinancialYear.ShortLabel}", ColumnKind.Figure, AppendixPart.Target,
        row => Figure(Figures.Figure(row.Target, row.Indicator))) { LeftOutWhenEmpty = true };

    private static readonly AppendixColumn RagAlone = new("", "RAG", ColumnKind.Mark, AppendixPart.Rag, row =>
    {
        var swatch = Palette.Of(row.Rag);
        return JudgedAt(row, swatch is null
            ? new Cell("") { Align = CellAlign.Centre }
            : new Cell(swatch.Name) { Align = CellAlign.Centre, Swatch = swatch });
    });

    private static readonly AppendixColumn TravelColumn = new("", "Direction of travel", ColumnKind.Mark, AppendixPart.Direction, Travelled);

    /// <summary>
    /// The arrow of the month's movement (↑ rose, ↓ fell, → unchanged) on the colour of its reading with the polarity,
    /// with the judgement's mark for a black-and-white copy; said in words ("improved", "worsened") to a screen reader.
    /// </summary>
    private static Cell Travelled(DerivedRow row)
    {
        if (row.Travel == Travel.None || row.ChangeFromPreviousMonth is not { } change) return new Cell("") { Align = CellAlign.Centre };
        var swatch = row.Travel switch { Travel.Improved => Palette.Positive, Travel.Worsened => Palette.Negative, _ => Palette.Similar };
        var arrow = Figures.Arrow(change > 0 ? Direction.Up : change < 0 ? Direction.Down : Direction.Similar);
        var said = row.Travel switch
        {
            Travel.Improved => "improved",
            Travel.Worsened => "worsened",
            _ => "no change",
        };
        var moved = change == 0 ? "" : change > 0 ? ", up on the previous month" : ", down on the previous month";
        return JudgedAt(row, new Cell($"{arrow} {swatch.Mark}") { Align = CellAlign.Centre, Swatch = swatch, Spoken = said + moved });
    }

    /// <summary>A judged cell of a row judged at an earlier month than the report's says which ("May-23"), in print and aloud.</summary>
    private static Cell JudgedAt(DerivedRow row, Cell cell)
    {
        // An empty cell judged nothing: a month under it would only lengthen the row.
        if (row.JudgedAt is not { } at || cell.Words.Length == 0) return cell;
        return cell with
        {
            Note = cell.Note.Length == 0 ? at.Label : $"{cell.Note} {at.Label}",
            Spoken = $"{cell.Spoken ?? cell.Words}, at {at.Label}",
        };
    }

    /// <summary>The parts of several columns under one group heading ("Month": Jul-22, Aug-22 ...).</summary>
    private static readonly HashSet<AppendixPart> Grouped =
        [AppendixPart.Months, AppendixPart.Changes, AppendixPart.Spc, AppendixPart.Benchmarks, AppendixPart.Targets];

    /// <summary>
    /// The pack's headings in place of the columns' own: a part of several columns takes the heading as their group
    /// heading (empty: none, as the board tables print their months), a part of one column as its label, without a group.
    /// </summary>
    private AppendixColumn[] Headed(AppendixColumn[] columns)
    {
        if (headings is null || headings.Count == 0) return columns;
        return columns.Select(c =>
        {
            if (c.Part is not { } part || !headings.TryGetValue(part, out var heading)) return c;
            return Grouped.Contains(part) ? c with { Group = heading } : c with { Group = "", Label = heading };
        }).ToArray();
    }
}
