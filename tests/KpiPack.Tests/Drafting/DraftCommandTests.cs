using System.Text.RegularExpressions;
using KpiPack.Cli;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Drafting;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Drafting;

/// <summary><c>kpipack draft</c> through the real command line, on a fresh copy of the sample pack.</summary>
public class DraftCommandTests : SamplePackCopy
{
    private static readonly Month June20 = new(2020, 6);

    [TestCase("LAC2")]
    [TestCase("LAC3")]
    public void Jun20_drafts_state_the_months_change_with_both_figures(string reference)
    {
        var run = CliRun.Of("draft", "--pack", Pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout.Split('\n')[0], Is.EqualTo("ref,month,commentary"));
        var row = CsvRows.Parse(run.Stdout).Single(r => r["ref"] == reference);
        // The figures from the workbook, as the appendix prints them: the draft must say both, and the % between them.
        var indicator = SamplePack.Catalogue.Indicators.Single(i => i.Ref == reference);
        var (may, june) = (SamplePack.Values.ValueOf(reference, June20.AddMonths(-1)), SamplePack.Values.ValueOf(reference, June20));
        var percent = DerivationRules.PercentChange(june, may)!.Value;
        Assert.That(percent, Is.GreaterThanOrEqualTo(10), "the sample's LAC2 and LAC3 went to the panel having moved 10% or more");
        Assert.That(row["month"], Is.EqualTo("2020-06"));
        Assert.That(row["commentary"], Does.StartWith(
            $"Rose {percent}% on the month, from {Figures.Value(may, indicator)} to {Figures.Value(june, indicator)}"));
    }

    [Test]
    public void By_default_only_the_movements_that_need_words_and_have_none_and_all_with_all()
    {
        var some = CsvRows.Parse(CliRun.Of("draft", "--pack", Pack, "--month", "2019-06").Stdout).Select(r => r["ref"]).ToList();
        var markdown = CliRun.Of("draft", "--pack", Pack, "--month", "2019-06", "--all", "--format", "md").Stdout;
        var all = Regex.Matches(markdown, "^## (.+?): ", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Replace("\\", "")).ToList();

        var rows = DerivationEngine.Derive(SamplePack.Catalogue, SamplePack.Values, new Month(2019, 6)).Rows;
        // The population the rates are computed over has no section: no appendix prints it, and nothing is drafted for it.
        rows = rows.Where(r => r.Indicator.Section.Length > 0).ToList();
        Assert.That(all, Is.EqualTo(rows.Select(r => r.Indicator.Ref)), "--all: every indicator the appendices print, in catalogue order");
        var expected = rows.Where(r => r.BigMovements.Count > 0 && r.Commentary.Length == 0).Select(r => r.Indicator.Ref);
        Assert.That(some, Is.EqualTo(expected));
        Assert.That(some, Has.Count.EqualTo(12), "the 12 movements validate counts for Jun-19");
    }

