namespace KpiPack.Rendering.Layout;

/// <summary>
/// Column widths chosen from what the cells hold so that the table is as short as it can be in the width it has:
/// where <see cref="Table.FitColumns"/> gives fixed widths whatever the content, this gives width where a long text
/// would wrap to many lines and keeps columns of short figures narrow.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Widths come in whole multiples of this many points.</summary>
    public const float Step = 0.5f;

    // Keeps a width measured exactly from staying a hair short once padding is added and taken off again.
    private const float Slack = 0.01f;

    /// <summary>
    /// Widths for <paramref name="columnCount"/> columns summing to at most <paramref name="totalWidth"/> (within
    /// a <see cref="Step"/> of it unless the maximums stop that), or null when the minimums alone do not fit.
    /// <list type="number">
    /// <item>Every column is at least as wide as its longest unbreakable run plus padding, over the cells alone in it,
    /// and at least its <paramref name="minimumWidths"/> entry; columns under a wider cell spanning several of them
    /// are widened evenly until it fits.</item>
    /// <item>Then, over and over, the widening that saves the most table height per point is made (a row is as tall
    /// as its tallest cell; header and body rows all count), until none saves any or the width runs out.</item>
    /// <item>What is left goes to the columns that still wrap, in proportion to their widths, or, if none do, to
    /// all of them; never past <paramref name="maximumWidths"/>.</item>
    /// </list>
    /// The same rows and widths always give the same answer.
    /// </summary>
    /// <param name="rows">Header and body rows; a row's cells may span columns (<see cref="TableCell.Span"/>).</param>
    /// <param name="minimumWidths">Per column, a least width of the caller's, such as room for a sparkline; optional.</param>
    /// <param name="maximumWidths">Per column, a greatest width, unless its content needs more; optional.</param>
    public static IReadOnlyList<float>? Optimise(int columnCount, IReadOnlyList<TableRow> rows, float totalWidth, float cellPadding,
        IReadOnlyList<float>? minimumWidths = null, IReadOnlyList<float>? maximumWidths = null)
    {
        if (minimumWidths is not null && minimumWidths.Count != columnCount)
            throw new ArgumentException($"{minimumWidths.Count} minimum widths for {columnCount} columns", nameof(minimumWidths));
        if (maximumWidths is not null && maximumWidths.Count != columnCount)
            throw new ArgumentException($"{maximumWidths.Count} maximum widths for {columnCount} columns", nameof(maximumWidths));

        var minimum = Minimums(columnCount, rows, cellPadding, minimumWidths);
        var budget = StepsAtMost(totalWidth) - minimum.Sum();
        if (budget < 0) return null;
        var maximum = Enumerable.Range(0, columnCount)
            .Select(column => Math.Max(minimum[column], maximumWidths is null ? int.MaxValue : StepsAtMost(maximumWidths[column])))
            .ToArray();

        var heights = new TableHeights(columnCount, Weighed(rows), cellPadding, minimum, totalWidth);
        while (heights.BestWidening(budget, maximum) is { } widening)
        {
            heights.Apply(widening);
            budget -= widening.Cost;
        }

        var widths = heights.Widths.ToArray();
        budget = ShareOut(widths, budget, heights.StillWrapping(), maximum);
        ShareOut(widths, budget, Enumerable.Range(0, columnCount).ToList(), maximum);
        return widths.Select(width => width * Step).ToArray();
    }

    /// <summary>
    /// The rows whose heights steer the widening: all of them up to <see cref="MostRowsWeighed"/>, else that many taken
    /// evenly through the table. The cost of widening grows with rows times widenings, and a 5,000-row table took a
    /// minute; a few hundred rows already show where width saves lines. Minimums always come from every row, so no
    /// ref or number is ever cut.
    /// </summary>
    private static IReadOnlyList<TableRow> Weighed(IReadOnlyList<TableRow> rows) =>
        rows.Count <= MostRowsWeighed
            ? rows
            : Enumerable.Range(0, MostRowsWeighed).Select(i => rows[(int)((long)i * rows.Count / MostRowsWeighed)]).ToList();

    internal const int MostRowsWeighed = 400;

    /// <summary>The fewest steps that make at least <paramref name="points"/>, with a little to spare.</summary>
    internal static int StepsAtLeast(float points) => (int)MathF.Ceiling((points + Slack) / Step);

    private static int StepsAtMost(float points) =>
        float.IsPositiveInfinity(points) || points / Step >= int.MaxValue ? int.MaxValue : (int)MathF.Floor(points / Step);

    private static int[] Minimums(int columnCount, IReadOnlyList<TableRow> rows, float padding, IReadOnlyList<float>? minimumWidths)
    {
        var minimum = Enumerable.Range(0, columnCount)
            .Select(column => minimumWidths is null ? 0 : (int)MathF.Ceiling(minimumWidths[column] / Step))
            .ToArray();
        foreach (var (_, column, cell) in Cells(rows, columnCount).Where(c => c.Cell.Span == 1))
            minimum[column] = Math.Max(minimum[column], StepsAtLeast(cell.Content.MinimumWidth + 2 * padding));

        // Spanning cells once the single ones are in: most already fit over the columns they span.
        foreach (var (_, column, cell) in Cells(rows, columnCount).Where(c => c.Cell.Span > 1))
        {
            var missing = StepsAtLeast(cell.Content.MinimumWidth + 2 * padding) - minimum.Skip(column).Take(cell.Span).Sum();
            if (missing <= 0) continue;
            var each = (missing + cell.Span - 1) / cell.Span;
            for (var spanned = column; spanned < column + cell.Span; spanned++) minimum[spanned] += each;
        }
        return minimum;
    }

    private static IEnumerable<(TableRow Row, int Column, TableCell Cell)> Cells(IReadOnlyList<TableRow> rows, int columnCount)
    {
        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.Span < 1 || column + cell.Span > columnCount)
                    throw new InvalidOperationException($"{row} spans more than the table's {columnCount} columns");
                yield return (row, column, cell);
                column += cell.Span;
            }
        }
    }

    /// <summary>
    /// Shares <paramref name="budget"/> steps among <paramref name="columns"/> in proportion to their widths, up to
    /// their maximums; the steps that do not divide evenly go one each in column order. Returns the steps left.
    /// </summary>
    private static int ShareOut(int[] widths, int budget, IReadOnlyList<int> columns, IReadOnlyList<int> maximum)
    {
        while (budget > 0)
        {
            var open = columns.Where(column => widths[column] < maximum[column]).ToList();
            if (open.Count == 0) return budget;
            var weight = open.Sum(column => (long)widths[column]);
            var shares = open.Select(column => weight == 0 ? budget / open.Count : (int)(budget * (long)widths[column] / weight)).ToArray();
            var remainder = budget - shares.Sum();
            for (var i = 0; i < remainder; i++) shares[i]++;
            var given = 0;
            for (var i = 0; i < open.Count; i++)
            {
                var share = Math.Min(shares[i], maximum[open[i]] - widths[open[i]]);
                widths[open[i]] += share;
                given += share;
            }
            budget -= given;
        }
        return budget;
    }
}
