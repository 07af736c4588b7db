using KpiPack.Cli;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Calendar;

/// <summary>
/// Issue 28, financial years: RAG is judged against the report month's financial year only; a catalogue whose targets
/// stop before it gets one warning naming the column to add, and the key says no targets are set.
/// </summary>
public class FinancialYearTests : SamplePackCopy
{
    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Test]
    public void A_Jun20_build_warns_once_about_target_2020_21_and_the_key_says_no_targets_are_set()
    {
        // Given the sample, whose targets stop at 2019-20; When Jun-20 (in 2020-21) is built
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        var warnings = run.Stderr.Split('\n').Where(l => l.Contains("target_2020_21")).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1), run.Stderr);
        Assert.That(warnings[0], Does.StartWith("kpipack: warning: ").And.Contain("catalogue.csv: has no target column for 2020-21, the financial year of Jun-20"));
        foreach (var appendix in new[] { "appendix-1-2020-06", "appendix-2-2020-06" })
        {
            Assert.That(PdfText(Path.Combine(Pack, appendix + ".pdf")), Does.Contain("No targets are set for 2020-21").And.Not.Contain("this financial year"));
            Assert.That(File.ReadAllText(Path.Combine(Pack, appendix + ".html")), Does.Contain("No targets are set for 2020-21"));
        }
    }

    [Test]
    public void A_month_of_a_year_with_targets_names_that_year_in_the_key_and_is_not_warned_about()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stderr, Does.Not.Contain("target_2019_20"));
        Assert.That(PdfText(Path.Combine(Pack, "appendix-1-2019-06.pdf")), Does.Contain("Target 19-20:").And.Contain("Green: met"));
    }

    [Test]
    public void Every_target_column_shown_is_headed_by_its_own_year_and_only_this_years_judges_RAG()
    {
        var loaded = LoadedPack.Load(Core.Packs.PackFile.Load(Pack), new Core.Input.Findings())!;
        var definition = loaded.Pack.Appendices[0];
        var table = loaded.Derive(new Month(2020, 6)).OnlySections(definition.Sections);

        var model = AppendixModel.Of(loaded.Pack, definition, table, loaded.Catalogue, loaded.Values);

        var targets = model.Columns.Where(c => c.Part == AppendixPart.Targets).ToList();
        Assert.That(targets.Select(c => c.Heading), Is.EqualTo(new[] { "Target 19-20" }));
        Assert.That(model.Rows.Select(r => r.Rag), Is.All.EqualTo(Rag.None));
        Assert.That(model.Exceptions!.Columns.Select(c => c.Heading), Has.None.StartsWith("Target"));
        Assert.That(model.Keys.Select(k => k.ItemsText), Has.Some.EqualTo("No targets are set for 2020-21, so no RAG is given"));
    }

    [Test]
    public void A_row_judged_at_its_latest_value_in_the_year_before_keeps_the_report_years_target()
    {
        // Given a target of 100 in 2022-23 and 50 in 2023-24, and a last figure of 60 in Mar-23
        var indicator = new Indicator
        {
            Ref = "V1", Name = "Visits", Polarity = Polarity.Up,
            Targets = new Dictionary<FinancialYear, Figure> { [new(2022)] = Figure.Of(100), [new(2023)] = Figure.Of(50) },
        };
        var values = new MonthlyValues("w.csv",
            new Dictionary<(string, Month), Observation> { [("V1", new Month(2023, 3))] = Observation.Of(60), [("V1", new Month(2023, 4))] = Observation.Blank },
            new Dictionary<(string, Month), string>());

        // When Apr-23 is judged at the latest value
        var row = DerivationEngine.DeriveAtLatest(indicator, values, new Month(2023, 4));

        // Then it is judged at Mar-23, against 2023-24's 50 (met), not 2022-23's 100
        Assert.That(row.JudgedAt, Is.EqualTo(new Month(2023, 3)));
        Assert.That(row.Target!.Number, Is.EqualTo(50));
        Assert.That(row.Rag, Is.EqualTo(Rag.Green));
    }

    [Test]
    public void The_board_heads_its_target_with_the_report_year_and_warns_for_a_year_without_targets()
    {
        var board = new TempFolder();
        try
        {
            var pack = board.CopyOf(Path.Combine(RepoPaths.Root, "samples", "board-2023"));
            var run = CliRun.Of("build", "--pack", pack, "--month", "2023-03");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
            Assert.That(run.Stderr.Split('\n').Count(l => l.Contains("target_2022_23")), Is.EqualTo(1), run.Stderr);
            var text = PdfText(Path.Combine(pack, "board-data-tables-2023-03.pdf"));
            Assert.That(text, Does.Contain("Target 22-23").And.Contain("No targets are set for 2022-23"));
            Assert.That(text, Does.Not.Contain("Target 23-24"));
        }
        finally { board.Dispose(); }
    }

    [Test]
    public void A_catalogue_with_no_target_columns_sets_no_targets_and_is_not_warned_about()
    {
        var folder = new TempFolder();
        try
        {
            var catalogue = folder.Write("catalogue.csv", "ref,indicator,polarity\nM1,Contacts,up\n");
            var workbook = folder.Write("workbook.csv", "ref,month,value\nM1,2020-05,100\nM1,2020-06,110\n");
            var run = CliRun.Of("validate", "--catalogue", catalogue, "--workbook", workbook, "--month", "2020-06");

            Assert.That(run.Stdout, Does.Not.Contain("target_"));
        }
        finally { folder.Dispose(); }
    }
}
