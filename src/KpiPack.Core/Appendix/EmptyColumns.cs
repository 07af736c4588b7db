using KpiPack.Core.Deriving;
using KpiPack.Core.Model;

namespace KpiPack.Core.Appendix;

/// <summary>
/// A column a table leaves out because it would print nothing: a month (<see cref="Month"/>) in which no indicator has
/// a figure, or a column no indicator has a target in (<see cref="Lacks"/> says which: "a figure", "a target").
/// </summary>
public sealed record LeftOutColumn(string Heading, string? Table, string Lacks, Month? Month)
{
    /// <summary>
    /// The note that says what was left out, so that no column disappears without a word: one line for the columns
    /// of a table left out for the same reason, "Jul-19, Aug-19, Sep-19: no indicator has a figure for them".
    /// </summary>
    public static IReadOnlyList<string> Notes(IEnumerable<LeftOutColumn> leftOut) =>
        leftOut.GroupBy(l => (l.Table, l.Lacks))
            .Select(g => $"{string.Join(", ", g.Select(l => l.Heading))}" +
                $"{(g.Key.Table is null ? "" : $" in \u201c{g.Key.Table}\u201d")}: no indicator has {g.Key.Lacks} for {(g.Count() == 1 ? "it" : "them")}")
            .ToList();
}

/// <summary>
/// The columns of a table that would be empty on every row: an earlier month in which no indicator of the table has
/// a figure (blank or marked "tbc" throughout, a month the workbook skipped), and a target column no indicator has a
/// target in. The report month's column always stays: it is what the paper is about. A table of no rows keeps all.
/// </summary>
internal static class EmptyColumns
{
    public static IReadOnlyList<(AppendixColumn Column, LeftOutColumn Note)> Of(
        IReadOnlyList<AppendixColumn> columns, IReadOnlyList<DerivedRow> rows, Month reportMonth, MonthlyValues values, string? table = null)
    {
        if (rows.Count == 0) return [];
        var left = new List<(AppendixColumn, LeftOutColumn)>();
        foreach (var column in columns)
        {
            if (column.Month is { } month && month != reportMonth && !rows.Any(r => values.ValueOf(r.Indicator.Ref, month).IsNumber))
                left.Add((column, new LeftOutColumn(month.Label, table, "a figure", month)));
            else if (column.LeftOutWhenEmpty && rows.All(r => column.Cell(r).Words.Length == 0))
                left.Add((column, new LeftOutColumn(column.Heading, table, "a target", null)));
        }
        return left;
    }

    /// <summary><paramref name="columns"/> without the ones in <paramref name="leftOut"/>.</summary>
    public static IReadOnlyList<AppendixColumn> Without(IReadOnlyList<AppendixColumn> columns, IEnumerable<(AppendixColumn Column, LeftOutColumn Note)> leftOut)
    {
        var gone = leftOut.Select(l => l.Column).ToHashSet(ReferenceEqualityComparer.Instance);
        return columns.Where(c => !gone.Contains(c)).ToList();
    }
}
