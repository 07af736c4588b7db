namespace KpiPack.Rendering.Layout;

/// <summary>
/// The grid the exceptions' charts are set in: as many equal columns across the page as leave each chart at least
/// <see cref="MinimumChartWidth"/> (room for a y axis, a year of months labelled at 6 pt and the icons beside it), and
/// the charts shared out into rows, left to right, in order. The rows become a table's rows, so they are paginated
/// like any other: never split, the heading repeated on each page.
/// </summary>
internal sealed record ChartGrid(float Width, int Columns)
{
    public const float MinimumChartWidth = 220;

    public static ChartGrid For(float width) => new(width, Math.Max(1, (int)(width / MinimumChartWidth)));

    /// <summary>Whole points each, the last column taking what rounding leaves so the grid is exactly as wide as the page.</summary>
    public IReadOnlyList<float> ColumnWidths
    {
        get
        {
            var each = MathF.Floor(Width / Columns);
            return [.. Enumerable.Repeat(each, Columns - 1), Width - each * (Columns - 1)];
        }
    }

    public IReadOnlyList<IReadOnlyList<T>> Rows<T>(IReadOnlyList<T> charts) => charts.Chunk(Columns).Select(r => (IReadOnlyList<T>)r).ToList();
}
