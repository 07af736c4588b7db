using KpiPack.Tests.Support;

namespace KpiPack.Tests.Accessibility;

/// <summary>The structure tree read back as a screen reader would walk it, with each element's own text.</summary>
public class StructureTreeReaderTests
{
    private TempFolder _folder = null!;
    private StructNode _document = null!;

    [OneTimeSetUp]
    public void ReadSample()
    {
        _folder = new TempFolder();
        var root = StructureTreeReader.Read(TaggedSamplePdf.Write(_folder.Path));
        Assert.That(root.Type, Is.EqualTo("StructTreeRoot"));
        _document = root.Children.Single();
    }

    [OneTimeTearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Reads_the_elements_in_reading_order()
    {
        Assert.That(_document.Type, Is.EqualTo("Document"));
        Assert.That(_document.Children.Select(c => c.Type), Is.EqualTo(new[] { "H1", "P", "H2", "Table", "Figure", "P" }));
        Assert.That(_document.Children[0].Text, Is.EqualTo(TaggedSamplePdf.Title));
    }

    [Test]
    public void Reads_table_cells_with_their_scope_and_rows_as_text()
    {
        var table = _document.Children.Single(c => c.Type == "Table");
        var rows = table.SelfAndDescendants().Where(n => n.Type == "TR").ToList();
        var headers = table.SelfAndDescendants().Where(n => n.Type == "TH").Select(n => (n.Text, n.Scope));

        Assert.That(table.Children.Select(c => c.Type), Is.EqualTo(new[] { "THead", "TBody" }));
        Assert.That(headers, Is.EqualTo(new[] { ("Ref", "Column"), ("Indicator", "Column"), ("Jun-20", "Column"), ("M1", "Row"), ("M2", "Row") }));
        Assert.That(rows.Select(r => r.AllText(" ")), Is.EqualTo(new[] { "Ref Indicator Jun-20", "M1 Contacts received 1,234", "M2 Referrals accepted 567" }));
        Assert.That(rows[1].Text, Is.Empty, "a row references no content itself: its cells do");
    }

    [Test]
    public void Reads_a_figures_alternative_text()
    {
        var figure = _document.Children.Single(c => c.Type == "Figure");

        Assert.That(figure.Alt, Is.EqualTo("Contacts rose from 1,100 in May to 1,234 in June."));
        Assert.That(figure.AllText(), Is.Empty);
    }

    [Test]
    public void An_untagged_pdf_gives_a_root_with_no_elements()
    {
        var root = StructureTreeReader.Read(TaggedSamplePdf.WriteUntagged(_folder.Path));

        Assert.That(root, Is.EqualTo(root with { Type = "StructTreeRoot", Text = "" }));
        Assert.That(root.Children, Is.Empty);
    }
}
