using SkiaSharp;

namespace KpiPack.Rendering.Layout;

/// <summary>Space kept clear at each edge of the page, in points.</summary>
public sealed record Margins(float Left, float Top, float Right, float Bottom);

/// <summary>An element placed at a position on a page.</summary>
public sealed record Placement(IElement Element, SKRect Area);

/// <summary>One laid-out page: what goes where, and which table's rows it holds.</summary>
public sealed record Page(int Number, IReadOnlyList<Placement> Placements, Table Table, TableSlice Slice, SKRect TableArea);

/// <summary>
/// Lays tables out over pages, each table starting on a new page: a header and a footer on every page (they may
/// show "Page x of y", counted over the whole document), an introduction on the first page only, and each table's
/// header rows repeated under the page header.
/// </summary>
public sealed class PagedDocument(
    SKSize pageSize,
    Margins margins,
    Func<int, int, IElement> header,
    IElement? introduction,
    Func<int, int, IElement> footer,
    IReadOnlyList<Table> tables)
{
    public const float Gap = 6;

    public PagedDocument(SKSize pageSize, Margins margins, Func<int, int, IElement> header, IElement? introduction,
        Func<int, int, IElement> footer, Table table)
        : this(pageSize, margins, header, introduction, footer, [table])
    {
    }

    public SKSize PageSize { get; } = pageSize;
    public IReadOnlyList<Table> Tables { get; } = tables;

    /// <summary>The last table: the appendix's own, after any that come before it.</summary>
    public Table Table => Tables[^1];

    public float ContentWidth => PageSize.Width - margins.Left - margins.Right;

    public IReadOnlyList<Page> Layout()
    {
        foreach (var table in Tables.Where(t => t.Width > ContentWidth + 0.01f))
            throw new InvalidOperationException($"the table is {table.Width:F0}pt wide but the page has {ContentWidth:F0}pt");

        // Header and footer must be as tall on every page, whatever the page number says.
        var headerHeight = header(1, 1).Measure(ContentWidth);
        var footerHeight = footer(1, 1).Measure(ContentWidth);
        var introHeight = introduction is null ? 0 : introduction.Measure(ContentWidth) + Gap;
        var tableTop = margins.Top + headerHeight + Gap;
        var tableHeight = PageSize.Height - margins.Bottom - footerHeight - Gap - tableTop;

        var slices = Tables
            .SelectMany((table, index) => table.Paginate(index == 0 ? tableHeight - introHeight : tableHeight, tableHeight).Select(slice => (table, slice)))
            .ToList();
        return slices.Select((part, index) =>
        {
            var number = index + 1;
            var placements = new List<Placement>
            {
                new(header(number, slices.Count), new SKRect(margins.Left, margins.Top, margins.Left + ContentWidth, margins.Top + headerHeight)),
                new(footer(number, slices.Count), new SKRect(margins.Left, PageSize.Height - margins.Bottom - footerHeight, margins.Left + ContentWidth, PageSize.Height - margins.Bottom)),
            };
            var top = tableTop;
            if (number == 1 && introduction is not null)
            {
                placements.Add(new(introduction, new SKRect(margins.Left, top, margins.Left + ContentWidth, top + introHeight - Gap)));
                top += introHeight;
            }
            return new Page(number, placements, part.table, part.slice,
                new SKRect(margins.Left, top, margins.Left + part.table.Width, PageSize.Height - margins.Bottom - footerHeight - Gap));
        }).ToList();
    }

    public void Draw(SKCanvas canvas, Page page)
    {
        foreach (var placement in page.Placements) placement.Element.Draw(canvas, placement.Area);
        page.Table.Draw(canvas, page.TableArea, page.Slice);
    }
}
