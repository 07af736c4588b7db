using SkiaSharp;

namespace KpiPack.Rendering.Layout;

/// <summary>Space kept clear at each edge of the page, in points.</summary>
public sealed record Margins(float Left, float Top, float Right, float Bottom);

/// <summary>An element placed at a position on a page.</summary>
public sealed record Placement(IElement Element, SKRect Area);

/// <summary>One laid-out page: what goes where, and the table rows it holds.</summary>
public sealed record Page(int Number, IReadOnlyList<Placement> Placements, TableSlice Slice, SKRect TableArea);

/// <summary>
/// Lays a table out over pages: a header and a footer on every page (they may show "Page x of y"), an
/// introduction on the first page only, and the table's header rows repeated under the page header.
/// </summary>
public sealed class PagedDocument(
    SKSize pageSize,
    Margins margins,
    Func<int, int, IElement> header,
    IElement? introduction,
    Func<int, int, IElement> footer,
    Table table)
{
    public const float Gap = 6;

    public SKSize PageSize { get; } = pageSize;
    public Table Table { get; } = table;

    public float ContentWidth => PageSize.Width - margins.Left - margins.Right;

    public IReadOnlyList<Page> Layout()
    {
        if (Table.Width > ContentWidth + 0.01f)
            throw new InvalidOperationException($"the table is {Table.Width:F0}pt wide but the page has {ContentWidth:F0}pt");

        // Header and footer must be as tall on every page, whatever the page number says.
        var headerHeight = header(1, 1).Measure(ContentWidth);
        var footerHeight = footer(1, 1).Measure(ContentWidth);
        var introHeight = introduction is null ? 0 : introduction.Measure(ContentWidth) + Gap;
        var tableTop = margins.Top + headerHeight + Gap;
        var tableHeight = PageSize.Height - margins.Bottom - footerHeight - Gap - tableTop;

        var slices = Table.Paginate(tableHeight - introHeight, tableHeight);
        return slices.Select((slice, index) =>
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
            return new Page(number, placements, slice, new SKRect(margins.Left, top, margins.Left + Table.Width, PageSize.Height - margins.Bottom - footerHeight - Gap));
        }).ToList();
    }

    public void Draw(SKCanvas canvas, Page page)
    {
        foreach (var placement in page.Placements) placement.Element.Draw(canvas, placement.Area);
        Table.Draw(canvas, page.TableArea, page.Slice);
    }
}
