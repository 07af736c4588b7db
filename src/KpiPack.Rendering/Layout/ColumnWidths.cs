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
    /// Columns of one <paramref name="equalWidths"/> group always share one width: they start at the widest of their
    /// minimums, are not widened one by one, and take what is left together, in whole steps each (a few steps too few
    /// to share evenly may stay unused). The same rows and widths always give the same answer.
    /// </summary>
    /// <param name="rows">Header and body rows; a row's cells may span columns (<see cref="TableCell.Span"/>).</param>
    /// <param name="minimumWidths">Per column, a least width of the caller's, such as room for a sparkline; optional.</param>
    /// <param name="maximumWidths">Per column, a greatest width, unless its content needs more; optional.</param>
    /// <param name="equalWidths">Groups of columns that are to be as wide as each other, such as a table's months; optional.</param>
    public static IReadOnlyList<float>? Optimise(int columnCount, IReadOnlyList<TableRow> rows, float totalWidth, float cellPadding,
        IReadOnlyList<float>? minimumWidths = null, IReadOnlyList<float>? maximumWidths = null,
        IReadOnlyList<IReadOnlyList<int>>? equalWidths = null)
    {
        if (minimumWidths is not null && minimumWidths.Count != columnCount)
            throw new ArgumentException($"{minimumWidths.Count} minimum widths for {columnCount} columns", nameof(minimumWidths));
        if (maximumWidths is not null && maximumWidths.Count != columnCount)
            throw new ArgumentException($"{maximumWidths.Count} maximum widths for {columnCount} columns", nameof(maximumWidths));

        var units = Units(columnCount, equalWidths);
        var minimum = Minimums(columnCount, rows, cellPadding, minimumWidths);
        foreach (var unit in units.Where(u => u.Count > 1))
        {
            var widest = unit.Max(column => minimum[column]);
            foreach (var column in unit) minimum[column] = widest;
        }
        var budget = StepsAtMost(totalWidth) - minimum.Sum();
        if (budget < 0) return null;
        var maximum = Enumerable.Range(0, columnCount)
            .Select(column => Math.Max(minimum[column], maximumWidths is null ? int.MaxValue : StepsAtMost(maximumWidths[column])))
            .ToArray();
        // A column of a group widened alone would leave its group uneven: the groups wait for the sharing out.
        var grouped = units.Where(u => u.Count > 1).SelectMany(u => u).ToHashSet();
        var widenAlone = maximum.Select((most, column) => grouped.Contains(column) ? minimum[column] : most).ToArray();

        var heights = new TableHeights(columnCount, Weighed(rows), cellPadding, minimum, totalWidth);
        while (heights.BestWidening(budget, widenAlone) is { } widening)
        {
            heights.Apply(widening);
            budget -= widening.Cost;
        }

        var widths = heights.Widths.ToArray();
        var wrapping = heights.StillWrapping().ToHashSet();
        budget = ShareOut(widths, budget, units.Where(u => u.Any(wrapping.Contains)).ToList(), maximum);
        ShareOut(widths, budget, units, maximum);
        return widths.Select(width => width * Step).ToArray();
    }

    /// <summary>
    /// The columns as units that grow together: each group of <paramref name="equalWidths"/> (of two or more columns)
    /// and every other column on its own, in order of their first column.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<int>> Units(int columnCount, IReadOnlyList<IReadOnlyList<int>>? equalWidths)
    {
        var groups = (equalWidths ?? []).Select(g => g.Distinct().Order().ToList()).Where(g => g.Count > 1).ToList();
        var inGroup = new Dictionary<int, List<int>>();
        foreach (var group in groups)
            foreach (var column in group)
            {
                if (column < 0 || column >= columnCount)
                    throw new ArgumentException($"equal-width column {column} is not one of the table's {columnCount}", nameof(equalWidths));
                if (!inGroup.TryAdd(column, group))
                    throw new ArgumentException($"column {column} is in two equal-width groups", nameof(equalWidths));
            }
        return Enumerable.Range(0, columnCount)
            .Select(column => inGroup.TryGetValue(column, out var group) ? group : [column])
            .DistinctBy(unit => unit[0])
            .Select(unit => (IReadOnlyList<int>)unit)
            .ToList();
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
    /// Shares <paramref name="budget"/> steps among <paramref name="units"/> in proportion to their widths, up to their
    /// maximums; the steps that do not divide evenly go one each in order. A unit of several columns widens them all by
    /// the same whole steps, so it takes its share in multiples of its size. Returns the steps left.
    /// </summary>
    private static int ShareOut(int[] widths, int budget, IReadOnlyList<IReadOnlyList<int>> units, IReadOnlyList<int> maximum)
    {
        while (budget > 0)
        {
            var open = units.Where(unit => unit.All(column => widths[column] < maximum[column])).ToList();
            if (open.Count == 0) return budget;
            var weight = open.Sum(unit => unit.Sum(column => (long)widths[column]));
            var shares = open.Select(unit => weight == 0 ? budget / open.Count : (int)(budget * unit.Sum(column => (long)widths[column]) / weight)).ToArray();
            var remainder = budget - shares.Sum();
            for (var i = 0; i < remainder; i++) shares[i]++;
            var given = 0;
            for (var i = 0; i < open.Count; i++)
            {
                var unit = open[i];
                var each = Math.Min(shares[i] / unit.Count, unit.Min(column => maximum[column] - widths[column]));
                foreach (var column in unit) widths[column] += each;
                given += each * unit.Count;
            }
            // Only groups are open and each share is smaller than its group: what is left cannot be shared evenly.
            if (given == 0) return budget;
            budget -= given;
        }
        return budget;
    }
}
