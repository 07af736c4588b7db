using System.Xml.Linq;
using KpiPack.Core.Appendix;
using KpiPack.Core.Model;
using KpiPack.Rendering.Html;
using KpiPack.Tests.Layout;
using KpiPack.Tests.Rendering;

namespace KpiPack.Tests.Html;

/// <summary>
/// The exceptions' charts in the HTML edition, read as XML (no browser; the axe run in <see cref="HtmlEditionTests"/>
/// checks them in Chromium): each an SVG image named by its title and described by its caption, in the exceptions' order.
/// </summary>
public class ExceptionChartsHtmlTests
{
    private static XElement Html(AppendixModel appendix)
    {
        using var stream = new MemoryStream();
        HtmlEdition.Write(appendix, stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return XElement.Parse(text[text.IndexOf("<html", StringComparison.Ordinal)..]);
    }

    [Test]
    public void A_process_limit_past_the_axis_bound_is_not_drawn()
    {
        var appendix = SampleAppendix.Model(new Month(2020, 6), ChartGridTests.AppendixOneOnly);
        var images = Html(appendix).Descendants("svg").Where(s => (string?)s.Attribute("class") == "chart-plot").ToList();
        var charts = appendix.ExceptionCharts;
        decimal?[] Limits(ExceptionChart c) => [c.LowerLimit, c.UpperLimit];

        // Percentages near 100% have upper limits past it: the axis stops at 100% and their limit lines are left off.
        Assert.That(charts.SelectMany(Limits).Count(l => l is not null), Is.GreaterThan(charts.SelectMany(c => Limits(c).Where(l => l is { } v && c.IsOnAxis(v))).Count()));
        for (var i = 0; i < charts.Count; i++)
        {
            var dashed = images[i].Elements().Count(e => e.Name.LocalName == "line" && (string?)e.Attribute("stroke-dasharray") == "6 4");
            Assert.That(dashed, Is.EqualTo(Limits(charts[i]).Count(l => l is { } v && charts[i].IsOnAxis(v))), charts[i].Ref);
        }
    }

    [Test]
    public void Every_exception_has_an_svg_chart_named_by_its_title_and_described_by_its_caption()
    {
        var appendix = SampleAppendix.Model(new Month(2020, 6), ChartGridTests.AppendixOneOnly);
        var html = Html(appendix);
        var byId = html.Descendants().Where(e => e.Attribute("id") is not null).ToDictionary(e => (string)e.Attribute("id")!);
        var listed = appendix.Exceptions!.Groups.SelectMany(g => g.Rows).Select(r => r.Indicator.Ref).Distinct().ToList();

        var heading = html.Descendants("h2").Single(h => (string?)h.Attribute("id") == "exception-charts");
        Assert.That(heading.Value, Is.EqualTo("Charts for the exceptions, Jun-20"));
        var images = html.Descendants("svg").Where(s => (string?)s.Attribute("role") == "img" && (string?)s.Attribute("class") == "chart-plot").ToList();
        Assert.That(images.Select(svg => byId[(string)svg.Attribute("aria-labelledby")!].Value.Split(' ')[0]),
            Is.EqualTo(listed.Select(r => r.Split(' ')[0])), "named by their titles, in the exceptions' order");
        for (var i = 0; i < images.Count; i++)
        {
            var chart = appendix.ExceptionCharts[i];
            Assert.That(byId[(string)images[i].Attribute("aria-labelledby")!].Value, Is.EqualTo(chart.Title));
            var caption = byId[(string)images[i].Attribute("aria-describedby")!];
            Assert.That((caption.Name.LocalName, caption.Value), Is.EqualTo(("figcaption", chart.Caption)));
            // Every y label and the report month's label are drawn, and a point for each month with a figure.
            var texts = images[i].Descendants("text").Select(t => t.Value).ToList();
            Assert.That(texts, Is.SupersetOf(chart.YTicks.Select(t => t.Label)).And.Contains("Jun-20"), chart.Ref);
            Assert.That(images[i].Elements().Count(e => e.Name.LocalName is "circle" or "rect" or "polygon"), Is.EqualTo(chart.Points.Count), chart.Ref);
        }
    }

    [Test]
    public void The_icons_are_hidden_from_screen_readers_and_their_words_are_not()
    {
        var appendix = SampleAppendix.Model(new Month(2020, 6), ChartGridTests.AppendixOneOnly);
        var html = Html(appendix);
        var icons = html.Descendants("svg").Where(s => (string?)s.Attribute("class") == "icon").ToList();

        Assert.That(icons, Is.Not.Empty);
        Assert.That(icons.Select(s => (string?)s.Attribute("aria-hidden")), Is.All.EqualTo("true"));
        var keys = html.Descendants("section").Single(s => (string?)s.Attribute("class") == "keys").Value;
        Assert.That(keys, Does.Contain("Chart icons, variation:").And.Contain("↑ worse").And.Contain("Chart icons, assurance:"));
    }

    [Test]
    public void Without_charts_there_is_no_section_and_no_key_for_their_icons()
    {
        var html = Html(SampleAppendix.Model(new Month(2020, 6), pack => ChartGridTests.AppendixOneOnly(pack) with { ExceptionCharts = false }));
        Assert.That(html.Descendants("h2").Select(h => h.Value), Has.None.StartsWith("Charts for the exceptions"));
        Assert.That(html.Descendants("svg").Where(s => (string?)s.Attribute("class") == "icon"), Is.Empty);
    }
}
