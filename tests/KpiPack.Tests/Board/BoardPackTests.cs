using System.Xml.Linq;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KpiPack.Cli;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Board;

/// <summary>
/// The board sample (samples/board-2023) built for Jul-23 through the real command line: the thirteen tables of seed
/// 004 in the PDF and the HTML edition, titled, headed as the seed prints them, an indicator in every table that lists
/// it; the HTML edition checked with axe-core in Chromium as the other editions are.
/// </summary>
[NonParallelizable]
public class BoardPackTests
{
    private static readonly string BoardSample = Path.Combine(RepoPaths.Root, "samples", "board-2023");

    private static readonly string[] Titles =
    [
        "Demand", "Right service right time", "Distribution of children across the service", "Visits in timescales",
        "Supervision in timescales", "Referrals, assessments and child protection", "Core groups and health assessments",
        "Care plans and placements", "Corporate parenting board", "Right service right time", "Strong, Vibrant Localities",
        "Children remain within or return to birth families", "Placement stability and permanence",
    ];

    private TempFolder _folder = null!;
    private string _pack = null!;
    private CliRun _build = null!;
    private HeadlessChromium? _chromium;

    private string Pdf => Path.Combine(_pack, "board-data-tables-2023-07.pdf");
    private string Html => Path.Combine(_pack, "board-data-tables-2023-07.html");

    [OneTimeSetUp]
    public async Task BuildTheBoardPack()
    {
        _folder = new TempFolder();
        _pack = _folder.CopyOf(BoardSample);
        foreach (var output in Directory.GetFiles(_pack, "*.html")) File.Delete(output);
        _build = CliRun.Of("build", "--pack", _pack, "--month", "2023-07");
        _chromium = await HeadlessChromium.Start();
    }

