using KpiPack.Cli;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Rendering;

/// <summary>
/// A title, agenda item or benchmark caption too long for its space on the page is printed shortened, ending in an
/// ellipsis, with a warning naming the setting (issue 17 item 14): before, a long caption ran off the page and a long
/// title stopped the build.
/// </summary>
public class ShortenedHeadingTests : SamplePackCopy
{
    private static readonly string Long = string.Join(" ", Enumerable.Repeat("Children and Families Services", 150));

    private string PackFile => Path.Combine(Pack, "kpipack.json");

    private string PageText(int page)
    {
        using var pdf = PdfDocument.Open(Path.Combine(Pack, "appendix-1-2020-06.pdf"));
        return pdf.GetPage(page).Text;
    }

    private static string Warning(CliRun run) => run.Stderr.Split('\n').SingleOrDefault(l => l.Contains("is too long for")) ?? "";

    private CliRun Build(params string[] options) =>
        CliRun.Of(["build", "--pack", Pack, "--month", "2020-06", "--appendix", "1", .. options]);

    [Test]
    public void A_long_title_is_shortened_on_every_page_with_a_warning_naming_the_appendixs_title()
    {
        File.WriteAllText(PackFile, File.ReadAllText(PackFile).Replace("\"title\": \"Children and Families\"", $"\"title\": \"{Long}\""));

        var run = Build();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Warning(run), Does.StartWith("kpipack: warning: ").And.Contain("kpipack.json: appendix 1's \"title\" is too long for the page header (two lines): appendix 1 prints it shortened"));
        foreach (var page in new[] { 1, 2 })
        {
            var text = PageText(page);
            Assert.That(text, Does.Contain("Children and Families Services Children…").Or.Contain("Services Children and…").Or.Contain("Families…"));
            Assert.That(text, Does.Contain("Monthly dataset"), "the month under the title is still printed");
            Assert.That(text, Does.Not.Contain(Long.Replace(" ", "")));
        }
    }

    [Test]
    public void A_long_title_is_said_once_for_all_the_months_it_is_shortened_in()
    {
        var pack = CleanPack($$"""{ "workbook": "workbook.csv", "appendices": [{ "title": "{{Long}}" }] }""");

        var run = CliRun.Of("build", "--pack", pack, "--all-months", "--check");

        Assert.That(run.Stdout, Does.Contain("48 of 48 outputs not current"), "every month was rendered");
        Assert.That(run.Stderr.Split('\n').Count(l => l.Contains("is too long for")), Is.EqualTo(1), run.Stderr);
    }

    [Test]
    public void A_long_benchmark_caption_is_shortened_instead_of_running_off_the_page()
    {
        var run = Build("--caption", Long);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Warning(run), Does.Contain("warning: --caption is too long for the benchmarking key"));
        var text = PageText(1);
        Assert.That(text, Does.Contain("Benchmarking:").And.Contain("…"));
        Assert.That(text, Does.Contain("Page 1 of"), "the footer is not overrun");
    }

    [Test]
    public void A_long_service_is_named_as_service_where_the_appendix_has_no_title_of_its_own()
    {
        File.WriteAllText(PackFile, File.ReadAllText(PackFile).Replace("\"title\": \"Children and Families\",", ""));

        var run = Build("--service", Long);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Warning(run), Does.Contain("warning: --service is too long for the page header"));
        Assert.That(PageText(1), Does.Contain("…"));
    }

    [Test]
    public void A_long_agenda_item_is_shortened_in_the_stamp()
    {
        var run = Build("--agenda-item", new string('7', 300));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Warning(run), Does.Contain("warning: --agenda-item is too long for the stamp"));
        Assert.That(PageText(1), Does.Contain("7…").And.Contain("Appendix 1"));
    }

    [Test]
    public void A_heading_that_fits_gives_no_warning()
    {
        var run = Build("--caption", "Updated Mar-19, using 17-18 data");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Warning(run), Is.Empty);
        Assert.That(PageText(1), Does.Not.Contain("…"));
    }

    [Test]
    public void Strict_writes_nothing_when_a_heading_would_be_shortened()
    {
        // A pack with no other warning, so that only the caption can stop the build.
        var pack = CleanPack("""{ "workbook": "workbook.csv" }""");
        Assert.That(CliRun.Of("build", "--pack", pack, "--month", "2020-06", "--strict", "--check", "--caption", "Short").Stderr, Is.Empty);

        var run = CliRun.Of("build", "--pack", pack, "--month", "2020-06", "--strict", "--caption", Long);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("--caption is too long").And.Contain("nothing was built: 1 warning with --strict"));
        Assert.That(Directory.GetFiles(pack, "*.pdf"), Is.Empty);
    }

    /// <summary>One indicator over 24 months, with no warning of its own.</summary>
    private string CleanPack(string packFile)
    {
        var pack = Directory.CreateDirectory(Folder.PathOf("clean")).FullName;
        File.WriteAllText(Path.Combine(pack, "catalogue.csv"), "ref,indicator,unit\nM1,Contacts,count\n");
        File.WriteAllText(Path.Combine(pack, "workbook.csv"), "ref,month,value\n" +
            string.Concat(Enumerable.Range(0, 24).Select(i => $"M1,{2019 + i / 12}-{i % 12 + 1:00},{100 + i % 12}\n")));
        File.WriteAllText(Path.Combine(pack, "kpipack.json"), packFile);
        return pack;
    }
}
