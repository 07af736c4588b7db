using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Layout;

/// <summary>
/// A cell spanning one or more of the table's columns. In a body row, <see cref="RowHeader"/> makes it a header of its
/// row (the ref and the indicator's name); the cells of header rows head their columns.
/// </summary>
internal sealed record TableCell(IElement Content, int Span = 1, Rgb? Background = null)
{
    public bool RowHeader { get; init; }
}

/// <summary>
/// What a row is to a reader. <see cref="Header"/> rows head the columns (tagged once, in THead; artifacts where
/// repeated). A <see cref="Title"/> or <see cref="Caption"/> row among the header rows is said once before the
/// table, as its heading or a paragraph. A <see cref="Group"/> row starts a group of body rows under its words; a
/// <see cref="Continuation"/> row (the outcome and commentary under an indicator) belongs to the row above.
/// </summary>
internal enum RowRole { Body, Header, Title, Caption, Group, Continuation }

/// <summary>
/// A row of cells. <see cref="KeepWithNext"/> keeps a heading row on the same page as the row after it.
/// </summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, bool KeepWithNext = false)
{
    public RowRole Role { get; init; } = RowRole.Body;

    /// <summary>A title row's heading level, and an entry in the document's bookmarks for a title or group row.</summary>
    public TagKind Heading { get; init; } = TagKind.H2;

    public string? Outline { get; init; }

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
    public Rgb Grid { get; init; } = new(0x99, 0x99, 0x99);

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

    /// <summary>
    /// Draws the header and the slice's rows from the top left of <paramref name="area"/>; returns the height used. The
    /// table's tags open in its <paramref name="first"/> slice and close in its <paramref name="last"/>: a row may run
    /// from one page onto the next (an indicator and the commentary under it), and its structure with it.
    /// </summary>
    public float Draw(ICanvas canvas, Rect area, TableSlice slice, bool first = true, bool last = true)
    {
        var top = area.Top;
        foreach (var row in Header)
        {
            var height = RowHeight(row);
            if (!first) canvas.Artifact(() => DrawRow(canvas, row, area.Left, top, height, tagged: false));
            else DrawHeaderRow(canvas, row, area.Left, top, height);
            top += height;
        }
        if (first) Open(canvas, TagKind.Table);
        Close(canvas, TagKind.THead);
        foreach (var row in slice.Rows)
        {
            var height = RowHeight(row);
            DrawBodyRow(canvas, row, area.Left, top, height);
            top += height;
        }
        if (last)
        {
            Close(canvas, TagKind.TR);
            Close(canvas, TagKind.TBody);
            Close(canvas, TagKind.Table);
        }
        return top - area.Top;
    }

    // The tags open while the table is drawn, innermost last: Table, then THead or TBody, then TR.
    private readonly List<TagKind> _open = [];

    private void Open(ICanvas canvas, TagKind kind, string? outline = null)
    {
        if (_open.Contains(kind)) return;
        canvas.BeginTag(new Tag(kind) { Outline = outline });
        _open.Add(kind);
    }

    /// <summary>Closes <paramref name="kind"/> and whatever is open inside it.</summary>
    private void Close(ICanvas canvas, TagKind kind)
    {
        var at = _open.IndexOf(kind);
        if (at < 0) return;
        for (var i = _open.Count - 1; i >= at; i--) canvas.EndTag();
        _open.RemoveRange(at, _open.Count - at);
    }

    private void DrawHeaderRow(ICanvas canvas, TableRow row, float left, float top, float height)
    {
        if (row.Role is RowRole.Title or RowRole.Caption)
        {
            var tag = new Tag(row.Role == RowRole.Title ? row.Heading : TagKind.P) { Outline = row.Outline };
            canvas.Tagged(tag, () => DrawRow(canvas, row, left, top, height, tagged: false));
            return;
        }
        Open(canvas, TagKind.Table);
        Open(canvas, TagKind.THead);
        canvas.Tagged(new Tag(TagKind.TR), () => DrawRow(canvas, row, left, top, height, tagged: true, header: true));
    }

    private void DrawBodyRow(ICanvas canvas, TableRow row, float left, float top, float height)
    {
        if (row.Role != RowRole.Continuation || !_open.Contains(TagKind.TR))
        {
            Close(canvas, TagKind.TR);
            if (row.Role == RowRole.Group) Close(canvas, TagKind.TBody);
            Open(canvas, TagKind.TBody);
            Open(canvas, TagKind.TR, row.Outline);
        }
        DrawRow(canvas, row, left, top, height, tagged: true, groupHeader: row.Role == RowRole.Group);
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

    /// <summary>
    /// The row's fills and grid (an artifact), then each cell's content, tagged as a header or data cell when
    /// <paramref name="tagged"/>: a header row's cells head their columns, a group row's its group of rows.
    /// </summary>
    private void DrawRow(ICanvas canvas, TableRow row, float left, float top, float height, bool tagged, bool header = false, bool groupHeader = false)
    {
        var rects = new List<Rect>();
        foreach (var width in CellWidths(row))
        {
            rects.Add(new Rect(left, top, left + width, top + height));
            left += width;
        }
        var grid = new Stroke(Grid, 0.5f);
        canvas.Artifact(() =>
        {
            foreach (var (cell, rect) in row.Cells.Zip(rects))
                canvas.Rectangle(rect, cell.Background, grid);
        });
        foreach (var (cell, rect) in row.Cells.Zip(rects))
        {
            var inner = rect.Deflate(CellPadding);
            if (!tagged)
            {
                cell.Content.Draw(canvas, inner);
                continue;
            }
            var tag = header || groupHeader || cell.RowHeader
                ? new Tag(TagKind.TH) { Scope = header ? HeaderScope.Column : HeaderScope.Row, ColumnSpan = cell.Span }
                : new Tag(TagKind.TD) { ColumnSpan = cell.Span };
            canvas.Tagged(tag, () => cell.Content.Draw(canvas, inner));
        }
    }
}
