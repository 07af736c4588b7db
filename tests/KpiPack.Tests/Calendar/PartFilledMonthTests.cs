using System.Text.Json;
using KpiPack.Cli;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Calendar;

/// <summary>
/// Issue 28, a month half filled in: the sample with July's figures typed for 5 of its 55 indicators. Without --month
/// the commands take Jun-20 and say why; asked for Jul-20, the gaps are one warning, and an indicator with no July
/// figure gets no July signal, change or RAG anywhere.
/// </summary>
public class PartFilledMonthTests : SamplePackCopy
{
    private static readonly Month July = new(2020, 7);
    // Five indicators no formula reads, so no computed figure follows them into July.
    private static readonly string[] Typed = ["M4", "M5", "LAC2", "LAC13", "EH2"];

    /// <summary>Each typed as June's figure again: plausible, so no other warning is about them.</summary>
    [SetUp]
    public void TypeFiveJulyFigures() =>
        WorkbookEdits.Set(Path.Combine(Pack, "workbook.xlsx"),
            [.. Typed.Select(r => (r, July, (object)SamplePack.Values.ValueOf(r, new Month(2020, 6)).Number!.Value))]);

    [Test]
    public void Without_a_month_build_writes_Jun20_and_says_why()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout, Does.StartWith("Jul-20 has figures for 5 of 55 indicators: building Jun-20; give --month 2020-07 to build it anyway"));
        Assert.That(File.Exists(Path.Combine(Pack, "appendix-1-2020-06.pdf")));
        Assert.That(File.Exists(Path.Combine(Pack, "appendix-1-2020-07.pdf")), Is.False);
    }

    [Test]
    public void Derive_and_draft_without_a_month_take_the_same_month_and_say_so_on_standard_error()
    {
        var derive = CliRun.Of("derive", "--pack", Pack);
        var draft = CliRun.Of("draft", "--pack", Pack);

        Assert.That(derive.Stderr, Does.Contain("deriving Jun-20; give --month 2020-07 to derive it anyway"));
        Assert.That(derive.Stdout.Split('\n')[1], Does.Contain(",2020-06,"));
        Assert.That(draft.Stderr, Does.Contain("drafting Jun-20"));
    }

    [Test]
    public void Build_month_2020_07_speaks_of_the_gaps_in_at_most_two_lines_at_the_workbook()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-07", "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        // The month's gaps, and the Early Help appendix that has none of its figures (as in Jun-20): two lines.
        var lines = run.Stderr.Split('\n');
        Assert.That(lines.Where(l => l.Contains("has no value") || l.Contains("has a value") || l.Contains("has figures")).ToList(),
            Has.Count.LessThanOrEqualTo(2), run.Stderr);
        var gaps = lines.Where(l => l.Contains("has figures for")).ToList();
        Assert.That(gaps, Has.Count.EqualTo(1), run.Stderr);
        Assert.That(gaps[0], Does.StartWith("kpipack: warning: ").And.Contain("workbook.xlsx, sheet 'Values': Jul-20 has figures for 5 of 55 indicators: the other 50 (M1, M2, M3, M2-NI"));
        Assert.That(gaps[0], Does.Contain("'kpipack validate --month 2020-07' lists them all"));
        Assert.That(lines, Has.None.Contains("no value for Jul-20"));
    }

    [Test]
    public void Validate_lists_every_gap_of_the_month()
    {
        var run = CliRun.Of("validate", "--pack", Pack, "--month", "2020-07");

        var list = run.Stdout.Split('\n').Single(l => l.StartsWith("no figure for Jul-20 (50): "));
        Assert.That(list.Split(": ")[1].Split(", "), Has.Length.EqualTo(50).And.Contains("LAC16").And.No.Contains("M4"));
    }

    [Test]
    public void Derive_month_2020_07_gives_no_indicator_without_a_July_figure_a_July_signal_change_or_RAG()
    {
        var run = CliRun.Of("derive", "--pack", Pack, "--month", "2020-07", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var rows = json.RootElement.EnumerateArray().ToList();
        var without = rows.Where(r => r.GetProperty("value").ValueKind == JsonValueKind.Null).ToList();
        Assert.That(without, Has.Count.GreaterThanOrEqualTo(50));
        foreach (var field in new[] { "spc_variation", "spc_assurance", "change_prev_month_pct", "arrow_prev_month", "judgement_prev_month", "rag", "direction" })
            Assert.That(without.Select(r => r.GetProperty(field).ValueKind), Is.All.EqualTo(JsonValueKind.Null), field);
        // The typed ones are read as usual.
        var m4 = rows.Single(r => r.GetProperty("ref").GetString() == "M4");
        Assert.That(m4.GetProperty("spc_variation").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [Test]
    public void The_Jul20_exceptions_and_charts_list_only_indicators_with_a_July_figure()
    {
        var findings = new Findings();
        var loaded = LoadedPack.Load(PackFile.Load(Pack), findings)!;
        var plan = BuildPipeline.Plan(loaded, new BuildRequest { Months = [July], Appendix = "1" }, July, findings);

        var appendix = plan.Jobs.Single().Appendix;
        var listed = appendix.Exceptions!.Groups.SelectMany(g => g.Rows).ToList();
        Assert.That(listed.Select(r => r.Indicator.Ref), Is.SubsetOf(Typed));
        Assert.That(appendix.ExceptionCharts.Select(c => c.Ref), Is.SubsetOf(Typed));
        // An indicator with June's figure but none for July says nothing in the SPC column.
        var lac16 = appendix.Rows.Single(r => r.Indicator.Ref == "LAC16");
        var variation = appendix.Columns.Single(c => c.Heading == "SPC variation");
        Assert.That(variation.Cell(lac16).Words, Is.Empty);
    }

    [Test]
    public void Drafts_for_Jul20_give_a_missing_figure_no_signal()
    {
        var run = CliRun.Of("draft", "--pack", Pack, "--month", "2020-07", "--all", "--format", "md");

        var lac16 = run.Stdout.Split('\n').Where(l => l.Contains("LAC16")).ToList();
        Assert.That(lac16, Is.Not.Empty, run.Stdout);
        Assert.That(lac16, Has.None.Contains("special cause").And.None.Contains("unusual"));
    }
}
