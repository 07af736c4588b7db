namespace KpiPack.Rendering.Layout;

/// <summary>Space kept clear at each edge of the page, in points.</summary>
internal sealed record Margins(float Left, float Top, float Right, float Bottom);

/// <summary>An element placed at a position on a page.</summary>
internal sealed record Placement(IElement Element, Rect Area);

/// <summary>The rows of one table a page holds, under the table's repeated header, and where they go.</summary>
/// <remarks><see cref="First"/> and <see cref="Last"/>: whether this is the table's first or last part, where its tags open and close.</remarks>
internal sealed record TablePart(Table Table, TableSlice Slice, Rect Area, bool First = true, bool Last = true);

/// <summary>One laid-out page: what goes where, and the parts of tables it holds, top to bottom.</summary>
internal sealed record Page(int Number, IReadOnlyList<Placement> Placements, IReadOnlyList<TablePart> Parts);

/// <summary>
/// Lays tables out over pages, one after another: a table starts below the one before when its header and first
/// row fit there, else on a new page. A header and a footer on every page (they may show "Page x of y", counted
/// over the whole document), an introduction on the first page only, and each table's header rows repeated on
/// every page it runs onto.
/// </summary>
internal sealed class PagedDocument(
    Size pageSize,
    Margins margins,
    Func<int, int, IElement> header,
    IElement? introduction,
    Func<int, int, IElement> footer,
    IReadOnlyList<Table> tables)
{
    public const float Gap = 6;

    public PagedDocument(Size pageSize, Margins margins, Func<int, int, IElement> header, IElement? introduction,
        Func<int, int, IElement> footer, Table table)
        : this(pageSize, margins, header, introduction, footer, [table])
    {
    }

    public Size PageSize { get; } = pageSize;
    public IReadOnlyList<Table> Tables { get; } = tables;

    /// <summary>The last table: the appendix's own, after any that come before it.</summary>
    public Table Table => Tables[^1];

    public float ContentWidth => PageSize.Width - margins.Left - margins.Right;

    public IReadOnlyList<Page> Layout()
    {
        foreach (var table in Tables.Where(t => t.Width > ContentWidth + 0.01f))
            throw new LayoutException($"the table is {table.Width:F0}pt wide but the page has {ContentWidth:F0}pt");

        // Header and footer must be as tall on every page, whatever the page number says.
        var headerHeight = header(1, 1).Measure(ContentWidth);
        var footerHeight = footer(1, 1).Measure(ContentWidth);
        var introHeight = introduction is null ? 0 : introduction.Measure(ContentWidth) + Gap;
        var pageTop = margins.Top + headerHeight + Gap;
        var pageBottom = PageSize.Height - margins.Bottom - footerHeight - Gap;

        var pages = new List<List<TablePart>> { new() };
        var top = pageTop + introHeight;
        foreach (var table in Tables)
        {
            var slices = table.Paginate(pageBottom - top, pageBottom - pageTop);
            var firstDrawn = slices.Select((s, i) => (s, i)).First(p => p.s.Rows.Count > 0 || p.i == slices.Count - 1).i;
            for (var i = 0; i < slices.Count; i++)
            {
                // An empty first slice: not even one row fitted below the table before, so the table starts on the next page.
                if (slices[i].Rows.Count == 0) continue;
                if (i > 0)
                {
                    pages.Add([]);
                    top = pageTop;
                }
                var height = table.HeaderHeight + slices[i].Rows.Sum(table.RowHeight);
                pages[^1].Add(new TablePart(table, slices[i], new Rect(margins.Left, top, margins.Left + table.Width, pageBottom), i == firstDrawn, i == slices.Count - 1));
                top += height + Gap;
            }
        }

        return pages.Select((parts, index) =>
        {
            var number = index + 1;
            var placements = new List<Placement>
            {
                new(header(number, pages.Count), new Rect(margins.Left, margins.Top, margins.Left + ContentWidth, margins.Top + headerHeight)),
                new(footer(number, pages.Count), new Rect(margins.Left, PageSize.Height - margins.Bottom - footerHeight, margins.Left + ContentWidth, PageSize.Height - margins.Bottom)),
            };
            if (number == 1 && introduction is not null)
                placements.Add(new(introduction, new Rect(margins.Left, pageTop, margins.Left + ContentWidth, pageTop + introHeight - Gap)));
            return new Page(number, placements, parts);
        }).ToList();
    }

    public void Draw(ICanvas canvas, Page page)
    {
        foreach (var placement in page.Placements) placement.Element.Draw(canvas, placement.Area);
        foreach (var part in page.Parts) part.Table.Draw(canvas, part.Area, part.Slice, part.First, part.Last);
    }
}
