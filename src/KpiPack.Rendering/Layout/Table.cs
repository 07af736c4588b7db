using SkiaSharp;

namespace KpiPack.Rendering.Layout;

/// <summary>A cell spanning one or more of the table's columns.</summary>
internal sealed record TableCell(IElement Content, int Span = 1, SKColor? Background = null);

/// <summary>
/// A row of cells. <see cref="KeepWithNext"/> keeps a heading row on the same page as the row after it.
/// </summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, bool KeepWithNext = false)
{
    public override string ToString() => $"Row({Cells.Count} cells{(KeepWithNext ? ", keep with next" : "")})";
}

/// <summary>The body rows a page holds, under the repeated header.</summary>
internal sealed record TableSlice(IReadOnlyList<TableRow> Rows);

/// <summary>
/// A grid of fixed-width columns with header rows repeated on every page. Rows are kept whole across page
/// breaks; only a row taller than a whole page is split, line by line.
/// </summary>
internal sealed class Table(IReadOnlyList<float> columnWidths, IReadOnlyList<TableRow> header, IReadOnlyList<TableRow> body)
{
    public IReadOnlyList<float> ColumnWidths { get; } = columnWidths;
    public IReadOnlyList<TableRow> Header { get; } = header;
    public IReadOnlyList<TableRow> Body { get; } = body;
    public float CellPadding { get; init; } = 1.5f;
    public SKColor Grid { get; init; } = new(0x99, 0x99, 0x99);

    public float Width => ColumnWidths.Sum();

    /// <summary>
    /// Column widths for <paramref name="totalWidth"/>: each column at least its preferred width and wide enough
    /// for the longest word of any cell it holds alone; the <paramref name="flexible"/> columns share what is left,
    /// in proportion to their preferred widths. Null when the fixed columns alone do not fit.
    /// </summary>
    public static IReadOnlyList<float>? FitColumns(
        IReadOnlyList<float> preferred, IReadOnlySet<int> flexible, float totalWidth, IEnumerable<TableRow> rows, float cellPadding)
    {
        var widths = preferred.ToArray();
        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.Span == 1 && !flexible.Contains(column))
                    widths[column] = Math.Max(widths[column], MathF.Ceiling(cell.Content.MinimumWidth + 2 * cellPadding + 0.5f));
                column += cell.Span;
            }
        }
        var fixedTotal = widths.Where((_, i) => !flexible.Contains(i)).Sum();
        var left = totalWidth - fixedTotal;
        var flexiblePreferred = flexible.Sum(i => preferred[i]);
        if (left < flexiblePreferred) return null;
        foreach (var i in flexible) widths[i] = MathF.Floor(left * preferred[i] / flexiblePreferred);
        return widths;
    }
    public float HeaderHeight => Header.Sum(RowHeight);

    public float RowHeight(TableRow row) =>
        CellWidths(row).Zip(row.Cells).Select(p => p.Second.Content.Measure(p.First - 2 * CellPadding) + 2 * CellPadding).DefaultIfEmpty(0).Max();

    /// <summary>Shares the body rows out over pages: the first page has <paramref name="firstPageHeight"/> for the table, the others <paramref name="pageHeight"/>.</summary>
    public IReadOnlyList<TableSlice> Paginate(float firstPageHeight, float pageHeight)
    {
        var slices = new List<TableSlice>();
        var current = new List<TableRow>();
        var room = firstPageHeight - HeaderHeight;
        var fullRoom = pageHeight - HeaderHeight;
        if (fullRoom <= 2 * CellPadding) throw new LayoutException("the page header and the table's header rows leave no room on the page for the table: shorten the title or the column headings");

        void NewPage()
        {
            slices.Add(new TableSlice(current));
            current = [];
            room = fullRoom;
        }

        var pending = new LinkedList<TableRow>(Body);
        while (pending.First is { } first)
        {
            var row = first.Value;
            pending.RemoveFirst();
            var height = RowHeight(row);
            var needed = height + (row.KeepWithNext && pending.First is { } next ? RowHeight(next.Value) : 0);
            if (needed <= room || (current.Count == 0 && height <= room))
            {
                // At the top of a page a heading goes in even if its next row cannot follow: no page would do better.
                current.Add(row);
                room -= height;
            }
            else if (current.Count > 0 || height <= fullRoom)
            {
                NewPage();
                pending.AddFirst(row);
            }
            else
            {
                // Taller than a whole page: the one case where a row is split.
                var (head, tail) = SplitRow(row, room);
                current.Add(head);
                NewPage();
                if (tail is not null) pending.AddFirst(tail);
            }
        }
        if (current.Count > 0 || slices.Count == 0) slices.Add(new TableSlice(current));
        return slices;
    }

    /// <summary>Draws the header and the slice's rows from the top left of <paramref name="area"/>; returns the height used.</summary>
    public float Draw(SKCanvas canvas, SKRect area, TableSlice slice)
    {
        var top = area.Top;
        foreach (var row in Header.Concat(slice.Rows))
        {
            var height = RowHeight(row);
            DrawRow(canvas, row, area.Left, top, height);
            top += height;
        }
        return top - area.Top;
    }

    public IReadOnlyList<float> CellWidths(TableRow row)
    {
        var widths = new List<float>();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            if (column + cell.Span > ColumnWidths.Count)
                throw new InvalidOperationException($"{row} spans more than the table's {ColumnWidths.Count} columns");
            widths.Add(ColumnWidths.Skip(column).Take(cell.Span).Sum());
            column += cell.Span;
        }
        return widths;
    }

    private (TableRow Head, TableRow? Tail) SplitRow(TableRow row, float height)
    {
        var parts = CellWidths(row).Zip(row.Cells)
            .Select(p => (Cell: p.Second, Parts: p.Second.Content.Split(p.First - 2 * CellPadding, height - 2 * CellPadding)))
            .ToList();
        var head = new TableRow(parts.Select(p => p.Cell with { Content = p.Parts.Head }).ToList());
        if (parts.All(p => p.Parts.Tail is null)) return (head, null);
        var tail = new TableRow(parts.Select(p => p.Cell with { Content = p.Parts.Tail ?? new Stack([]) }).ToList());
        return (head, tail);
    }

    private void DrawRow(SKCanvas canvas, TableRow row, float left, float top, float height)
    {
        using var grid = new SKPaint { Color = Grid, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
        foreach (var (cell, width) in row.Cells.Zip(CellWidths(row)))
        {
            var rect = new SKRect(left, top, left + width, top + height);
            if (cell.Background is { } fill)
            {
                using var paint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill };
                canvas.DrawRect(rect, paint);
            }
            canvas.DrawRect(rect, grid);
            cell.Content.Draw(canvas, new SKRect(rect.Left + CellPadding, rect.Top + CellPadding, rect.Right - CellPadding, rect.Bottom - CellPadding));
            left += width;
        }
    }
}
