using System.Text.Json;
using KpiPack.Cli;
using KpiPack.Core.Appendix;
using KpiPack.Core.Model;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Calendar;

/// <summary>
/// Issue 28, revised figures: each build keeps a record of the figures it printed in printed-figures/, and a later
/// build lists each figure that reads differently from the most recent earlier appendix's, as printed, on screen, in
/// validate, in derive's JSON and in the appendix after the exceptions.
/// </summary>
public class RevisedFiguresTests : SamplePackCopy
{
    private static readonly Month April = new(2020, 4);

    private string Workbook => Path.Combine(Pack, "workbook.xlsx");

    private string Record(string month) => Path.Combine(Pack, "printed-figures", $"appendix-1-{month}.csv");

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Test]
    public void A_first_build_has_no_record_to_compare_and_no_section_but_writes_its_own()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-05", "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("the figures printed are recorded in ").And.Contain("printed-figures/").And.Not.Contain("revised"));
        Assert.That(PdfText(Path.Combine(Pack, "appendix-1-2020-05.pdf")), Does.Not.Contain("Revised since"));
        Assert.That(File.ReadAllText(Path.Combine(Pack, "appendix-1-2020-05.html")), Does.Not.Contain("Revised since"));
        var lines = File.ReadAllLines(Record("2020-05"));
        Assert.That(lines[0], Is.EqualTo("ref,month,printed"));
        Assert.That(lines, Does.Contain("M1,2020-04,\"1,147\""));
    }

    [Test]
    public void After_May20_is_built_a_changed_April_figure_appears_in_the_Jun20_appendix_with_both_figures_as_printed()
    {
        // Given May-20 built, then April's contacts revised from 1,147 to 1,151
        Assert.That(CliRun.Of("build", "--pack", Pack, "--month", "2020-05").ExitCode, Is.EqualTo(ExitCodes.Ok));
        WorkbookEdits.Set(Workbook, ("M1", April, 1151));

        // When Jun-20 is built
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06");

        // Then the screen, the PDF and the HTML list it, under the heading naming May-20
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        // M3 (referrals as a share of contacts) is computed from M1: its April changes with it.
        Assert.That(run.Stdout, Does.Contain("appendix 1, Jun-20: 2 figures revised since the May-20 appendix:\n  M1 Apr-20: 1,147 → 1,151\n  M3 Apr-20: 24.9% → 24.8%\n"));
        var pdf = PdfText(Path.Combine(Pack, "appendix-1-2020-06.pdf"));
        Assert.That(pdf, Does.Contain("Revised since the May-20 appendix"));
        Assert.That(pdf, Does.Contain("M1 Number of contacts received (includes contacts that become referrals) Apr-20 1,147 1,151"));
        Assert.That(pdf.IndexOf("Revised since", StringComparison.Ordinal), Is.GreaterThan(pdf.IndexOf("Exceptions, Jun-20", StringComparison.Ordinal)));
        var html = File.ReadAllText(Path.Combine(Pack, "appendix-1-2020-06.html"));
        Assert.That(html, Does.Contain("<h2 id=\"revised\">Revised since the May-20 appendix</h2>"));
        Assert.That(html, Does.Contain("<td>Apr-20</td><td>1,147</td><td>1,151</td>"));
        Assert.That(html.IndexOf("id=\"revised\"", StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("id=\"exceptions\"", StringComparison.Ordinal)));
        // The Early Help appendix printed no April change: its section says so.
        Assert.That(PdfText(Path.Combine(Pack, "appendix-2-2020-06.pdf")), Does.Contain("No figure printed in the May-20 appendix has changed."));
    }

    [Test]
    public void A_revision_to_and_from_a_marker_counts()
    {
        WorkbookEdits.Set(Workbook, ("M2", April, "tbc"));
        Assert.That(CliRun.Of("build", "--pack", Pack, "--month", "2020-05", "--appendix", "1").ExitCode, Is.EqualTo(ExitCodes.Ok));
        WorkbookEdits.Set(Workbook, ("M2", April, 290), ("M1", April, "-"));

        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "1");

        // The formulas that read M1 and M2 follow them: a missing operand's marker is their figure.
        Assert.That(run.Stdout, Does.Contain("5 figures revised since the May-20 appendix:"));
        Assert.That(run.Stdout, Does.Contain("  M1 Apr-20: 1,147 → -\n").And.Contain("  M2 Apr-20: tbc → 290\n").And.Contain("  M3 Apr-20: tbc → -\n"));
    }

    [Test]
    public void Validate_and_derive_json_list_the_revisions_too()
    {
        Assert.That(CliRun.Of("build", "--pack", Pack, "--month", "2020-05", "--appendix", "1").ExitCode, Is.EqualTo(ExitCodes.Ok));
        WorkbookEdits.Set(Workbook, ("M1", April, 1151));

        var validate = CliRun.Of("validate", "--pack", Pack, "--month", "2020-06");
        var derive = CliRun.Of("derive", "--pack", Pack, "--month", "2020-06", "--format", "json");

        Assert.That(validate.Stdout, Does.Contain("M1 Apr-20: 1,147 → 1,151"));
        using var json = JsonDocument.Parse(derive.Stdout);
        var m1 = json.RootElement.EnumerateArray().Single(e => e.GetProperty("ref").GetString() == "M1");
        var revised = m1.GetProperty("revised").EnumerateArray().Single();
        Assert.That(revised.GetProperty("since").GetString(), Is.EqualTo("2020-05"));
        Assert.That(revised.GetProperty("month").GetString(), Is.EqualTo("2020-04"));
        Assert.That(revised.GetProperty("then").GetString(), Is.EqualTo("1,147"));
        Assert.That(revised.GetProperty("now").GetString(), Is.EqualTo("1,151"));
        var m2 = json.RootElement.EnumerateArray().Single(e => e.GetProperty("ref").GetString() == "M2");
        Assert.That(m2.TryGetProperty("revised", out _), Is.False);
    }

    [Test]
    public void The_record_is_the_same_bytes_from_the_same_figures_and_compares_with_the_most_recent_earlier_one()
    {
        CliRun.Of("build", "--pack", Pack, "--month", "2020-04", "--appendix", "1");
        CliRun.Of("build", "--pack", Pack, "--month", "2020-05", "--appendix", "1");
        var first = File.ReadAllBytes(Record("2020-05"));
        var again = CliRun.Of("build", "--pack", Pack, "--month", "2020-05", "--appendix", "1");

        Assert.That(File.ReadAllBytes(Record("2020-05")), Is.EqualTo(first));
        // Rebuilding May-20 compares with Apr-20's record, not with its own.
        Assert.That(PdfText(Path.Combine(Pack, "appendix-1-2020-05.pdf")), Does.Contain("Revised since the Apr-20 appendix"));
        Assert.That(again.Stdout, Does.Not.Contain("revised since"));
    }

    [TestCase("1,147", "1,151", true)]
    [TestCase("21%", "21.0%", false)]
    [TestCase("tbc", "TBC", false)]
    [TestCase("tbc", "12", true)]
    [TestCase("12", "-", true)]
    [TestCase("", "12", true)]
    [TestCase("tbc", "-", true)]
    public void Figures_compare_as_numbers_where_both_are_and_as_text_otherwise(string then, string now, bool revised)
    {
        var month = new Month(2020, 4);
        var list = RevisionList.Between(new Month(2020, 5), [new PrintedFigure("M1", month, then)], [new PrintedFigure("M1", month, now)],
            new Dictionary<string, string> { ["M1"] = "Contacts" });

        Assert.That(list.Figures, Has.Count.EqualTo(revised ? 1 : 0));
    }
}
