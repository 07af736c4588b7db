using System.Xml.Linq;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KpiPack.Cli;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using Microsoft.Playwright;

namespace KpiPack.Tests.Html;

/// <summary>
/// The HTML edition of every sample appendix, opened in headless Chromium and checked with axe-core against the
/// WCAG 2.2 AA rules. Chromium comes from Debian's package (.ci/run installs it); without it the browser checks
/// are reported as not run.
/// </summary>
[NonParallelizable]
public class HtmlEditionTests
{
    private static readonly string[] Editions = ["appendix-1-2019-06.html", "appendix-2-2019-06.html", "appendix-1-2020-06.html", "appendix-2-2020-06.html"];

    private TempFolder _folder = null!;
    private string _pack = null!;
    private HeadlessChromium? _chromium;

    [OneTimeSetUp]
    public async Task BuildSampleAndStartChromium()
    {
        _folder = new TempFolder();
        _pack = _folder.CopyOf(RepoPaths.SamplePack);
        foreach (var month in new[] { "2019-06", "2020-06" })
            Assert.That(CliRun.Of("build", "--pack", _pack, "--month", month).ExitCode, Is.EqualTo(ExitCodes.Ok));
        _chromium = await HeadlessChromium.Start();
    }

    [OneTimeTearDown]
    public async Task StopChromiumAndRemoveFolder()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _folder.Dispose();
    }

    [TestCaseSource(nameof(Editions))]
    public void Is_a_real_data_table_with_headers_and_a_caption(string edition)
    {
        var html = File.ReadAllText(Path.Combine(_pack, edition));
        Assert.That(html, Does.StartWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
        var document = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        var tables = document.Descendants("table").ToList();
        Assert.That(tables, Is.Not.Empty);
        foreach (var table in tables)
        {
            Assert.That(table.Element("caption")?.Value, Is.Not.Empty);
            // A row's header heads its row; a section's heading row heads the rows of its tbody.
            Assert.That(table.Descendants("th").Where(th => th.Parent?.Parent?.Name == "tbody"),
                Is.All.Matches<XElement>(th => (string?)th!.Attribute("scope") == ((string?)th.Parent!.Attribute("class") == "section" ? "rowgroup" : "row")));
            Assert.That(table.Element("thead")!.Descendants("th"), Is.All.Matches<XElement>(th => th!.Attribute("scope") is not null));
        }
        // Every picture is an image with a name, a sparkline's its description and an exception chart's its title, or an
        // icon hidden from screen readers beside the words that say the same.
        var ids = document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        var images = document.Descendants("svg").Where(s => (string?)s.Attribute("role") == "img").ToList();
        Assert.That(images.Where(s => s.Attribute("aria-labelledby") is null).Select(s => (string?)s.Attribute("aria-label")), Is.All.Contains(" months from "));
        Assert.That(images.Select(s => (string?)s.Attribute("aria-labelledby")).OfType<string>(), Is.All.Matches<string>(id => ids.Contains(id!)));
        Assert.That(document.Descendants("svg").Except(images).Select(s => (string?)s.Attribute("aria-hidden")), Is.All.EqualTo("true"));
        Assert.That(document.Descendants("script"), Is.Empty);
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"), "no external requests");
    }

    [Test]
    public void Says_judgements_in_words_and_escapes_what_the_workbook_says()
    {
        var html = File.ReadAllText(Path.Combine(_pack, "appendix-1-2019-06.html"));
        // M1 Jun-19: -5% on the month, +16% on the year, and no polarity.
        Assert.That(html, Does.Contain("down 5% on the previous month").And.Contain("up 16% on the same month last year"));
        Assert.That(html, Does.Contain(", positive</span>").And.Contain(", negative</span>"));
        Assert.That(html, Does.Contain("higher is better</span>"));
        Assert.That(html, Does.Contain("<h2 id=\"exceptions\">Exceptions, Jun-19</h2>").And.Contain("Special cause: concern ("));
        Assert.That(html, Does.Contain("class=\"centre spc-worse\">↑ worse</td>"));
        Assert.That(html, Does.Contain("; signals in "), "a sparkline's description names the months that are signals");
        Assert.That(html, Does.Contain("&amp;").Or.Not.Contain(" & "), "an ampersand in the text is escaped");
    }

    [TestCaseSource(nameof(Editions))]
    public async Task Has_no_wcag_22_aa_violations_in_chromium(string edition)
    {
        var page = await Browser().NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_pack, edition)).AbsoluteUri);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        Assert.That(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})"), Is.Empty);
    }

    [TestCaseSource(nameof(Editions))]
    public async Task At_320_pixels_the_table_scrolls_and_the_page_does_not(string edition)
    {
        var page = await Browser().NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        await page.GotoAsync(new Uri(Path.Combine(_pack, edition)).AbsoluteUri);

        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var tableScrolls = await page.EvaluateAsync<bool>("[...document.querySelectorAll('.scroll')].every(r => r.scrollWidth > r.clientWidth)");

        Assert.That(pageWidth, Is.LessThanOrEqualTo(320));
        Assert.That(tableScrolls, Is.True);
    }

    /// <summary>
    /// Issue 20, tried as a new user on a laptop: the month's changes and the target sit in view beside the indicator
    /// with no sideways scrolling; scrolled fully sideways, the Ref and Indicator are still there; scrolled down,
    /// the header is; the page itself never scrolls sideways.
    /// </summary>
    [Test]
    public async Task At_1366_pixels_the_changes_and_target_show_and_the_ref_stays_in_view()
    {
        var page = await Browser().NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await page.GotoAsync(new Uri(Path.Combine(_pack, "appendix-1-2020-06.html")).AbsoluteUri);
        // The indicators' table (not an exceptions table), its scroll region, and its first indicator row.
        const string find = """
            const table = [...document.querySelectorAll('table')].find(t => t.caption.textContent.includes('indicators for'));
            const region = table.closest('.scroll');
            const heading = text => [...table.tHead.querySelectorAll('th')].find(th => th.textContent === text);
            const row = table.querySelector('tbody tr[id]');
            const inView = e => { const r = e.getBoundingClientRect(), v = region.getBoundingClientRect();
                return r.width > 0 && r.left >= Math.max(v.left, 0) - 1 && r.right <= Math.min(v.right, innerWidth) + 1; };
            """;

        var unscrolled = await page.EvaluateAsync<bool[]>($$"""
            () => { {{find}}
                return ['previous month', 'same month last year', '19-20'].map(text => inView(heading(text))); }
            """);
        var scrolled = await page.EvaluateAsync<double[]>($$"""
            () => { {{find}}
                region.scrollIntoView();
                region.scrollLeft = region.scrollWidth;
                const corner = row.cells[0].getBoundingClientRect();
                return [region.scrollLeft, inView(row.cells[0]) ? 1 : 0, inView(row.cells[1]) ? 1 : 0,
                    row.cells[0].contains(document.elementFromPoint(corner.left + 3, corner.top + 3)) ? 1 : 0,
                    document.documentElement.scrollWidth]; }
            """);
        // Scrolled down to the last row, the header is still at the top of the table's region and nothing covers it.
        var headerInView = await page.EvaluateAsync<bool>($$"""
            () => { {{find}}
                region.scrollIntoView();
                region.scrollLeft = 0;
                region.scrollTop = region.scrollHeight;
                const th = heading('previous month'), r = th.getBoundingClientRect(), v = region.getBoundingClientRect();
                return region.scrollTop > 0 && r.top >= v.top - 1 && r.bottom <= v.bottom
                    && th.contains(document.elementFromPoint(r.left + 3, r.top + 3)); }
            """);

        Assert.That(unscrolled, Is.All.True, "previous month, same month last year and the 19-20 target in view unscrolled");
        Assert.That(scrolled[0], Is.GreaterThan(0), "the table is wider than a laptop, so it does scroll sideways");
        Assert.That(scrolled[1..4], Is.All.EqualTo(1), "Ref and Indicator in view, and nothing showing over the Ref");
        Assert.That(scrolled[4], Is.LessThanOrEqualTo(1366), "the page does not scroll sideways");
        Assert.That(headerInView, Is.True, "the header stays in view when the table scrolls down");
    }

    /// <summary>Following an exception's link puts its indicator's row in view below the sticky header, not under it.</summary>
    [Test]
    public async Task An_exceptions_link_shows_its_row_below_the_header()
    {
        var page = await Browser().NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await page.GotoAsync(new Uri(Path.Combine(_pack, "appendix-1-2020-06.html")).AbsoluteUri);
        // The first exception's row (EH2) is far enough down the table for the region to scroll it to the top, and
        // not so near the end that the region runs out of scroll first and leaves it lower anyway.
        var link = page.Locator("table:not(.grid) a").First;
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();

        var (rowTop, headerBottom, viewportHeight) = (
            await page.EvaluateAsync<double>($"document.getElementById('{target[1..]}').getBoundingClientRect().top"),
            await page.EvaluateAsync<double>("document.querySelector('.grid thead').getBoundingClientRect().bottom"),
            768);

        Assert.That(rowTop, Is.GreaterThanOrEqualTo(headerBottom - 1).And.LessThan(viewportHeight), target);
    }

    /// <summary>One table for all of an appendix's sections, so they share one column grid and one scroll region.</summary>
    [TestCaseSource(nameof(Editions))]
    public void Has_one_indicator_table_and_exceptions_that_link_to_its_rows(string edition)
    {
        var html = File.ReadAllText(Path.Combine(_pack, edition));
        var document = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        var indicators = document.Descendants("table").Where(t => t.Element("caption")!.Value.Contains("indicators for")).ToList();
        Assert.That(indicators, Has.Count.EqualTo(1));
        var rowIds = indicators[0].Descendants("tr").Select(tr => (string?)tr.Attribute("id")).OfType<string>().ToList();
        Assert.That(rowIds, Is.Unique.And.Not.Empty);
        var exceptions = document.Descendants("table").Except(indicators).ToList();
        var links = exceptions.Descendants("a").Select(a => (string)a.Attribute("href")!).ToList();
        // Appendix 2 of the sample leaves the exceptions out.
        Assert.That(links, Has.Count.EqualTo(exceptions.Elements("tbody").Elements("tr").Count()), "one link per exception");
        Assert.That(links, Is.All.StartsWith("#"));
        Assert.That(links.Select(l => l[1..]).Where(id => !rowIds.Contains(id)), Is.Empty, "every exception links to an indicator row");
    }

    private IBrowser Browser() => _chromium!.Browser;
}
