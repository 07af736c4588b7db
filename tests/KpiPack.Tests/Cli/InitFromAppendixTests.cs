using System.Globalization;
using KpiPack.Cli;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Cli;

/// <summary>
/// <c>kpipack init --from</c> on the three published appendices laid out as the seeds print them: every column's
/// meaning is kept, the council's own derived figures are checked, and the pack builds.
/// </summary>
public class InitFromAppendixTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private (string Pack, CliRun Run, CouncilAppendix.Published Data) Import(string prefix)
    {
        var data = new CouncilAppendix.Published(prefix);
        var appendix = CouncilAppendix.Write(_folder.PathOf($"appendix-{prefix}.xlsx"), data);
        var pack = _folder.PathOf("pack");
        return (pack, CliRun.Of("init", pack, "--from", appendix), data);
    }

    [TestCase("2019-06")]
    [TestCase("2020-04")]
    [TestCase("2020-06")]
    public void Keeps_every_outcome_benchmark_polarity_percentage_flag_target_and_value(string prefix)
    {
        var (pack, run, data) = Import(prefix);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout + run.Stderr);

        var catalogue = CatalogueReader.Read(Path.Combine(pack, "catalogue.csv")).Indicators.ToDictionary(i => i.Ref);
        Assert.That(catalogue.Keys, Is.EqualTo(data.Catalogue.Select(c => c["ref"])));
        foreach (var expected in data.Catalogue)
        {
            var indicator = catalogue[expected["ref"]];
            Assert.That((indicator.Name, indicator.Outcome, indicator.Owner, indicator.Reporter, indicator.Section),
                Is.EqualTo((expected["indicator"], expected["outcome"], expected["owner"], expected["reporter"], expected["section"])), indicator.Ref);
            Assert.That(indicator.Unit, Is.EqualTo(data.IsPercentage(expected) ? Unit.Percent : Unit.Count), indicator.Ref);
            var dot = data.DerivedOf(indicator.Ref)["qualitative_dot"];
            Assert.That(indicator.Polarity, Is.EqualTo(dot == "Positive" ? Polarity.Up : dot == "Negative" ? Polarity.Down : Polarity.None), indicator.Ref);
            AssertFigure(indicator.StatisticalNeighbours, expected["sn"], indicator.Ref);
            AssertFigure(indicator.England, expected["england"], indicator.Ref);
            AssertFigure(indicator.SouthEastRegion, expected["se_region"], indicator.Ref);
            foreach (var target in data.TargetColumns)
                AssertFigure(indicator.Targets.GetValueOrDefault(new FinancialYear(int.Parse(target[7..11]))), expected[target], $"{indicator.Ref} {target}");
        }

        var values = WorkbookReader.Read(Path.Combine(pack, "workbook.xlsx"), new Catalogue("catalogue.csv", [.. catalogue.Values]));
        foreach (var expected in data.Values)
        {
            var value = values.ValueOf(expected["ref"], Month.Parse(expected["month"]));
            var text = expected["value"];
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                Assert.That(value.Number, Is.EqualTo(number), $"{expected["ref"]} {expected["month"]}");
            else
                Assert.That(value.IsNumber, Is.False, $"{expected["ref"]} {expected["month"]} '{text}' is no number");
        }
        foreach (var derived in data.Derived.Where(d => d["commentary"].Length > 0))
            Assert.That(values.CommentaryOf(derived["ref"], data.ReportMonth), Is.EqualTo(derived["commentary"].Trim()), derived["ref"]);
    }

    private static void AssertFigure(Figure? figure, string expected, string what)
    {
        if (expected.Length == 0) Assert.That(figure, Is.Null, what);
        else if (decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) Assert.That(figure?.Number, Is.EqualTo(number), what);
        else Assert.That(figure?.Text, Is.EqualTo(expected), what);
    }

    /// <summary>
    /// The second opinion finds every published figure the council's rules do not reproduce (published-anomalies.csv)
    /// among those the sheet prints the months for; any other it finds is a % change of percentages printed to one
    /// decimal, which the council worked out from unrounded figures, and it says so.
    /// </summary>
    [TestCase("2019-06", 14)]
    [TestCase("2020-04", 10)]
    [TestCase("2020-06", 7)]
    public void Finds_the_councils_own_slips_and_says_which_rounding_explains(string prefix, int slips)
    {
        var (pack, run, _) = Import(prefix);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout + run.Stderr);

        var found = CsvRows.Read(Path.Combine(pack, "second-opinion.csv"));
        var anomalies = CsvRows.Read(RepoPaths.Golden("published-anomalies.csv"))
            .Where(a => a["file"] == prefix && (a["field"] == "pct_change_prev_month" || prefix == "2019-06"))
            .Select(a => (a["ref"], a["field"], a["published"])).ToList();
        Assert.That(anomalies, Is.SubsetOf(found.Select(f => (f["ref"], f["column"], f["printed"].TrimStart('↑', '→', '↓', ' ').TrimEnd('%')))), run.Stdout);
        Assert.That(found.Where(f => !anomalies.Any(a => a.Item1 == f["ref"] && a.Item2 == f["column"])).Select(f => f["note"]),
            Is.All.StartsWith("within rounding"), File.ReadAllText(Path.Combine(pack, "second-opinion.csv")));
        Assert.That(found, Has.Count.EqualTo(slips));
        Assert.That(run.Stdout, Does.Contain($"second opinion: {slips} of "));
        Assert.That(run.Stdout, Does.Contain($"({slips} of them within what rounding of the printed values allows)"));
    }

    [Test]
    public void Says_what_it_recognised_and_what_it_left_out_and_writes_the_pack_file_from_the_stamp()
    {
        var (pack, run, _) = Import("2019-06");

        Assert.That(run.Stdout, Does.Contain("read 60 indicators in 2 sections (Children and Families, Early Help), 14 months to Jun-19, agenda item 7, appendix 1, " +
            "benchmarks \"Updated Mar-19, using 17-18 data\""));
        Assert.That(run.Stdout, Does.Contain("'DoT': polarity"));
        Assert.That(run.Stdout, Does.Contain("'Percentage?': percentage"));
        Assert.That(run.Stdout, Does.Contain("repeated part-way down, skipped"));
        var json = File.ReadAllText(Path.Combine(pack, "kpipack.json"));
        Assert.That(json, Does.Contain("\"agendaItem\": \"7\"").And.Contain("\"appendix\": \"2\"").And.Contain("\"title\": \"Early Help\"")
            .And.Contain("\"benchmarkCaption\": \"Updated Mar-19, using 17-18 data\"").And.Contain("\"months\": 14"));
    }

    [Test]
    public void Builds_a_pdf_that_prints_the_outcomes_and_the_commentary()
    {
        var (pack, run, data) = Import("2020-06");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout);

        var build = CliRun.Of("build", "--pack", pack, "--month", "2020-06");

        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Ok), build.Stdout + build.Stderr);
        var pdf = Directory.GetFiles(pack, "*.pdf").Order().First();
        using var document = PdfDocument.Open(pdf);
        var text = Squashed(string.Concat(document.GetPages().Select(p => p.Text)));
        var m1 = data.Catalogue.Single(c => c["ref"] == "M1");
        Assert.That(text, Does.Contain(Squashed(m1["outcome"])[..60]));
        Assert.That(text, Does.Contain(Squashed(data.DerivedOf("M1")["commentary"])[..60]));
    }

    [Test]
    public void Refuses_a_folder_that_already_holds_a_pack_and_changes_nothing()
    {
        var pack = _folder.PathOf("pack");
        CliRun.Of("init", pack, "--template", "blank");
        var before = File.ReadAllBytes(Path.Combine(pack, "catalogue.csv"));
        var appendix = CouncilAppendix.Write(_folder.PathOf("appendix.xlsx"), new CouncilAppendix.Published("2020-06"));

        var run = CliRun.Of("init", pack, "--from", appendix);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain("already has catalogue.csv, workbook.xlsx, kpipack.json"));
        Assert.That(File.ReadAllBytes(Path.Combine(pack, "catalogue.csv")), Is.EqualTo(before));
    }

    [Test]
    public void Names_the_sheets_when_the_one_asked_for_is_not_there()
    {
        var appendix = CouncilAppendix.Write(_folder.PathOf("appendix.xlsx"), new CouncilAppendix.Published("2020-06"));
        var run = CliRun.Of("init", _folder.PathOf("pack"), "--from", appendix, "--sheet", "Values");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Contain("no sheet named 'Values' (the sheets are: 'Jun-20')"));
        Assert.That(Directory.Exists(_folder.PathOf("pack")), Is.False);
    }

    /// <summary>
    /// The same appendix saved as a legacy .xls (Fixtures/appendix-2020-06.xls, made by Fixtures/xlsx-to-xls.js) makes
    /// the same pack: percentages kept as Excel percentages read as such, the same catalogue, values and second opinion.
    /// </summary>
    [Test]
    public void Reads_the_appendix_saved_as_xls_as_it_reads_the_xlsx()
    {
        var (fromXlsx, run, _) = Import("2020-06");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout);
        var fromXls = _folder.PathOf("from-xls");

        var xls = CliRun.Of("init", fromXls, "--from", Path.Combine(RepoPaths.Root, "tests", "KpiPack.Tests", "Fixtures", "appendix-2020-06.xls"));

        Assert.That(xls.ExitCode, Is.EqualTo(ExitCodes.Ok), xls.Stdout + xls.Stderr);
        foreach (var file in new[] { "catalogue.csv", "kpipack.json", "second-opinion.csv" })
            Assert.That(File.ReadAllText(Path.Combine(fromXls, file)), Is.EqualTo(File.ReadAllText(Path.Combine(fromXlsx, file))), file);
        var catalogue = CatalogueReader.Read(Path.Combine(fromXls, "catalogue.csv"));
        var a = WorkbookReader.Read(Path.Combine(fromXlsx, "workbook.xlsx"), catalogue);
        var b = WorkbookReader.Read(Path.Combine(fromXls, "workbook.xlsx"), catalogue);
        foreach (var indicator in catalogue.Indicators)
        {
            foreach (var month in a.Months) Assert.That(b.ValueOf(indicator.Ref, month), Is.EqualTo(a.ValueOf(indicator.Ref, month)), $"{indicator.Ref} {month}");
            var commentary = a.CommentaryOf(indicator.Ref, new Month(2020, 6)) ?? "";
            Assert.That(b.CommentaryOf(indicator.Ref, new Month(2020, 6)) ?? "", Is.EqualTo(commentary.Length > 255 ? commentary[..255].TrimEnd() : commentary), indicator.Ref);
        }
        Assert.That(catalogue.Indicators.Count(i => i.Unit == Unit.Percent), Is.GreaterThan(10), "the Percentage? flag read from the .xls");
    }

    private static string Squashed(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
