using System.Text.RegularExpressions;
using KpiPack.Cli;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Cli;

public class BuildCommandTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private CliRun Build(string output, string catalogue, params string[] extra) => CliRun.Of(
    [
        "build", "--month", "2020-06", "--catalogue", catalogue, "--workbook", RepoPaths.SampleWorkbook,
        "--out", output, .. extra,
    ]);

    [Test]
    public void Writes_the_pdf_and_says_what_it_wrote()
    {
        var output = _folder.PathOf("appendix-1.pdf");

        var run = Build(output, RepoPaths.SampleCatalogue, "--agenda-item", "7", "--appendix", "1", "--author", "Data team");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        var html = Path.ChangeExtension(output, ".html");
        Assert.That(run.Stdout, Does.Match($@"^appendix 1, Jun-20: wrote {Regex.Escape(output)} \(\d+ pages, \d+ KB\), {Regex.Escape(html)} \(\d+ KB\)\n" +
            @"built 1 appendix \(2 files\) in [\d.]+ s"));
        using var pdf = PdfDocument.Open(output);
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Agenda Item 7").And.Contain("Jun-20 Monthly dataset"));
        Assert.That(pdf.Information.Author, Is.EqualTo("Data team"));
    }

    [Test]
    public void Takes_the_service_from_the_catalogue_unless_told()
    {
        var output = _folder.PathOf("appendix.pdf");
        Assert.That(Build(output, RepoPaths.SampleCatalogue).ExitCode, Is.EqualTo(ExitCodes.Ok));
        using (var pdf = PdfDocument.Open(output))
            Assert.That(pdf.Information.Title, Is.EqualTo("Children and Families monthly dataset Jun-20"));

        Assert.That(Build(output, RepoPaths.SampleCatalogue, "--service", "Early Help").ExitCode, Is.EqualTo(ExitCodes.Ok));
        using (var pdf = PdfDocument.Open(output))
            Assert.That(pdf.Information.Title, Is.EqualTo("Early Help monthly dataset Jun-20"));
    }

    [Test]
    public void A_failed_build_leaves_the_previous_pdf_untouched_and_no_temporary_file()
    {
        var output = _folder.PathOf("appendix-1.pdf");
        Assert.That(Build(output, RepoPaths.SampleCatalogue).ExitCode, Is.EqualTo(ExitCodes.Ok));
        var good = File.ReadAllBytes(output);
        var badCatalogue = _folder.Write("bad.csv", "ref,indicator,unit\nM1,Contacts,people\n");

        var run = Build(output, badCatalogue);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.StartWith($"kpipack: {badCatalogue}, row 2, column 'unit'"));
        Assert.That(File.ReadAllBytes(output), Is.EqualTo(good));
        Assert.That(Directory.GetFiles(_folder.Path), Is.EquivalentTo(new[] { output, Path.ChangeExtension(output, ".html"), badCatalogue }));
    }

    [Test]
    public void Rebuilding_gives_the_same_bytes()
    {
        var first = _folder.PathOf("first.pdf");
        var second = _folder.PathOf("second.pdf");
        Build(first, RepoPaths.SampleCatalogue, "--page-size", "A3");
        Build(second, RepoPaths.SampleCatalogue, "--page-size", "A3");
        Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(first)));
    }

    [TestCase("--months", "1", "--months must be from 2 to 24")]
    [TestCase("--months", "abc", "--months 'abc' is not a whole number")]
    [TestCase("--page-size", "A5", "--page-size 'A5' is not A4 or A3")]
    public void Refuses_bad_options_as_usage_errors(string option, string value, string message)
    {
        var run = Build(_folder.PathOf("x.pdf"), RepoPaths.SampleCatalogue, option, value);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain(message));
        Assert.That(File.Exists(_folder.PathOf("x.pdf")), Is.False);
    }

    [TestCase("catalogue.csv")]
    [TestCase("report.html")]
    public void Refuses_an_out_that_is_not_a_pdf_so_nothing_is_written_over(string name)
    {
        var target = _folder.Write(name, "the user's file");
        var run = Build(target, RepoPaths.SampleCatalogue);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain($"--out {name}: name a .pdf file"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("the user's file"));
    }
}
