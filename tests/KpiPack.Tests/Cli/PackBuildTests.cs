using KpiPack.Cli;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Cli;

/// <summary><c>kpipack build</c> in a pack folder: the monthly routine, on a copy of the sample pack.</summary>
public class PackBuildTests : SamplePackCopy
{

    private string[] Pdfs() => Directory.GetFiles(Pack, "*.pdf").Select(Path.GetFileName).Order().ToArray()!;

    [Test]
    public void In_thePackFolder_the_month_is_all_it_needs()
    {
        var before = Environment.CurrentDirectory;
        CliRun run;
        try
        {
            Environment.CurrentDirectory = Pack;
            run = CliRun.Of("build", "--month", "2019-06");
        }
        finally { Environment.CurrentDirectory = before; }

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Pdfs(), Is.EqualTo(new[] { "appendix-1-2019-06.pdf", "appendix-2-2019-06.pdf" }));
        Assert.That(run.Stdout, Does.Contain("[1/2] appendix 1, Jun-19: wrote appendix-1-2019-06.pdf (").And.Contain("appendix-1-2019-06.html ("));
        using var earlyHelp = PdfDocument.Open(Path.Combine(Pack, "appendix-2-2019-06.pdf"));
        var text = earlyHelp.GetPage(1).Text;
        Assert.That(text, Does.Contain("Early Help").And.Contain("Agenda Item 7").And.Contain("Appendix 2").And.Contain("EH1a"));
        Assert.That(text, Does.Not.Contain("Outcome").And.Not.Contain("M1 "));
    }

    [Test]
    public void Without_a_month_it_builds_the_latest_and_says_so()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Jun-20 is the latest month with values"));
        Assert.That(Pdfs(), Is.EqualTo(new[] { "appendix-1-2020-06.pdf" }));
    }

    [Test]
    public void Prints_warnings_and_builds()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--appendix", "1");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(run.Stderr, Does.Contain("kpipack: warning: ").And.Contain("LAC16: the 12-month average"));
    }

    [Test]
    public void Strict_refuses_to_build_with_warnings()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--strict");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Contain("nothing was built"));
        Assert.That(Pdfs(), Is.Empty);
    }

    [Test]
    public void Errors_stop_the_build_before_anything_is_written()
    {
        File.AppendAllText(Path.Combine(Pack, "catalogue.csv"), "M1,Contacts again,Children and Families,,,,count,,,,,,,,\n");

        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Contain("ref 'M1' appears twice (first at row 2)"));
        Assert.That(Pdfs(), Is.Empty);
    }

    [Test]
    public void Csv_writes_the_derived_table_beside_the_pdf_with_formulas_neutralised()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--appendix", "1", "--csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        var rows = CsvRows.Read(Path.Combine(Pack, "appendix-1-2019-06.csv"));
        Assert.That(rows.Select(r => r["ref"]), Does.Contain("M1").And.Not.Contain("EH1a"));
        var cp2b = rows.Single(r => r["ref"] == "CP2b");
        Assert.That(cp2b["change_prev_month_pct"], Is.EqualTo("-100"), "numbers stay numbers");
        var cp2bPercent = rows.Single(r => r["ref"] == "CP2b %");
        Assert.That(cp2bPercent["value"], Is.EqualTo("'-"), "text starting with - is escaped");
    }

    [Test]
    public void All_months_builds_every_month_with_values_and_says_one_line_a_month()
    {
        // What CI needs: every sample appendix for every month that has data builds.
        var run = CliRun.Of("build", "--pack", Pack, "--all-months");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        // May-18..Jun-19 and Oct-19..Jun-20: 23 months, two appendices each.
        Assert.That(Pdfs(), Has.Length.EqualTo(46));
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(24), "a line a month, then the total");
        // Jun-20's five, as its own build gives them (the months its table leaves out are a note in the appendix, not a warning).
        Assert.That(lines[22], Does.Match(@"^\[23/23\] Jun-20: wrote 4 files \(.*appendix-1-2020-06\.pdf, .*appendix-2-2020-06\.pdf, each with its \.html\); 5 warnings$"));
        Assert.That(lines[23], Does.StartWith("built 46 appendices (92 files)"));
    }

    [Test]
    public void All_months_tells_a_warning_many_months_share_once_after_the_months()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--all-months");

        var warnings = run.Stderr.Split('\n').Where(l => l.StartsWith("kpipack: warning: ")).ToList();
        // A kind of finding is one line, however many months and indicators share it: a screen, not hundreds of lines.
        Assert.That(warnings, Has.Count.InRange(2, FindingReport.Shown), run.Stderr);
        Assert.That(warnings[0], Does.Contain("appendix 2 (Early Help): none of its 5 indicators has a value").And.EndWith("(in the reports for Oct-19 to Jun-20)"));
        Assert.That(warnings.Count(w => w.Contains("moved by 10% or more with no commentary")), Is.EqualTo(1), run.Stderr);
        Assert.That(run.Stderr, Does.Not.Contain("kpipack: and "), "nothing left unsaid");
    }

    [Test]
    public void Out_names_one_pdf_only()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--out", Folder.PathOf("one.pdf"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain("--out names one PDF"));
    }

    [Test]
    public void Out_dir_writes_every_output_there_under_the_packs_names()
    {
        var outputs = Directory.CreateDirectory(Folder.PathOf("built")).FullName;
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--csv", "--out-dir", outputs);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Directory.GetFiles(outputs).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
        {
            "appendix-1-2019-06.csv", "appendix-1-2019-06.html", "appendix-1-2019-06.pdf",
            "appendix-2-2019-06.csv", "appendix-2-2019-06.html", "appendix-2-2019-06.pdf",
        }));
        Assert.That(Pdfs(), Is.Empty, "nothing written among the inputs");
        Assert.That(run.Stdout, Does.Contain("built 2 appendices (6 files)"));
    }

    [TestCase("../escaped-{appendix}-{month}.pdf")]
    [TestCase("/tmp/escaped-{appendix}-{month}.pdf")]
    public void A_pack_file_cannot_write_outside_its_folder(string template)
    {
        var packFile = Path.Combine(Pack, "kpipack.json");
        File.WriteAllText(packFile, File.ReadAllText(packFile).Replace("\"appendix-{appendix}-{month}.pdf\"", $"\"{template}\""));
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("kpipack.json: appendix 1's output").And.Contain("would be written outside the pack folder"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(Pack)!, "escaped-*"), Is.Empty);
    }

    [Test]
    public void An_appendix_number_cannot_lead_out_of_the_pack_folder()
    {
        var packFile = Path.Combine(Pack, "kpipack.json");
        File.WriteAllText(packFile, File.ReadAllText(packFile).Replace("\"appendix\": \"2\"", "\"appendix\": \"2/../../../x\""));
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("appendix 2/../../../x's output").And.Contain("would be written outside the pack folder"));
    }

    [Test]
    public void An_outputFolder_that_does_not_exist_is_refused_before_writing()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--appendix", "1", "--out", Folder.PathOf("missing/one.pdf"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Contain("does not exist"));
    }

    [Test]
    public void A_brokenPack_file_is_named_with_its_line()
    {
        File.WriteAllText(Path.Combine(Pack, "kpipack.json"), "{\n  \"service\": \"Children and Families\",\n  \"colour\": \"blue\"\n}\n");
        var run = CliRun.Of("build", "--pack", Pack);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Contain("kpipack.json, line 3, column 3: setting 'colour' is not one kpipack knows; the settings are: $schema, service,"));
    }

    private void CommentaryInAColumn()
    {
        var packFile = Path.Combine(Pack, "kpipack.json");
        File.WriteAllText(packFile, File.ReadAllText(packFile).Replace("\"pageSize\": \"A4\",", "\"pageSize\": \"A4\", \"commentary\": \"column\","));
    }

    [Test]
    public void Commentary_in_a_column_is_the_tables_last_column()
    {
        CommentaryInAColumn();
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "2");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        using var pdf = PdfDocument.Open(Path.Combine(Pack, "appendix-2-2020-06.pdf"));
        var words = pdf.GetPage(1).GetWords().ToList();
        var heading = words.First(w => w.Text == "Commentary");
        Assert.That(words.Where(w => w.Text is "Ref" or "Indicator" or "England").Select(w => w.BoundingBox.Left), Is.All.LessThan(heading.BoundingBox.Left));
    }

    [Test]
    public void Columns_that_cannot_fit_the_page_are_refused_naming_thePack_file_and_nothing_is_written()
    {
        // Jun-19's outcome and commentary columns beside thirteen months do not fit across A4 even at their narrowest.
        CommentaryInAColumn();
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout + run.Stderr);
        Assert.That(run.Stderr, Does.Contain("kpipack.json: appendix 1, Jun-19: the appendix's columns do not fit across the page"));
        Assert.That(Pdfs(), Is.Empty);
    }

    [Test]
    public void An_output_that_would_overwrite_an_input_is_refused_and_the_input_kept()
    {
        // The catalogue happens to carry the name --csv gives the derived table of Appendix 1 for Jun-20.
        File.Move(Path.Combine(Pack, "catalogue.csv"), Path.Combine(Pack, "appendix-1-2020-06.csv"));
        var packFile = Path.Combine(Pack, "kpipack.json");
        File.WriteAllText(packFile, File.ReadAllText(packFile).Replace("\"catalogue.csv\"", "\"appendix-1-2020-06.csv\""));
        var before = File.ReadAllBytes(Path.Combine(Pack, "appendix-1-2020-06.csv"));

        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("appendix-1-2020-06.csv: this output is the pack's catalogue"));
        Assert.That(File.ReadAllBytes(Path.Combine(Pack, "appendix-1-2020-06.csv")), Is.EqualTo(before));
        Assert.That(Pdfs(), Is.Empty);
    }

    [Test]
    public void Check_refuses_what_build_refuses_rather_than_calling_it_stale()
    {
        CommentaryInAColumn();
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--check");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("do not fit across the page"));
    }

    [Test]
    public void A_month_with_all_months_is_a_usage_error()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--all-months");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain("give one or the other"));
        Assert.That(Pdfs(), Is.Empty);
    }
}
