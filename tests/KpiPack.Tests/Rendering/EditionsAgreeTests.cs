using System.Xml.Linq;
using KpiPack.Core.Appendix;
using KpiPack.Core.Model;
using KpiPack.Rendering.Html;
using KpiPack.Rendering.Pdf;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Rendering;

/// <summary>
/// The PDF and the HTML edition render one appendix model: both carry its column headings, its keys and its
/// exceptions, word for word. Read back from the PDF with PdfPig and from the HTML as XML.
/// </summary>
[TestFixture("2019-06")]
[TestFixture("2020-06")]
public class EditionsAgreeTests(string reportMonth)
{
    private AppendixModel _appendix = null!;
    private IReadOnlyList<string> _pdfPages = null!;
    private XElement _html = null!;

    [OneTimeSetUp]
    public void RenderBothEditions()
    {
        _appendix = SampleAppendix.Model(Month.Parse(reportMonth));
        using (var pdf = new MemoryStream())
        {
            PdfEdition.Write(_appendix, pdf);
            using var document = PdfDocument.Open(pdf.ToArray());
            _pdfPages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        }
        using var html = new MemoryStream();
        HtmlEdition.Write(_appendix, html);
        var text = System.Text.Encoding.UTF8.GetString(html.ToArray());
        _html = XElement.Parse(text[text.IndexOf("<html", StringComparison.Ordinal)..]);
    }

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private IEnumerable<string> HtmlText(string element) => _html.Descendants(element).Select(e => e.Value);

    [Test]
    public void Both_head_the_table_with_the_models_columns()
    {
        var headings = _appendix.Columns.SelectMany(c => new[] { c.Group, c.Label }).Where(h => h.Length > 0).Distinct().ToList();
        // The PDF prints the commentary's heading beside each commentary line under its indicator, not in the header.
        var pdf = Words(string.Join(" ", _pdfPages)).ToHashSet();

        Assert.That(headings.Where(h => !HtmlText("th").Contains(h)), Is.Empty, "HTML");
        // A heading may wrap in its narrow PDF column, so each of its words is looked for.
        Assert.That(headings.Where(h => !Words(h).All(pdf.Contains)), Is.Empty, "PDF");
    }

    /// <summary>The HTML edition's own order (issue 20): its header follows the model's screen columns, the PDF's the council's.</summary>
    [Test]
    public void The_html_heads_its_indicators_in_the_screen_order()
    {
        var table = _html.Descendants("table").Single(t => t.Element("caption")!.Value.Contains("indicators for"));
        var header = table.Element("thead")!.Elements("tr").Select(tr => tr.Elements("th").Select(th => th.Value).ToList()).ToList();
        // The commentary is said on a line under each row, so it has no column.
        var columns = _appendix.ScreenColumns.Where(c => c.Kind != ColumnKind.Commentary).ToList();
        // First header row: a column's own label, or its group's once for a run of columns in the group.
        var top = columns.Where((c, i) => c.Group.Length == 0 || i == 0 || columns[i - 1].Group != c.Group)
            .Select(c => c.Group.Length == 0 ? c.Label : c.Group);

        Assert.That(header[0], Is.EqualTo(top));
        Assert.That(header[1], Is.EqualTo(columns.Where(c => c.Group.Length > 0).Select(c => c.Label)));
        Assert.That(header[0].Take(3), Is.EqualTo(new[] { "Ref", "Indicator", "Month" }), "the report month beside the indicator");
    }

    [Test]
    public void Both_give_the_models_keys()
    {
        var keys = _html.Descendants("section").Single(s => (string?)s.Attribute("class") == "keys");
        foreach (var key in _appendix.Keys)
        {
            var item = keys.Descendants("li").SingleOrDefault(li => li.Element("strong")?.Value == key.Label);
            Assert.That(item, Is.Not.Null, $"HTML key {key.Label}");
            Assert.That(key.Items.Where(i => !item!.Value.Contains(i.Text)), Is.Empty, $"HTML key {key.Label}");
            Assert.That(_pdfPages[0], Does.Contain(key.Label), "PDF");
            Assert.That(key.Items.SelectMany(i => Words(i.Text)).Where(w => !Words(_pdfPages[0]).Contains(w)), Is.Empty, $"PDF key {key.Label}");
        }
    }

    [Test]
    public void Both_list_the_same_exceptions()
    {
        var exceptions = _appendix.Exceptions!;
        Assert.That(exceptions.Groups, Is.Not.Empty, "the sample has exceptions in both months");
        var pdf = string.Join(" ", _pdfPages);
        var tables = _html.Descendants("table").ToList();
        foreach (var group in exceptions.Groups)
        {
            Assert.That(pdf, Does.Contain(group.Title), "PDF");
            var table = tables.SingleOrDefault(t => t.Element("caption")?.Value == group.Title);
            Assert.That(table, Is.Not.Null, $"HTML table '{group.Title}'");
            var refs = table!.Descendants("td").Where(td => ((string?)td.Attribute("class"))?.Split(' ').Contains("ref") == true).Select(td => td.Value);
            Assert.That(refs, Is.EqualTo(group.Rows.Select(r => r.Indicator.Ref)), $"HTML '{group.Title}'");
        }
        Assert.That(pdf, Does.Contain($"{exceptions.Heading}: {exceptions.Purpose}"));
        Assert.That(HtmlText("h2"), Does.Contain(exceptions.Heading));
    }
}
