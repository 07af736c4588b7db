using KpiPack.Cli;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using Microsoft.Playwright;

namespace KpiPack.Tests.Html;

/// <summary>
/// Issue 31, tried as a councillor opening the HTML edition: the first screen holds the month's figures, not the key;
/// the key is a link away; on a phone the ref, the month's figure and its change are in view without scrolling
/// sideways; its chips never break in the middle; printed, the key still comes first, as on the PDF.
/// </summary>
[NonParallelizable]
public class FirstScreenTests
{
    private static readonly string[] Editions = ["appendix-1-2019-06.html", "appendix-1-2020-06.html"];

    private static readonly object[] Screens = [new object[] { 1366, 768 }, new object[] { 390, 844 }];

    private TempFolder _folder = null!;
    private string _pack = null!;
    private HeadlessChromium? _chromium;

    [OneTimeSetUp]
    public async Task BuildSampleAndStartChromium()
    {
        _folder = new TempFolder();
        _pack = _folder.CopyOf(RepoPaths.SamplePack);
        foreach (var month in new[] { "2019-06", "2020-06" })
            Assert.That(CliRun.Of("build", "--pack", _pack, "--month", month, "--appendix", "1").ExitCode, Is.EqualTo(ExitCodes.Ok));
        _chromium = await HeadlessChromium.Start();
    }

    [OneTimeTearDown]
    public async Task StopChromiumAndRemoveFolder()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<IPage> Open(string edition, int width, int height, string fragment = "")
    {
        var page = await _chromium!.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(new Uri(Path.Combine(_pack, edition)).AbsoluteUri + fragment);
        return page;
    }

    [Test]
    public async Task The_first_screen_shows_figures_and_no_key(
        [ValueSource(nameof(Editions))] string edition, [ValueSource(nameof(Screens))] object[] screen)
    {
        var (width, height) = ((int)screen[0], (int)screen[1]);
        var page = await Open(edition, width, height);

        // The month's figure of the first table on the page (an exception, or the indicators), and where the key starts.
        var figure = await page.EvaluateAsync<double[]>("""
            (() => { const r = document.querySelector('main table tbody td.number').getBoundingClientRect();
                     return [r.top, r.bottom, r.left, r.right]; })()
            """);
        var keyTop = await page.EvaluateAsync<double>("document.getElementById('how-to-read').getBoundingClientRect().top");
        var link = await page.EvaluateAsync<double>("document.querySelector('a[href=\"#how-to-read\"]').getBoundingClientRect().bottom");

        Assert.That(figure[1], Is.LessThanOrEqualTo(height), $"the first figure's bottom is at {figure[1]} px, below the first {height} px");
        Assert.That(figure[3], Is.LessThanOrEqualTo(width), "the first figure is in view without scrolling sideways");
        Assert.That(keyTop, Is.GreaterThan(height), "the key is out of the first screen");
        Assert.That(link, Is.LessThanOrEqualTo(height), "the link to the key is in the first screen");
    }

    [TestCaseSource(nameof(Editions))]
    public async Task On_a_phone_the_ref_the_months_figure_and_its_change_are_in_view(string edition)
    {
        var page = await Open(edition, 390, 844, "#indicators");

        // The first indicator's row: its ref, its figure for the month and the change on the month, left to right.
        var edges = await page.EvaluateAsync<double[]>("""
            (() => { const row = document.querySelector('.grid tbody tr:not(.section)');
                     const current = row.querySelector('td.current');
                     return [row.querySelector('.ref').getBoundingClientRect().left, current.getBoundingClientRect().right,
                             current.nextElementSibling.getBoundingClientRect().right, document.documentElement.scrollWidth]; })()
            """);

        Assert.That(edges[0], Is.GreaterThanOrEqualTo(0));
        Assert.That(edges[1], Is.LessThanOrEqualTo(390), "the month's figure");
        Assert.That(edges[2], Is.LessThanOrEqualTo(390), "the change on the month");
        Assert.That(edges[3], Is.LessThanOrEqualTo(390), "the page does not scroll sideways");
    }

    [TestCaseSource(nameof(Editions))]
    public async Task The_keys_chips_never_break_in_the_middle(string edition)
    {
        var page = await Open(edition, 390, 844);

        var broken = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.keys span[class]')].filter(s => s.getClientRects().length > 1).map(s => s.textContent)");
        var chips = await page.EvaluateAsync<int>("document.querySelectorAll('.keys span[class]').length");

        Assert.That(chips, Is.GreaterThan(0));
        Assert.That(broken, Is.Empty);
    }

    [TestCaseSource(nameof(Editions))]
    public async Task Printed_the_key_comes_first_as_on_the_pdf(string edition)
    {
        var page = await Open(edition, 1366, 768);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var keyTop = await page.EvaluateAsync<double>("document.getElementById('how-to-read').getBoundingClientRect().top");
        var figuresTop = await page.EvaluateAsync<double>("document.getElementById('figures').getBoundingClientRect().top");
        var linkShown = await page.EvaluateAsync<bool>("[...document.querySelectorAll('.key-link')].some(p => p.offsetParent !== null)");

        Assert.That(keyTop, Is.LessThan(figuresTop));
        Assert.That(linkShown, Is.False, "no link on paper");
    }
}
