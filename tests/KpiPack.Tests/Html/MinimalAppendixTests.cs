using System.Xml.Linq;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Html;
using KpiPack.Tests.Rendering;

namespace KpiPack.Tests.Html;

/// <summary>An appendix of refs and indicators only: nothing to explain, nothing grouped, so no empty key list or header row.</summary>
public class MinimalAppendixTests
{
    [Test]
    public void Has_no_keys_section_and_one_header_row()
    {
        var appendix = SampleAppendix.Model(new Month(2019, 6), pack => pack with
        {
            BenchmarkCaption = "",
            Appendices = [new AppendixDefinition { Number = "1", Parts = new HashSet<AppendixPart>() }],
        });
        using var output = new MemoryStream();
        HtmlEdition.Write(appendix, output);
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        var html = XElement.Parse(text[text.IndexOf("<html", StringComparison.Ordinal)..]);

        Assert.That(appendix.Keys, Is.Empty);
        Assert.That(html.Descendants("h2").Select(h => h.Value), Has.None.EqualTo("How to read the figures"));
        Assert.That(html.Descendants("thead").Select(t => t.Elements("tr").Count()), Is.All.EqualTo(1));
        Assert.That(html.Descendants("tr").Where(tr => !tr.HasElements), Is.Empty, "no empty row");
    }
}
