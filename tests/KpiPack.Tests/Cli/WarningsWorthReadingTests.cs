using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>
/// A warning is one a team would act on: one line per kind of finding, the most important first, about what the
/// appendices print, with no placeholder left for the reader to fill in (issue 31).
/// </summary>
public class WarningsWorthReadingTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    /// <summary>Three indicators that each jump 50% in Jun-20 with no commentary, after a year with a three-month gap.</summary>
    private string Pack(string packFile)
    {
        _folder.Write("kpipack.json", packFile);
        _folder.Write("catalogue.csv", "ref,indicator,section\nM1,Contacts,A\nM2,Referrals,A\nM3,Assessments,B\n");
        var rows = new System.Text.StringBuilder("ref,month,value\n");
        foreach (var reference in new[] { "M1", "M2", "M3" })
            for (var month = new DateOnly(2019, 6, 1); month <= new DateOnly(2020, 6, 1); month = month.AddMonths(1))
                if (month.Month is < 1 or > 3 || month.Year != 2020)
                    rows.Append($"{reference},{month:yyyy-MM},{(month.Month == 6 && month.Year == 2020 ? 150 : 100)}\n");
        _folder.Write("workbook.csv", rows.ToString());
        return _folder.Path;
    }

    private static List<string> Warnings(CliRun run) => run.Stdout.Split('\n').Where(l => l.StartsWith("warning: ")).ToList();

    [Test]
    public void Movements_without_commentary_are_one_line_with_a_count_before_a_short_average()
    {
        var run = CliRun.Of("validate", "--pack", Pack("""{ "workbook": "workbook.csv", "catalogue": "catalogue.csv" }"""), "--month", "2020-06");

        var warnings = Warnings(run);
        Assert.That(warnings, Has.Count.EqualTo(2), run.Stdout);
        Assert.That(warnings[0], Does.EndWith("workbook.csv: 3 indicators moved by 10% or more with no commentary for Jun-20: " +
            "M1 +50% on the month and +50% on the year; M2 +50% on the month and +50% on the year; M3 +50% on the month and +50% on the year"));
        Assert.That(warnings[1], Does.Contain("3 indicators (M1, M2, M3): the 12-month averages and maxima use 9 months"));
    }

    [Test]
    public void A_table_without_commentary_or_averages_asks_for_neither()
    {
        var pack = Pack("""
            { "workbook": "workbook.csv", "catalogue": "catalogue.csv",
              "appendices": [ { "columns": ["months", "difference"], "tables": [ { "title": "Demand", "refs": ["M1", "M2"] },
                                                                              { "title": "Work", "columns": ["months", "commentary"], "refs": ["M3"] } ] } ] }
            """);

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06");

        var warnings = Warnings(run);
        Assert.That(warnings, Has.Count.EqualTo(1), run.Stdout);
        Assert.That(warnings[0], Does.Contain("M3 moved +50% on the month and +50% on the year with no commentary for Jun-20"));
        Assert.That(run.Stderr, Does.Contain("'kpipack draft --month 2020-06'"));
    }

    [Test]
    public void An_appendix_without_commentary_gives_no_hint_to_draft_it()
    {
        var pack = Pack("""{ "workbook": "workbook.csv", "catalogue": "catalogue.csv", "appendices": [ { "columns": ["months", "average"] } ] }""");

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06");

        Assert.That(run.Stdout, Does.Not.Contain("commentary"));
        Assert.That(run.Stderr, Does.Not.Contain("kpipack draft"));
    }

    [TestCase("validate", "--all-months")]
    [TestCase("build", "--all-months")]
    [TestCase("build", "--month", "2020-06")]
    public void Messages_name_a_month_rather_than_a_placeholder(params string[] args)
    {
        var pack = Pack("""{ "workbook": "workbook.csv", "catalogue": "catalogue.csv" }""");
        // More warnings than a build shows, so its "and N more" line is printed too.
        for (var i = 4; i < 30; i++) File.AppendAllText(Path.Combine(pack, "catalogue.csv"), $"X{i},Extra {i},A\n");

        var run = CliRun.Of([.. args, "--pack", pack, .. args[0] == "build" ? new[] { "--out-dir", pack } : []]);

        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain("yyyy").And.Contain("kpipack draft --month 2020-06"));
    }

    [TestCase("children-and-families", "2019-06")]
    [TestCase("children-and-families", "2020-06")]
    [TestCase("board-2023", "2023-07")]
    public void The_samples_say_each_kind_of_movement_finding_once(string sample, string month)
    {
        var run = CliRun.Of("validate", "--pack", Path.Combine(RepoPaths.Root, "samples", sample), "--month", month);

        Assert.That(run.ExitCode, Is.Not.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(Warnings(run).Count(w => w.Contains("no commentary")), Is.LessThanOrEqualTo(1), run.Stdout);
        Assert.That(run.Stdout, Does.Not.Contain("yyyy"));
    }
}
