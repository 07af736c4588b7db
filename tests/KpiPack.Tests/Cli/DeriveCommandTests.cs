using System.Text.Json;
using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

public class DeriveCommandTests
{
    private static CliRun DeriveSample(string month, params string[] extra) => CliRun.Of(
        ["derive", "--month", month, "--catalogue", RepoPaths.SampleCatalogue, "--workbook", RepoPaths.SampleWorkbook, .. extra]);

    [Test]
    public void Prints_one_csv_row_per_indicator_in_catalogue_order()
    {
        var run = DeriveSample("2019-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout.Split('\n')[0], Is.EqualTo(
            "ref,month,value,change_prev_month_pct,arrow_prev_month,change_prev_year_pct,arrow_prev_year,avg_12m,max_12m," +
            "months_in_window,polarity,judgement_prev_month,judgement_prev_year,target,rag," +
            "spc_points,spc_mean,spc_lower,spc_upper,spc_variation,spc_assurance,change_prev_month,direction"));
        var rows = CsvRows.Parse(run.Stdout);
        Assert.That(rows.Select(r => r["ref"]), Is.EqualTo(SamplePack.Catalogue.Indicators.Select(i => i.Ref)));
    }

    [Test]
    public void Prints_the_published_jun19_figures_for_contacts()
    {
        // Seed 003, Appendix 1, M1: 1,660 contacts; -5% →; +16% ↑; average 1,637; maximum 1,871.
        var m1 = CsvRows.Parse(DeriveSample("2019-06").Stdout).Single(r => r["ref"] == "M1");
        Assert.That(Fields(m1, "value", "change_prev_month_pct", "arrow_prev_month", "change_prev_year_pct", "arrow_prev_year", "avg_12m", "max_12m", "months_in_window"),
            Is.EqualTo(new[] { "1660", "-5", "similar", "16", "up", "1637", "1871", "12" }));
    }

    [Test]
    public void Adds_the_spc_chart_of_each_indicator()
    {
        var rows = CsvRows.Parse(DeriveSample("2019-06").Stdout);

        // M1 has 14 months up to Jun-19 in the sample: enough for limits.
        var m1 = rows.Single(r => r["ref"] == "M1");
        Assert.That(m1["spc_points"], Is.EqualTo("14"));
        Assert.That(decimal.Parse(m1["spc_lower"]), Is.LessThan(decimal.Parse(m1["spc_mean"])));
        Assert.That(decimal.Parse(m1["spc_upper"]), Is.GreaterThan(decimal.Parse(m1["spc_mean"])));
        Assert.That(m1["spc_variation"], Is.AnyOf("common", "neutral_high", "neutral_low"), "M1 has no polarity");
        // CP2b % has a figure in only eight of its fourteen months, and "-" for Jun-19: too few for limits, and no
        // reading of a month it has no figure for (issue 28).
        var cp2b = rows.Single(r => r["ref"] == "CP2b %");
        Assert.That((cp2b["value"], cp2b["spc_points"], cp2b["spc_mean"], cp2b["spc_variation"]), Is.EqualTo(("-", "8", "", "")));
        // LAC16 (higher is better) runs at 164..175 against a target of 200 for 2019-20: it consistently fails.
        Assert.That(rows.Single(r => r["ref"] == "LAC16")["spc_assurance"], Is.EqualTo("fail"));
        Assert.That(rows.Select(r => r["spc_variation"]), Is.All.AnyOf(
            "common", "improvement_high", "improvement_low", "concern_high", "concern_low", "neutral_high", "neutral_low", "insufficient",
            "")); // empty: no figure for the month, so no reading of it
        Assert.That(rows.Select(r => r["spc_assurance"]), Is.All.AnyOf("", "pass", "fail", "hit_and_miss"));
    }

    [Test]
    public void Exports_the_spc_mean_and_limits_of_a_count_unrounded_in_csv_and_json()
    {
        // M4 is a count (no decimals): its average prints as 5, but its chart's mean is 62/14 = 4.428571, not 4.
        var csv = CsvRows.Parse(DeriveSample("2019-06").Stdout).Single(r => r["ref"] == "M4");
        Assert.That(Fields(csv, "avg_12m", "spc_mean", "spc_lower", "spc_upper"),
            Is.EqualTo(new[] { "5", "4.428571", "-0.686813", "9.543956" }));

        using var json = JsonDocument.Parse(DeriveSample("2019-06", "--format", "json").Stdout);
        var m4 = json.RootElement.EnumerateArray().Single(e => e.GetProperty("ref").GetString() == "M4");
        Assert.That(new[] { "spc_mean", "spc_lower", "spc_upper" }.Select(n => m4.GetProperty(n).GetDecimal()),
            Is.EqualTo(new[] { 4.428571m, -0.686813m, 9.543956m }));
    }

    [Test]
    public void Gives_the_plain_change_and_the_direction_read_with_the_polarity_in_csv_and_json()
    {
        // M1 (no polarity) has a change and no direction; every indicator with a polarity has the direction its
        // change and polarity give (the rules themselves are tested with the seed's figures in MonthOnMonthTests).
        var rows = CsvRows.Parse(DeriveSample("2019-06").Stdout);
        var may = CsvRows.Parse(DeriveSample("2019-05").Stdout);
        var m1 = rows.Single(r => r["ref"] == "M1");
        var m1May = may.Single(r => r["ref"] == "M1");
        Assert.That(decimal.Parse(m1["change_prev_month"]), Is.EqualTo(decimal.Parse(m1["value"]) - decimal.Parse(m1May["value"])));
        Assert.That(m1["direction"], Is.Empty, "M1 has no polarity");
        foreach (var row in rows.Where(r => r["polarity"].Length > 0 && r["change_prev_month"].Length > 0))
        {
            var change = decimal.Parse(row["change_prev_month"]);
            var better = row["polarity"] == "up" ? change > 0 : change < 0;
            Assert.That(row["direction"], Is.EqualTo(change == 0 ? "same" : better ? "improved" : "worsened"), row["ref"]);
        }

        using var json = JsonDocument.Parse(DeriveSample("2019-06", "--format", "json").Stdout);
        var m1Json = json.RootElement.EnumerateArray().Single(e => e.GetProperty("ref").GetString() == "M1");
        Assert.That(m1Json.GetProperty("change_prev_month").GetDecimal(), Is.EqualTo(decimal.Parse(m1["change_prev_month"])));
        Assert.That(m1Json.GetProperty("direction").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Prints_na_as_an_empty_field_and_keeps_markers()
    {
        // LAC16 Jun-19: May-19 was "tbc", so the change from the previous month is n/a; the average covers 10 months.
        var lac16 = CsvRows.Parse(DeriveSample("2019-06").Stdout).Single(r => r["ref"] == "LAC16");
        Assert.That(Fields(lac16, "change_prev_month_pct", "arrow_prev_month", "avg_12m", "months_in_window"),
            Is.EqualTo(new[] { "", "", "170", "10" }));
        var cp2bPercent = CsvRows.Parse(DeriveSample("2019-06").Stdout).Single(r => r["ref"] == "CP2b %");
        Assert.That(cp2bPercent["value"], Is.EqualTo("-"));
    }

    [Test]
    public void Writes_json_with_numbers_as_numbers_and_na_as_null()
    {
        var run = DeriveSample("2019-06", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var lac16 = json.RootElement.EnumerateArray().Single(e => e.GetProperty("ref").GetString() == "LAC16");
        Assert.That(lac16.GetProperty("avg_12m").GetDecimal(), Is.EqualTo(170m));
        Assert.That(lac16.GetProperty("change_prev_month_pct").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(lac16.GetProperty("month").GetString(), Is.EqualTo("2019-06"));
    }

    [Test]
    public void Points_gives_every_indicators_chart_one_row_a_point_agreeing_with_the_table()
    {
        var run = DeriveSample("2020-06", "--points");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout.Split('\n')[0], Is.EqualTo("ref,month,value,period,rebased_from,rebase_reason,mean,lower,upper,signal,direction,rules"));
        var points = CsvRows.Parse(run.Stdout);
        var table = CsvRows.Parse(DeriveSample("2020-06").Stdout);
        foreach (var row in table)
        {
            var mine = points.Where(p => p["ref"] == row["ref"]).ToList();
            Assert.That(mine, Has.Count.EqualTo(int.Parse(row["spc_points"])), row["ref"]);
            if (mine.Count == 0) continue;
            var latest = mine[^1];
            Assert.That((latest["mean"], latest["lower"], latest["upper"]), Is.EqualTo((row["spc_mean"], row["spc_lower"], row["spc_upper"])), row["ref"]);
            // No figure for the month, no reading of it (issue 28): the latest point is an earlier month's, with its own signal.
            if (row["spc_variation"] == "") continue;
            // The latest point's signal is the table's variation, said once.
            var expected = row["spc_variation"] switch
            {
                "insufficient" => "",
                "common" => "none",
                var v when v.StartsWith("neutral") => "unusual",
                var v => v[..v.IndexOf('_')],
            };
            Assert.That(latest["signal"], Is.EqualTo(expected), row["ref"]);
            Assert.That(latest["rules"] == "", Is.EqualTo(latest["signal"] is "none" or ""), row["ref"]);
        }
        Assert.That(points.Select(p => p["rules"]).Where(r => r != "").SelectMany(r => r.Split(';')),
            Is.All.Match("^(outside_limits|trend|two_of_three|shift)_(high|low)$"));
    }

    [Test]
    public void Json_gives_each_indicators_chart_points_with_signal_and_rules()
    {
        var run = DeriveSample("2020-06", "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);
        var flagged = json.RootElement.EnumerateArray()
            .SelectMany(r => r.GetProperty("spc_chart").EnumerateArray())
            .Where(p => p.GetProperty("signal").ValueKind == JsonValueKind.String && p.GetProperty("signal").GetString() != "none").ToList();
        Assert.That(flagged, Is.Not.Empty, "the sample's Jun-20 has special causes");
        foreach (var point in flagged)
        {
            Assert.That(point.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(point.GetProperty("mean").ValueKind, Is.EqualTo(JsonValueKind.Number));
            Assert.That(point.GetProperty("rules").GetString(), Does.Match("_(high|low)"));
            Assert.That(point.GetProperty("month").GetString(), Does.Match(@"^\d{4}-\d{2}$"));
        }
        Assert.That(DeriveSample("2020-06", "--points", "--format", "json").ExitCode, Is.EqualTo(ExitCodes.Usage));
    }

    [TestCase("count", ExitCodes.DataError)]
    [TestCase("rate", ExitCodes.DataError)]
    [TestCase("change", ExitCodes.Ok)]
    public void A_negative_figure_is_refused_by_derive_as_by_build_unless_the_unit_is_a_change(string unit, int exitCode)
    {
        using var folder = new TempFolder();
        var catalogue = folder.Write("catalogue.csv", $"ref,indicator,unit\nN1,Net starters,{unit}\n");
        var workbook = folder.Write("workbook.csv", "ref,month,value\nN1,2020-05,4\nN1,2020-06,-3\n");
        foreach (var command in new[] { "derive", "validate" })
        {
            var run = CliRun.Of(command, "--month", "2020-06", "--catalogue", catalogue, "--workbook", workbook);
            // validate also warns (exit code 4) of the missing commentary: only its errors matter here.
            Assert.That(run.ExitCode == ExitCodes.DataError, Is.EqualTo(exitCode == ExitCodes.DataError), $"{command}: {run.Stdout}{run.Stderr}");
            Assert.That(run.Stdout + run.Stderr, exitCode == ExitCodes.Ok ? Does.Not.Contain("negative") : Does.Contain($"N1 is a {unit} but Jun-20 is negative (-3)"), command);
        }
        if (exitCode == ExitCodes.Ok)
        {
            // From 4 to -3 is printed as a change of -7, and its percentage (from a base above zero) as -175%.
            var row = CsvRows.Parse(CliRun.Of("derive", "--month", "2020-06", "--catalogue", catalogue, "--workbook", workbook).Stdout).Single();
            Assert.That((row["value"], row["change_prev_month"], row["change_prev_month_pct"]), Is.EqualTo(("-3", "-7", "-175")));
        }
    }

    [Test]
    public void A_relative_change_from_below_zero_is_na()
    {
        using var folder = new TempFolder();
        var catalogue = folder.Write("catalogue.csv", "ref,indicator,unit\nN1,Net starters,change\n");
        var workbook = folder.Write("workbook.csv", "ref,month,value\nN1,2020-05,-5\nN1,2020-06,5\n");
        var row = CsvRows.Parse(CliRun.Of("derive", "--month", "2020-06", "--catalogue", catalogue, "--workbook", workbook).Stdout).Single();
        Assert.That((row["change_prev_month"], row["change_prev_month_pct"]), Is.EqualTo(("10", "")), "not \"down 200%\"");
    }

    [Test]
    public void Bad_data_gets_one_line_naming_the_cell_and_exit_code_2()
    {
        using var folder = new TempFolder();
        var catalogue = folder.Write("catalogue.csv", "ref,indicator,polarity\nM1,Contacts,up\nM2,Referrals,sideways\n");

        var run = CliRun.Of("derive", "--month", "2020-06", "--catalogue", catalogue, "--workbook", RepoPaths.SampleWorkbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.StartWith($"kpipack: {catalogue}, row 3, column 'polarity': polarity 'sideways'"));
    }

    [Test]
    public void Every_error_is_listed_up_to_twenty_then_counted()
    {
        using var folder = new TempFolder();
        var rows = Enumerable.Range(1, 25).Select(i => $"M{i},Indicator {i},sideways");
        var catalogue = folder.Write("catalogue.csv", "ref,indicator,polarity\n" + string.Join("\n", rows) + "\n");

        var run = CliRun.Of("derive", "--month", "2020-06", "--catalogue", catalogue, "--workbook", RepoPaths.SampleWorkbook);

        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(lines, Has.Length.EqualTo(21));
        Assert.That(lines[19], Does.Contain("row 21, column 'polarity'"));
        Assert.That(lines[20], Is.EqualTo("kpipack: and 5 more"));
    }

    [Test]
    public void A_workbook_ref_missing_from_the_catalogue_is_a_data_error()
    {
        using var folder = new TempFolder();
        var catalogue = folder.Write("catalogue.csv", "ref,indicator\nM1,Contacts\n");

        var run = CliRun.Of("derive", "--month", "2019-06", "--catalogue", catalogue, "--workbook", RepoPaths.SampleWorkbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Match(@"^kpipack: .*workbook\.xlsx, sheet 'Values', row 3, column A \('Ref'\): ref 'M2' is not in the catalogue"));
    }

    [TestCase("2020-13")]
    [TestCase("June")]
    public void A_month_that_is_not_a_month_is_a_usage_error(string month)
    {
        var run = DeriveSample(month);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain($"--month '{month}' is not a month"));
    }

    [Test]
    public void A_missing_option_is_a_usage_error()
    {
        var run = CliRun.Of("derive", "--month", "2020-06");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain("--catalogue"));
    }

    private static string[] Fields(IReadOnlyDictionary<string, string> row, params string[] names) =>
        names.Select(n => row[n]).ToArray();

    [Test]
    public void A_month_the_workbook_does_not_have_is_refused_not_printed_as_blanks()
    {
        var run = CliRun.Of("derive", "--pack", RepoPaths.SamplePack, "--month", "2018-01");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("the workbook has no values for Jan-18 (its months run"));
        Assert.That(run.Stdout, Is.Empty);
    }
}
