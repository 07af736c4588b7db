using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

public class ValidateCommandTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private string Pack(string catalogue, string workbook)
    {
        File.WriteAllText(_folder.PathOf("kpipack.json"), """{ "catalogue": "catalogue.csv", "workbook": "workbook.csv" }""");
        _folder.Write("catalogue.csv", catalogue);
        _folder.Write("workbook.csv", workbook);
        return _folder.Path;
    }

    [Test]
    public void A_clean_pack_exits_0()
    {
        var year = Enumerable.Range(1, 12).Select(m => $"M1,2019-{m:00},{100 + m}\n");
        var pack = Pack("ref,indicator\nM1,Contacts\n", "ref,month,value\n" + string.Concat(year));

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2019-12");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout);
        Assert.That(run.Stdout, Does.Contain("no problems found"));
    }

    [Test]
    public void Warnings_are_listed_with_their_place_and_exit_4_or_2_when_strict()
    {
        var pack = Pack("ref,indicator\nM1,Contacts\nM2,Referrals\n", "ref,month,value\nM1,2020-05,100\nM1,2020-06,130\nM2,2020-06,\n");

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06");
        var strict = CliRun.Of("validate", "--pack", pack, "--month", "2020-06", "--strict");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Warnings));
        Assert.That(run.Stdout, Does.Contain("workbook.csv, row 3, column 'value': M1 moved +30% on the month with no commentary for Jun-20"));
        Assert.That(run.Stdout, Does.Contain("workbook.csv, row 4, column 'value': M2 has no value for Jun-20"));
        Assert.That(run.Stdout, Does.Not.Contain("12-month average"), "the months before the workbook's first are no gap to fill");
        Assert.That(run.Stdout.TrimEnd().Split('\n').SkipLast(1), Is.All.StartsWith("warning: "));
        Assert.That(run.Stdout.TrimEnd().Split('\n')[^1], Does.Match(@"^0 errors, \d+ warnings$"));
        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.DataError));
    }

    [Test]
    public void Explain_shows_a_formula_indicators_inputs_with_their_cells()
    {
        var pack = Pack("ref,indicator,unit,formula\nM1,Contacts,count,\nM2,Referrals,count,\nM3,Share referred,percent,[M2] / [M1] * 100\n",
            "ref,month,value\nM1,2020-06,1403\nM2,2020-06,342\n");

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06", "--explain", "M3", "--explain", "M1");

        Assert.That(run.Stdout, Does.Contain(
            "M3 = [M2] / [M1] * 100 (" + Path.Combine(pack, "catalogue.csv") + ", row 4)\n" +
            "  [M2], Jun-20: 342 (from " + Path.Combine(pack, "workbook.csv") + ", row 3, column 'value')\n" +
            "  [M1], Jun-20: 1,403 (from " + Path.Combine(pack, "workbook.csv") + ", row 2, column 'value')\n" +
            "  M3, Jun-20: 24.4% (unrounded 24.376336…)\n" +
            "M1, Jun-20: 1,403, typed in the workbook (" + Path.Combine(pack, "workbook.csv") + ", row 2, column 'value')\n"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout);
    }

    [Test]
    public void Explain_shows_the_figure_a_rounding_formula_rounded()
    {
        var pack = Pack("ref,indicator,unit,formula\nLAC1,Looked after,count,\nPOP0-17,Children,count,\n" +
            "LAC1-NI,Rate,rate,\"round([LAC1] / [POP0-17] * 10000, 0)\"\n",
            "ref,month,value\nLAC1,2020-06,488\nPOP0-17,2020-06,50870\n");

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06", "--explain", "LAC1-NI");

        Assert.That(run.Stdout, Does.Contain("LAC1-NI = round([LAC1] / [POP0-17] * 10000, 0) ("));
        Assert.That(run.Stdout, Does.Contain("  LAC1-NI, Jun-20: 96 (rounded by the formula from 95.930804…)\n"));
    }

    [Test]
    public void A_computed_value_that_cannot_be_right_names_the_formula()
    {
        var pack = Pack("ref,indicator,unit,formula\nM1,Contacts,count,\nM2,Referrals,count,\nM3,Share referred,percent,[M2] / [M1] * 100\n",
            "ref,month,value\nM1,2020-06,200\nM2,2020-06,300\n");

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stdout, Does.Contain(
            "catalogue.csv, row 4: M3 is a percentage but Jun-20 is 150.0 (computed by its formula [M2] / [M1] * 100): it must be from 0 to 100"));
    }

    [Test]
    public void Explain_refuses_a_ref_the_catalogue_does_not_have()
    {
        var pack = Pack("ref,indicator\nM1,Contacts\n", "ref,month,value\nM1,2020-06,1403\n");
        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06", "--explain", "M9");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stdout + run.Stderr);
        Assert.That(run.Stderr, Does.Contain("--explain 'M9': the catalogue"));
    }

    [Test]
    public void Errors_name_the_cell_and_exit_2()
    {
        var pack = Pack("ref,indicator,unit\nM3,Share,percent\n", "ref,month,value\nM3,2020-06,130\n");

        var run = CliRun.Of("validate", "--pack", pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Does.Contain("workbook.csv, row 2, column 'value': M3 is a percentage but Jun-20 is 130: it must be from 0 to 100"));
    }

    [Test]
    public void Reading_errors_are_all_listed()
    {
        var pack = Pack("ref,indicator\nM1,Contacts\n", "ref,month,value\nM1,2020-06,12O\nM9,2020-06,1\n");

        var run = CliRun.Of("validate", "--pack", pack);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Does.Contain("row 2, column 'value': '12O' is not a number"));
        Assert.That(run.Stdout, Does.Contain("row 3, column 'ref': ref 'M9' is not in the catalogue"));
        Assert.That(run.Stdout, Does.Contain("2 errors, 0 warnings"));
    }

    [Test]
    public void A_month_the_workbook_does_not_have_is_an_error()
    {
        var pack = Pack("ref,indicator\nM1,Contacts\n", "ref,month,value\nM1,2020-06,1\n");
        var run = CliRun.Of("validate", "--pack", pack, "--month", "2021-06");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Does.Contain("the workbook has no values for Jun-21 (its months run Jun-20 to Jun-20)"));
    }

    [Test]
    public void The_sample_pack_for_jun19_has_warnings_but_no_errors()
    {
        var run = CliRun.Of("validate", "--pack", RepoPaths.SamplePack, "--month", "2019-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Warnings), run.Stdout);
        Assert.That(run.Stdout, Does.Contain("LAC16: the 12-month average and maximum use 10 months; no figure for Apr-19, May-19"));
    }

    [Test]
    public void The_sample_pack_for_jun20_leads_with_what_the_panel_would_read()
    {
        var run = CliRun.Of("validate", "--pack", RepoPaths.SamplePack, "--month", "2020-06");

        var warnings = run.Stdout.Split('\n').Where(l => l.StartsWith("warning: ")).ToList();
        Assert.That(warnings, Has.Count.LessThanOrEqualTo(10), run.Stdout);
        var firstFive = string.Join("\n", warnings.Take(5));
        Assert.That(firstFive, Does.Contain("appendix 2 (Early Help): none of its 5 indicators has a value for Jun-20"), run.Stdout);
        Assert.That(string.Join("\n", warnings.Take(3)), Does.Contain("3 indicators moved by 10% or more with no commentary for Jun-20: LAC2 +43% on the month and -23% on the year; LAC3 +50% on the month"), run.Stdout);
    }

    [Test]
    public void Outside_a_pack_folder_it_says_what_to_do()
    {
        var run = CliRun.Of("validate", "--pack", _folder.Path);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain("there is no kpipack.json").And.Contain("kpipack init"));
    }

    [Test]
    public void Indicators_missing_the_same_months_share_one_warning_so_the_others_show()
    {
        // The sample has no figures for Jul-19 to Sep-19: the Jun-20 windows of 54 printed indicators miss the same three
        // months (the population, which no appendix prints, is not among them).
        var run = CliRun.Of("validate", "--pack", RepoPaths.SamplePack, "--month", "2020-06");

        var windows = run.Stdout.Split('\n').Where(l => l.Contains("no figure for Jul-19, Aug-19, Sep-19")).ToList();
        Assert.That(windows, Has.Count.EqualTo(2), run.Stdout);
        Assert.That(windows[0], Does.Contain("workbook.xlsx: 54 indicators (M1, M2, M3, M2-NI and 50 more): the 12-month averages and maxima use 9 months"));
        Assert.That(windows[1], Does.Contain("CP2b %: the 12-month average and maximum use 5 months"));
        // The catalogue's targets stop at 2019-20, and Jun-20 is in 2020-21: one warning names the column to add.
        Assert.That(run.Stdout, Does.Contain("LAC2 +43% on the month").And.Contain("target_2020_21").And.Contain("0 errors, 5 warnings"));
    }

    [Test]
    public void All_months_tells_a_finding_many_months_share_once_with_its_months()
    {
        var pack = Pack("ref,indicator\nM1,Contacts\nM2,Referrals\n",
            "ref,month,value\nM1,2020-01,100\nM1,2020-02,101\nM1,2020-03,150\nM1,2020-04,151\n" +
            "M2,2020-01,50\nM2,2020-02,\nM2,2020-03,\nM2,2020-04,\n");

        var run = CliRun.Of("validate", "--pack", pack, "--all-months");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Warnings), run.Stdout);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("checking 4 months with values, Jan-20 to Apr-20"));
        Assert.That(lines.Count(l => l.Contains("M2 has no value")), Is.EqualTo(1), run.Stdout);
        Assert.That(lines[1], Does.EndWith("workbook.csv: M2 has no value (write tbc or - if it is not available) (in the reports for Feb-20 to Apr-20)"));
        Assert.That(run.Stdout, Does.Contain("M1 moved +49% on the month with no commentary for Mar-20 (in the Mar-20 report)"));
        Assert.That(lines[^1], Does.Match(@"^0 errors, \d+ warnings$"));
    }

    [Test]
    public void All_months_of_a_clean_pack_exits_0_and_refuses_a_month_beside_it()
    {
        var year = Enumerable.Range(1, 12).Select(m => $"M1,2019-{m:00},{100 + m}\n");
        var pack = Pack("ref,indicator\nM1,Contacts\n", "ref,month,value\n" + string.Concat(year));

        var run = CliRun.Of("validate", "--pack", pack, "--all-months");
        var both = CliRun.Of("validate", "--pack", pack, "--all-months", "--month", "2019-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout);
        Assert.That(run.Stdout, Does.Contain("checking 12 months with values, Jan-19 to Dec-19").And.Contain("no problems found"));
        Assert.That(both.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(both.Stderr, Does.Contain("--month and --all-months: give one or the other"));
    }

    [Test]
    public void All_months_of_the_sample_is_a_page_not_hundreds_of_lines()
    {
        var single = CliRun.Of("validate", "--pack", RepoPaths.SamplePack, "--month", "2019-06");
        var run = CliRun.Of("validate", "--pack", RepoPaths.SamplePack, "--all-months");

        var warnings = run.Stdout.Split('\n').Where(l => l.StartsWith("warning: ")).ToList();
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Warnings));
        // One line for every movement without commentary in every month, not one per indicator (and month: 785 lines before).
        Assert.That(warnings, Has.Count.LessThan(20), run.Stdout);
        Assert.That(warnings.Count(w => w.Contains("moved by 10% or more with no commentary")), Is.EqualTo(1), run.Stdout);
        Assert.That(warnings[0], Does.Contain("appendix 2 (Early Help): none of its 5 indicators has a value"));
        Assert.That(single.Stdout, Does.Not.Contain("(in the"), "one month's findings are said as they are");
    }
}
