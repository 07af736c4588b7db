using KpiPack.Rendering.Layout;
using static KpiPack.Tests.Layout.LayoutFixtures;

namespace KpiPack.Tests.Layout;

/// <summary>
/// Layout drawn on the recording canvas: given this space and this content, these boxes on these pages, inside these
/// tags, without drawing a PDF.
/// </summary>
public class RecordingCanvasTests : WithFonts
{
    private static readonly Margins Margins = new(10, 10, 10, 10);

    private TextBlock Text(string text) => new(text, new TextStyle(8), Fonts);

    /// <summary>A page of 120 × 212 points: 150 points for the table between a 20-point header and a 10-point footer.</summary>
    private static PagedDocument Document(Table table) => new(new Size(120, 200 + 2 * PagedDocument.Gap), Margins,
        (_, _) => new Furniture(Block(20, "header")), null, (_, _) => new Furniture(Block(10, "footer")), table);

    private static string Path(Mark mark) => mark.Artifact ? "artifact" : string.Join("/", mark.Tags.Select(t => t.Kind));

    private (RecordingCanvas Canvas, List<List<Mark>> Pages) Draw(PagedDocument document)
    {
        var canvas = new RecordingCanvas(Fonts);
        var pages = new List<List<Mark>>();
        foreach (var page in document.Layout())
        {
            var before = canvas.Marks.Count;
            document.Draw(canvas, page);
            pages.Add(canvas.Marks.Skip(before).ToList());
        }
        return (canvas, pages);
    }

    private Table Indicators(int rows) => new([40, 60],
        [new TableRow([new TableCell(Text("Ref")), new TableCell(Text("Indicator"))]) { Role = RowRole.Header }],
        [
            new TableRow([new TableCell(Text("Early help"), 2)]) { Role = RowRole.Group },
            .. Enumerable.Range(1, rows).Select(i => new TableRow([new TableCell(Text($"EH{i}")) { RowHeader = true }, new TableCell(Block(30, $"figures {i}"))])),
        ]) { CellPadding = 0 };

    [Test]
    public void The_header_row_is_tagged_once_and_drawn_again_as_an_artifact_on_the_next_page()
    {
        // Given 150 points: a header line (9.6 points), the group row and four 30-point rows fit on the first page.
        var (_, pages) = Draw(Document(Indicators(6)));

        Assert.That(pages, Has.Count.EqualTo(2));
        var refs = pages.Select(p => p.Where(m => m.Text == "Ref").Select(Path).ToList()).ToList();
        Assert.That(refs[0], Is.EqualTo(new[] { "Table/THead/TR/TH" }));
        Assert.That(refs[1], Is.EqualTo(new[] { "artifact" }));
        Assert.That(pages[0].Where(m => m.Text?.StartsWith("EH") == true).Select(m => m.Text), Is.EqualTo(new[] { "EH1", "EH2", "EH3", "EH4" }));
        Assert.That(pages[1].Where(m => m.Text?.StartsWith("EH") == true).Select(m => m.Text), Is.EqualTo(new[] { "EH5", "EH6" }));
    }

    [Test]
    public void Rows_sit_one_under_another_from_the_top_of_the_table()
    {
        var (_, pages) = Draw(Document(Indicators(2)));

        // The table starts under the 20-point header and its gap: 10 + 20 + 6 = 36; the header row is one 8-point line.
        var grid = pages[0].Where(m => m.Kind == "outline").Select(m => m.Box).ToList();
        Assert.That(grid[0], Is.EqualTo(new Rect(10, 36, 50, 45.6f)));
        Assert.That(grid[2].Top, Is.EqualTo(45.6f).Within(0.001f), "the group row under the header");
        Assert.That(grid[3].Top, Is.EqualTo(55.2f).Within(0.001f), "the first indicator under the group row");
        Assert.That(grid[3].Height, Is.EqualTo(30).Within(0.001f));
    }

    [Test]
    public void Every_mark_is_tagged_or_an_artifact_and_cells_are_headed()
    {
        var (canvas, pages) = Draw(Document(Indicators(6)));

        Assert.That(pages.SelectMany(p => p).Where(m => !m.Artifact && m.Tags.Count == 0), Is.Empty);
        Assert.That(pages.SelectMany(p => p).Where(m => m.Kind is "outline" or "rect").Select(Path).Distinct(), Is.EqualTo(new[] { "artifact" }));
        Assert.That(pages[0].Single(m => m.Text == "Early help").Tags.Select(t => t.ToString()), Is.EqualTo(new[] { "Table", "TBody", "TR", "TH[Row][span 2]" }));
        Assert.That(pages[0].Single(m => m.Text == "EH1").Tags[^1].ToString(), Is.EqualTo("TH[Row]"));
        Assert.That(canvas.Opened.Count(o => o.Tag.Kind == TagKind.Table), Is.EqualTo(1), "one table across both pages");
        Assert.That(canvas.Opened.Count(o => o.Tag.Kind == TagKind.TBody), Is.EqualTo(1), "one group of rows across both pages");
    }

    [Test]
    public void A_continuation_row_is_read_as_part_of_the_row_above()
    {
        var table = new Table([100], [new TableRow([new TableCell(Text("Indicator"))]) { Role = RowRole.Header }],
        [
            new TableRow([new TableCell(Text("EH1"))], KeepWithNext: true),
            new TableRow([new TableCell(Text("Commentary: up"))]) { Role = RowRole.Continuation },
            new TableRow([new TableCell(Text("EH2"))]),
        ]) { CellPadding = 0 };

        var (canvas, _) = Draw(Document(table));

        Assert.That(canvas.Opened.Count(o => o.Tag.Kind == TagKind.TR), Is.EqualTo(3), "the header row and two body rows");
        var commentary = canvas.Texts.Single(m => m.Text!.StartsWith("Commentary"));
        Assert.That(commentary.Tags.Select(t => t.Kind), Is.EqualTo(new[] { TagKind.Table, TagKind.TBody, TagKind.TR, TagKind.TD }));
    }

    [Test]
    public void A_drawing_with_words_is_a_figure_over_its_own_box_and_one_without_is_an_artifact()
    {
        var canvas = new RecordingCanvas(Fonts);
        var figure = new Drawing(14, (c, area) => c.Line(new(area.Left, area.Bottom), new(area.Right, area.Top), new Stroke(new(0, 0, 0), 1)), "sparkline", Alt: "Rising for three months");
        var icon = new Drawing(8, (c, area) => c.Ellipse(area, new(0, 0, 0)), "icon");

        figure.Draw(canvas, new Rect(5, 5, 35, 100));
        icon.Draw(canvas, new Rect(5, 30, 13, 100));

        Assert.That(canvas.Opened.Single().Tag, Is.EqualTo(new Tag(TagKind.Figure) { Alt = "Rising for three months", Box = new Rect(5, 5, 35, 19) }));
        Assert.That(canvas.Marks.Select(m => (m.Kind, m.Artifact)), Is.EqualTo(new[] { ("line", false), ("ellipse", true) }));
    }
}