    [Test]
    public void Markdown_gives_each_indicator_its_heading_draft_and_reasons()
    {
        var run = CliRun.Of("draft", "--pack", Pack, "--month", "2020-06", "--format", "md");
        var csv = CsvRows.Parse(CliRun.Of("draft", "--pack", Pack, "--month", "2020-06").Stdout).Single(r => r["ref"] == "LAC2");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("# Drafts for the commentary, Jun-20\n"));
        var lac2 = run.Stdout[run.Stdout.IndexOf("## LAC2:", StringComparison.Ordinal)..];
        Assert.That(lac2, Does.Contain("\n\n" + csv["commentary"] + "\n"));
        Assert.That(lac2, Does.Contain("- Drafted because: moved 10% or more; no commentary"));
    }

    [Test]
    public void The_csv_reads_back_as_the_workbooks_commentary()
    {
        // A long-format workbook of the month's values with the drafts as its commentary column: the columns, the
        // month and the quoting are what the workbook reader reads.
        var drafts = CsvRows.Parse(CliRun.Of("draft", "--pack", Pack, "--month", "2020-06", "--all").Stdout);
        var writer = new StringWriter();
        writer.WriteLine("ref,month,value,commentary");
        foreach (var draft in drafts)
        {
            var indicator = SamplePack.Catalogue.Indicators.Single(i => i.Ref == draft["ref"]);
            var value = indicator.Formula is null ? SamplePack.Values.ValueOf(indicator.Ref, June20).ToString() : "";
            writer.WriteLine($"\"{draft["ref"]}\",{draft["month"]},{value},\"{draft["commentary"].Replace("\"", "\"\"")}\"");
        }
        var workbook = Folder.Write("drafts-workbook.csv", writer.ToString());

        var read = WorkbookReader.Read(workbook, SamplePack.Catalogue);

        Assert.That(drafts, Has.Count.EqualTo(SamplePack.Catalogue.Indicators.Count(i => i.Section.Length > 0 && SamplePack.Values.CommentaryOf(i.Ref, June20).Length == 0)));
        foreach (var draft in drafts)
            Assert.That(read.CommentaryOf(draft["ref"], June20), Is.EqualTo(draft["commentary"]));
    }

    [Test]
    public void The_csv_never_replaces_commentary_the_team_wrote()
    {
        var run = CliRun.Of("draft", "--pack", Pack, "--month", "2020-06", "--all");
        var written = SamplePack.Catalogue.Indicators.Where(i => SamplePack.Values.CommentaryOf(i.Ref, June20).Length > 0).Select(i => i.Ref).ToList();

        Assert.That(written, Is.Not.Empty);
        Assert.That(CsvRows.Parse(run.Stdout).Select(r => r["ref"]), Has.None.AnyOf(written.ToArray()));
        Assert.That(run.Stderr, Does.Contain($"left out {written.Count} indicators that already have commentary for Jun-20"));
    }

    [Test]
    public void Figures_are_at_the_decimals_the_appendix_prints_them()
    {
        // A percentage typed whole one month and with a decimal another: the appendix prints the row's months alike.
        Folder.Write("catalogue.csv", "ref,indicator,unit\nP1,Share seen in time,percent\n");
        Folder.Write("workbook.csv", "ref,month,value,commentary\nP1,2020-05,14,\nP1,2020-06,17.5,\n");

        var run = CliRun.Of("draft", "--catalogue", Folder.PathOf("catalogue.csv"), "--workbook", Folder.PathOf("workbook.csv"), "--month", "2020-06");

        Assert.That(run.Stdout, Does.Contain("from 14.0% to 17.5%"), run.Stdout + run.Stderr);
    }

    [Test]
    public void A_month_the_workbook_does_not_have_is_a_located_error()
    {
        var run = CliRun.Of("draft", "--pack", Pack, "--month", "2030-01");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Match(@"kpipack: .*workbook\.xlsx: the workbook has no values for Jan-30 \(its months run .* to .*\)"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Without_a_month_the_latest_is_said_on_standard_error_and_the_csv_stays_clean()
    {
        var run = CliRun.Of("draft", "--pack", Pack);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("is the latest month with values"));
        Assert.That(run.Stdout.Split('\n')[0], Is.EqualTo("ref,month,commentary"));
    }

    [Test]
    public void An_unknown_format_is_a_usage_error() =>
        Assert.That(CliRun.Of("draft", "--pack", Pack, "--format", "docx").ExitCode, Is.EqualTo(ExitCodes.Usage));

    [Test]
    public void Validate_and_build_give_one_hint_line_when_a_movement_has_no_commentary()
    {
        var validate = CliRun.Of("validate", "--pack", Pack, "--month", "2020-06");
        var build = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--check");

        // Jun-20: LAC2 and LAC3 moved 10% or more with no commentary.
        Assert.That(validate.Stdout, Does.Contain("LAC2 +43% on the month"));
        foreach (var run in new[] { validate, build })
            Assert.That(run.Stderr.Split('\n').Count(l => l.Contains("kpipack draft")), Is.EqualTo(1), run.Stderr);
        Assert.That(validate.Stderr, Does.Contain("'kpipack draft --month 2020-06'"));
        Assert.That(validate.Stdout, Does.Not.Contain("kpipack draft"), "standard output stays the findings and their count");
    }

    [Test]
    public void No_hint_when_every_movement_has_its_commentary()
    {
        Folder.Write("catalogue.csv", "ref,indicator\nM1,Contacts\n");
        Folder.Write("workbook.csv", "ref,month,value,commentary\nM1,2020-05,100,\nM1,2020-06,130,More contacts after schools reopened\n");

        var run = CliRun.Of("validate", "--catalogue", Folder.PathOf("catalogue.csv"), "--workbook", Folder.PathOf("workbook.csv"), "--month", "2020-06");

        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain("kpipack draft"));
    }
}
