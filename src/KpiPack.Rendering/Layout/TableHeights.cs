namespace KpiPack.Rendering.Layout;

/// <summary>Columns widened together, each to a new width in <see cref="ColumnWidths.Step"/>s; the cost is the steps added.</summary>
internal sealed record Widening(IReadOnlyList<int> Columns, IReadOnlyList<int> Widths, int Cost);

/// <summary>
/// The height of each row of a table as its column widths grow, and how much a widening would save. Only cells
/// in a single column count: a cell over several columns gets its width from how the rest is shared, which is
/// settled last, and so only sets minimums (<see cref="ColumnWidths"/>). Widths are whole steps (integers) so
/// that sums and comparisons are exact.
/// </summary>
internal sealed class TableHeights
{
    private readonly int _columns;
    private readonly float _padding;
    private readonly HeightProfile?[][] _cells; // [row][column]: the cell alone in that column, if any
    private readonly float[][] _heights;        // [row][column]: its height at the current width, or 0
    private readonly float[] _rowHeights;
    private readonly int[][] _tallestFirst;      // [row]: columns by current height, tallest first, then by index
    private readonly int[] _widths;

    public TableHeights(int columns, IReadOnlyList<TableRow> rows, float padding, IReadOnlyList<int> widths, float widest)
    {
        _columns = columns;
        _padding = padding;
        _widths = widths.ToArray();
        // Every row measured at every width where its text wraps differently is most of the optimiser's work; rows share
        // no element, so they are measured on all cores.
        _cells = new HeightProfile?[rows.Count][];
        var cells = _cells;
        Parallel.For(0, rows.Count, row => cells[row] = SingleColumnCells(rows[row], columns, padding, widest));
        _heights = _cells.Select(_ => new float[columns]).ToArray();
        _rowHeights = new float[rows.Count];
        _tallestFirst = _cells.Select(_ => Enumerable.Range(0, columns).ToArray()).ToArray();
        for (var row = 0; row < _cells.Length; row++)
        {
            for (var column = 0; column < columns; column++) _heights[row][column] = HeightAt(row, column, _widths[column]);
            Reorder(row);
        }
    }

    public IReadOnlyList<int> Widths => _widths;

    /// <summary>The sum of the rows' heights, counting single-column cells only.</summary>
    public float Total => _rowHeights.Sum();

    /// <summary>Columns with a cell that more width would still make shorter.</summary>
    public IReadOnlyList<int> StillWrapping() => Enumerable.Range(0, _columns)
        .Where(column => _cells.Any(cells => cells[column]?.NextShorterWidth(ContentWidth(_widths[column])) is not null))
        .ToList();

    /// <summary>
    /// Of the widenings that make some row shorter (every cell at that row's height widened until it loses a
    /// line), the one that saves the most height over the whole table per step, within the budget and the
    /// maximum widths; the first found on a tie. Null when none saves anything.
    /// </summary>
    public Widening? BestWidening(int budget, IReadOnlyList<int> maximumWidths)
    {
        var candidates = new List<Widening>();
        var seen = new HashSet<(int Column, int Width)>();
        for (var row = 0; row < _cells.Length; row++)
        {
            if (ShortenRow(row, budget, maximumWidths) is not { } widening) continue;
            if (widening.Columns.Count == 1 && !seen.Add((widening.Columns[0], widening.Widths[0]))) continue;
            candidates.Add(widening);
        }
        // Each saving reads the heights and changes nothing, so they are weighed on all cores; the choice is made in
        // row order afterwards, so it is the same however the work was shared.
        var rates = new float[candidates.Count];
        Parallel.For(0, candidates.Count, i => rates[i] = Saving(candidates[i]) / candidates[i].Cost);
        Widening? best = null;
        var bestRate = 0f;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (rates[i] <= bestRate) continue;
            best = candidates[i];
            bestRate = rates[i];
        }
        return best;
    }

    public void Apply(Widening widening)
    {
        for (var i = 0; i < widening.Columns.Count; i++) _widths[widening.Columns[i]] = widening.Widths[i];
        for (var row = 0; row < _cells.Length; row++)
        {
            foreach (var column in widening.Columns) _heights[row][column] = HeightAt(row, column, _widths[column]);
            Reorder(row);
        }
    }

    private Widening? ShortenRow(int row, int budget, IReadOnlyList<int> maximumWidths)
    {
        if (_rowHeights[row] <= 0) return null;
        var columns = new List<int>();
        var widths = new List<int>();
        var cost = 0;
        foreach (var column in _tallestFirst[row])
        {
            if (_cells[row][column] is not { } cell || _heights[row][column] < _rowHeights[row]) break;
            if (cell.NextShorterWidth(ContentWidth(_widths[column])) is not { } shorter) return null;
            var width = ColumnWidths.StepsAtLeast(shorter + 2 * _padding);
            if (width > maximumWidths[column]) return null;
            columns.Add(column);
            widths.Add(width);
            cost += width - _widths[column];
        }
        return cost > budget || cost <= 0 ? null : new Widening(columns, widths, cost);
    }

    private float Saving(Widening widening)
    {
        var saving = 0f;
        for (var row = 0; row < _cells.Length; row++)
        {
            // Widening only shortens cells, so a row none of whose tallest cells is widened keeps its height.
            if (!Widens(widening, row, _rowHeights[row])) continue;
            var tallest = 0f;
            foreach (var column in _tallestFirst[row])
            {
                if (IndexOf(widening.Columns, column) >= 0) continue;
                tallest = _heights[row][column];
                break;
            }
            for (var i = 0; i < widening.Columns.Count; i++)
                tallest = Math.Max(tallest, HeightAt(row, widening.Columns[i], widening.Widths[i]));
            saving += _rowHeights[row] - tallest;
        }
        return saving;
    }

    private bool Widens(Widening widening, int row, float height)
    {
        for (var i = 0; i < widening.Columns.Count; i++)
            if (_cells[row][widening.Columns[i]] is not null && _heights[row][widening.Columns[i]] >= height) return true;
        return false;
    }

    private static int IndexOf(IReadOnlyList<int> columns, int column)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i] == column) return i;
        return -1;
    }

    private float HeightAt(int row, int column, int width) => _cells[row][column]?.HeightAt(ContentWidth(width)) ?? 0;

    // The same sum Table.RowHeight measures with, so the heights here are the table's.
    private float ContentWidth(int width) => width * ColumnWidths.Step - 2 * _padding;

    // An insertion sort: the order is nearly right already (a widening moves a column or two), and it runs for every
    // row after every widening, where Array.Sort with a comparison allocated enough to set the garbage collector off.
    private void Reorder(int row)
    {
        var heights = _heights[row];
        var order = _tallestFirst[row];
        for (var i = 1; i < order.Length; i++)
        {
            var column = order[i];
            var j = i - 1;
            for (; j >= 0 && TallerFirst(heights, column, order[j]); j--) order[j + 1] = order[j];
            order[j + 1] = column;
        }
        _rowHeights[row] = heights.Length == 0 ? 0 : heights[order[0]];
    }

    private static bool TallerFirst(float[] heights, int column, int other) =>
        heights[column] > heights[other] || heights[column] == heights[other] && column < other;

    private static HeightProfile?[] SingleColumnCells(TableRow row, int columns, float padding, float widest)
    {
        var cells = new HeightProfile?[columns];
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.Span == 1) cells[column] = HeightProfile.Of(cell.Content, padding, widest);
            column += cell.Span;
        }
        return cells;
    }
}
