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
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] Editions = ["appendix-1-2019-06.html", "appendix-2-2019-06.html", "appendix-1-2020-06.html", "appendix-2-2020-06.html"];

    private TempFolder _folder = null!;
    private string _pack = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    [OneTimeSetUp]
    public async Task BuildSampleAndStartChromium()
    {
        _folder = new TempFolder();
        _pack = _folder.CopyOf(RepoPaths.SamplePack);
        foreach (var month in new[] { "2019-06", "2020-06" })
            Assert.That(CliRun.Of("build", "--pack", _pack, "--month", month).ExitCode, Is.EqualTo(ExitCodes.Ok));
        if (!File.Exists(Chromium)) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [OneTimeTearDown]
    public async Task StopChromiumAndRemoveFolder()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
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
            Assert.That(table.Descendants("th").Where(th => th.Parent?.Parent?.Name == "tbody"), Is.All.Matches<XElement>(th => (string?)th!.Attribute("scope") == "row"));
            Assert.That(table.Element("thead")!.Descendants("th"), Is.All.Matches<XElement>(th => th!.Attribute("scope") is not null));
        }
        Assert.That(document.Descendants("svg").Select(s => (string?)s.Attribute("aria-label")), Is.All.Contains(" months from "));
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

    private IBrowser Browser() =>
        _browser ?? throw new IgnoreException($"{Chromium} is not installed (apt-get install chromium): the browser checks did not run");
}
