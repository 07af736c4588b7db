using System.Xml.Linq;
using KpiPack.Core.Model;
using KpiPack.Rendering.Html;
using KpiPack.Tests.Rendering;

namespace KpiPack.Tests.Html;

/// <summary>
/// The HTML edition's indicators table, read as XML (no browser): one table for every section, each a group of
/// rows under its heading row, each row with an id an exception can link to, and each commentary under its row.
/// </summary>
public class IndicatorTableTests
{
    [Test]
    public void Puts_every_section_in_one_table_under_its_heading_row()
    {
        // The sample's catalogue as one appendix has two sections: Children and Families, then Early Help.
        var appendix = SampleAppendix.Model(Month.Parse("2020-06"));
        var table = Indicators(appendix);

        var groups = table.Elements("tbody").ToList();
        Assert.That(appendix.Sections, Has.Count.GreaterThan(1));
        Assert.That(groups.Select(g => g.Elements("tr").First().Value), Is.EqualTo(appendix.Sections.Select(s => s.Name)));
        for (var i = 0; i < groups.Count; i++)
            Assert.That(groups[i].Elements("tr").Where(tr => tr.Attribute("id") is not null).Select(tr => tr.Element("td")!.Value),
                Is.EqualTo(appendix.Sections[i].Rows.Select(r => r.Indicator.Ref)), appendix.Sections[i].Name);
    }

    [Test]
    public void Says_each_commentary_under_its_row_headed_by_the_indicator()
    {
        var appendix = SampleAppendix.Model(Month.Parse("2020-06"));
        var table = Indicators(appendix);
        var ids = table.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();

        var rows = table.Descendants("tr").ToList();
        var commented = appendix.Rows.Where(r => r.Commentary.Length > 0).ToList();
        var commentaries = rows.Where(tr => (string?)tr.Attribute("class") == "commentary-row").ToList();
        Assert.That(commentaries.Select(tr => tr.Element("td")!.Value), Is.EqualTo(commented.Select(r => r.Commentary)));
        foreach (var commentary in commentaries)
        {
            var above = rows[rows.IndexOf(commentary) - 1];
            var headers = ((string)commentary.Element("td")!.Attribute("headers")!).Split(' ');
            Assert.That(headers, Is.All.Matches<string>(id => ids.Contains(id!)));
            Assert.That(headers[0], Is.EqualTo($"{(string)above.Attribute("id")!}-name"), "the indicator in the row above");
        }
    }

    [Test]
    public void Makes_row_ids_from_refs_safe_and_distinct()
    {
        var ids = new RowIds(["M1", "LAC11-QL (%)", "EH3d%", "EH3d&", "M1"]);

        Assert.That(ids.Of("M1"), Is.EqualTo("row-M1"));
        Assert.That(ids.Of("LAC11-QL (%)"), Is.EqualTo("row-LAC11-QL"));
        Assert.That(ids.Of("EH3d%"), Is.EqualTo("row-EH3d"));
        Assert.That(ids.Of("EH3d&"), Is.EqualTo("row-EH3d-2"), "two refs that come out the same are told apart");
        Assert.That(ids.Of("X9"), Is.Null);
    }

    private static XElement Indicators(Core.Appendix.AppendixModel appendix)
    {
        using var stream = new MemoryStream();
        HtmlEdition.Write(appendix, stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var html = XElement.Parse(text[text.IndexOf("<html", StringComparison.Ordinal)..]);
        return html.Descendants("table").Single(t => t.Element("caption")!.Value.Contains("indicators for"));
    }
}
