using KpiPack.Rendering.Layout;
using static KpiPack.Tests.Layout.LayoutFixtures;

namespace KpiPack.Tests.Layout;

public class PagedDocumentTests
{
    private static readonly Margins Margins = new(10, 10, 10, 10);

    private static PagedDocument Document(Table table, IElement? introduction = null, List<(int, int)>? footers = null) => new(
        new Size(120, 200 + 2 * PagedDocument.Gap),
        Margins,
        (_, _) => Block(20, "header"),
        introduction,
        (page, pages) => { footers?.Add((page, pages)); return Block(10, "footer"); },
        table);

    [Test]
    public void Puts_header_and_footer_on_every_page_and_numbers_them_out_of_the_total()
    {
        // Body height: 212 - 20 margins - 20 header - 10 footer - 2 gaps = 150; table header 10 leaves 140: seven 20pt rows.
        var footers = new List<(int, int)>();
        var document = Document(TableOf(10, Enumerable.Range(0, 20).Select(_ => Row(20))), footers: footers);

        var pages = document.Layout();

        Assert.That(pages.Select(p => p.Parts.Single().Slice.Rows.Count), Is.EqualTo(new[] { 7, 7, 6 }));
        Assert.That(footers.Skip(1), Is.EqualTo(new[] { (1, 3), (2, 3), (3, 3) }));
        Assert.That(pages.Select(p => p.Placements.Count), Is.All.EqualTo(2));
    }

    [Test]
    public void Shows_the_introduction_on_the_first_page_only()
    {
        var document = Document(TableOf(10, Enumerable.Range(0, 10).Select(_ => Row(20))), introduction: Block(34, "keys"));

        var pages = document.Layout();

        // The introduction and its gap take 40pt of page 1: two rows fewer.
        Assert.That(pages.Select(p => p.Parts.Single().Slice.Rows.Count), Is.EqualTo(new[] { 5, 5 }));
        Assert.That(pages[0].Placements.Select(p => p.Element.ToString()), Has.Some.Contains("keys"));
        Assert.That(pages[1].Placements.Select(p => p.Element.ToString()), Has.None.Contains("keys"));
    }

    private static PagedDocument TwoTables(Table first, Table second, List<(int, int)> footers) =>
        new(new Size(120, 200 + 2 * PagedDocument.Gap), Margins, (_, _) => Block(20, "header"), null,
            (page, pages) => { footers.Add((page, pages)); return Block(10, "footer"); }, [first, second]);

    [Test]
    public void Starts_a_table_below_the_one_before_and_numbers_pages_over_all_of_them()
    {
        // Given 150pt for tables on a page: the first table (10pt header, three 20pt rows) and a gap take 76pt,
        // which leaves the second table room for its header and three of its ten rows.
        var footers = new List<(int, int)>();
        var first = TableOf(10, Enumerable.Range(0, 3).Select(_ => Row(20)));
        var second = TableOf(10, Enumerable.Range(0, 10).Select(_ => Row(20)));

        var pages = TwoTables(first, second, footers).Layout();

        Assert.That(pages.Select(p => p.Parts.Select(part => (part.Table == first, part.Slice.Rows.Count))),
            Is.EqualTo(new[] { new[] { (true, 3), (false, 3) }, new[] { (false, 7) } }));
        Assert.That(pages[0].Parts[1].Area.Top - pages[0].Parts[0].Area.Top, Is.EqualTo(70 + PagedDocument.Gap));
        Assert.That(footers.Skip(1), Is.EqualTo(new[] { (1, 2), (2, 2) }));
    }

    [Test]
    public void Starts_a_table_on_a_new_page_when_not_even_its_first_row_fits_below_the_one_before()
    {
        // The first table's six rows leave 150 - 130 - 6 = 14pt: the second's header fits, its first row does not.
        var footers = new List<(int, int)>();
        var first = TableOf(10, Enumerable.Range(0, 6).Select(_ => Row(20)));
        var second = TableOf(10, Enumerable.Range(0, 2).Select(_ => Row(20)));

        var pages = TwoTables(first, second, footers).Layout();

        Assert.That(pages.Select(p => p.Parts.Select(part => (part.Table == first, part.Slice.Rows.Count))),
            Is.EqualTo(new[] { new[] { (true, 6) }, new[] { (false, 2) } }));
    }

    [Test]
    public void Refuses_a_table_wider_than_the_page()
    {
        var table = new Table([150], [], []);
        Assert.That(() => Document(table).Layout(), Throws.TypeOf<LayoutException>().With.Message.Contains("150pt wide"));
    }
}