    [OneTimeTearDown]
    public async Task StopChromiumAndRemoveFolder()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _folder.Dispose();
    }

    [Test]
    public void Builds_a_landscape_pdf_and_an_html_edition()
    {
        Assert.That(_build.ExitCode, Is.EqualTo(ExitCodes.Ok), _build.Stderr);
        Assert.That(_build.Stdout, Does.Match(@"appendix 1, Jul-23: wrote .*board-data-tables-2023-07\.pdf \(\d+ pages, \d+ KB\), .*board-data-tables-2023-07\.html \(\d+ KB\)"));
        using var pdf = PdfDocument.Open(Pdf);
        Assert.That(pdf.GetPages().Select(p => p.Width > p.Height), Is.All.True);
        Assert.That(File.Exists(Html));
    }

    [Test]
    public void Prints_every_table_titled_with_the_seeds_headings_in_order()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var at = 0;
        foreach (var title in Titles)
        {
            var found = text.IndexOf(title, at, StringComparison.Ordinal);
            Assert.That(found, Is.GreaterThanOrEqualTo(0), $"'{title}' after character {at}");
            at = found + title.Length;
        }
        // The Trend table's heading, and the others' (each a word or two of the seed's).
        Assert.That(text, Does.Contain("Ref_ID Indicator Jul-22 Aug-22"));
        Assert.That(text, Does.Contain("Jul-23 Trend"));
        // The target column is headed by the report month's financial year, the only one RAG is judged against.
        Assert.That(text, Does.Contain("Target 23-24 RAG Direction of travel So'ton 21/22 Statistical Neighbours South East England"));
        // Contacts 1,948 → 1,804: Trend −144; children in our care (target 495, lower better) 510: amber, improved.
        Assert.That(text, Does.Contain("1,948 1,804 -144"));
        Assert.That(text, Does.Contain("510 495 Amber ↓ ✓"));
    }

    [Test]
    public void Judges_the_corporate_parenting_table_at_may_and_says_so()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        // Visits (higher better, target 95): 90% in Apr-23, 95% in May-23, nothing since: green, improved, at May-23
        // (the month under each judgement, read after the row's words and the end of its wording, where it wraps).
        Assert.That(text, Does.Match(@"90% 95% 95% Green ↑ ✓ (review\) )?May-23 May-23"));
        // Jun-23 has no figure in that table: its column is left out, and the appendix says so.
        Assert.That(text, Does.Contain("Columns left out: Jun-23 in \u201cCorporate parenting board\u201d: no indicator has a figure for it"));
    }

    [Test]
    public void A_table_judged_at_the_latest_value_gets_one_warning_for_its_blanks_not_one_per_indicator()
    {
        var run = CliRun.Of("validate", "--pack", _pack, "--month", "2023-07");
        Assert.That(run.Stdout, Does.Contain("kpipack.json: appendix 1, table 'Corporate parenting board': 36 indicators have no value for Jul-23"));
        Assert.That(run.Stdout, Does.Not.Contain("CPB1 has no value"));
    }

    [Test]
    public void Builds_the_same_bytes_again()
    {
        var check = CliRun.Of("build", "--pack", _pack, "--month", "2023-07", "--check");
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Ok), check.Stdout + check.Stderr);
    }

    private XDocument HtmlDocument()
    {
        var html = File.ReadAllText(Html);
        return XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
    }

    [Test]
    public void The_html_edition_has_a_captioned_table_for_each_with_its_rows_and_unique_ids()
    {
        var document = HtmlDocument();
        var tables = document.Descendants("table").ToList();
        Assert.That(tables.Select(t => t.Element("caption")!.Value), Is.EqualTo(Titles));
        foreach (var table in tables)
        {
            Assert.That(table.Descendants("th").Where(th => th.Parent?.Parent?.Name == "tbody"), Is.All.Matches<XElement>(th => (string?)th!.Attribute("scope") == "row"));
            Assert.That(table.Element("thead")!.Descendants("th"), Is.All.Matches<XElement>(th => th!.Attribute("scope") is not null));
        }
        var ids = document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.That(ids, Is.Unique);
        // Children in our care is listed in four tables, contacts in three: a row in each.
        Assert.That(tables.Count(t => t.Descendants("th").Any(th => th.Value == "Number of children in our care")), Is.EqualTo(5));
        Assert.That(tables.Count(t => t.Descendants("th").Any(th => th.Value == "Number of contacts in the month")), Is.EqualTo(3));
        var html = File.ReadAllText(Html);
        Assert.That(html, Does.Contain("improved, down on the previous month</span>").And.Contain("worsened, up on the previous month</span>"));
        Assert.That(html, Does.Contain("improved, up on the previous month, at May-23</span>"));
    }

    [Test]
    public async Task The_html_edition_has_no_wcag_22_aa_violations_in_chromium()
    {
        var page = await Browser().NewPageAsync();
        await page.GotoAsync(new Uri(Html).AbsoluteUri);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.That(result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})"), Is.Empty);
    }

    [Test]
    public async Task At_320_pixels_the_tables_scroll_and_the_page_does_not()
    {
        var page = await Browser().NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        await page.GotoAsync(new Uri(Html).AbsoluteUri);
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(320));
    }

    [Test]
    public void A_table_listing_a_ref_not_in_the_catalogue_is_refused_naming_the_pack_file_and_the_table()
    {
        var json = Path.Combine(_pack, "kpipack.json");
        var original = File.ReadAllText(json);
        try
        {
            File.WriteAllText(json, original.Replace("\"DEM5\"", "\"DEM55\""));
            var run = CliRun.Of("validate", "--pack", _pack, "--month", "2023-07");
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
            Assert.That(run.Stdout, Does.Contain("kpipack.json: appendix 1, table 'Demand' lists ref 'DEM55', which is not in the catalogue"));
            var build = CliRun.Of("build", "--pack", _pack, "--month", "2023-07", "--out", Path.Combine(_pack, "refused.pdf"));
            Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.DataError));
            Assert.That(File.Exists(Path.Combine(_pack, "refused.pdf")), Is.False);
        }
        finally { File.WriteAllText(json, original); }
    }

    private IBrowser Browser() => _chromium!.Browser;
}
