using System.Text.RegularExpressions;
using KpiPack.Cli;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Cli;

/// <summary>Rebasing, baselines and screening set in the pack file, through build (both editions), derive and validate.</summary>
public class SpcPackTests
{
    private TempFolder _folder = null!;
    private string _pack = null!;

    [OneTimeSetUp]
    public void CopySample()
    {
        _folder = new TempFolder();
        _pack = _folder.CopyOf(RepoPaths.SamplePack);
    }

    [OneTimeTearDown] public void RemoveFolder() => _folder.Dispose();

    private void WithSpc(string spc)
    {
        var file = Path.Combine(_pack, "kpipack.json");
        var text = File.ReadAllText(file);
        text = Regex.Replace(text, "\\n  \"spc\": .*\\n", "\n");
        File.WriteAllText(file, text.Replace("\"months\": 13,", $"\"months\": 13,\n  \"spc\": {spc},"));
    }

    private const string Rebased = """{ "minPoints": 9, "indicators": [ { "ref": "LAC1", "rebase": [ { "month": "2019-10", "reason": "a new edge-of-care service" } ] } ] }""";

    [Test]
    public void A_rebase_is_drawn_and_said_in_both_editions_and_given_by_derive()
    {
        WithSpc(Rebased);
        var build = CliRun.Of("build", "--pack", _pack, "--month", "2020-06", "--appendix", "1");
        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.Warnings), build.Stderr);

        var html = File.ReadAllText(Path.Combine(_pack, "appendix-1-2020-06.html"));
        Assert.That(html, Does.Contain("limits recalculated from Oct-19: a new edge-of-care service"));
        Assert.That(html, Does.Contain(">rebased Oct-19"), "the step's label on the chart");
        using (var pdf = PdfDocument.Open(Path.Combine(_pack, "appendix-1-2020-06.pdf")))
        {
            var text = Regex.Replace(string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), @"\s+", " ");
            Assert.That(text, Does.Contain("limits recalculated from Oct-19: a new edge-of-care"));
        }

        var points = CsvRows.Parse(CliRun.Of("derive", "--pack", _pack, "--month", "2020-06", "--points").Stdout).Where(r => r["ref"] == "LAC1").ToList();
        Assert.That(points.Select(p => p["period"]).Distinct(), Is.EqualTo(new[] { "1", "2" }));
        var second = points.Where(p => p["period"] == "2").ToList();
        Assert.That(second[0]["month"], Is.EqualTo("2019-10"), "the sample has no figure for Jul-19 to Sep-19");
        Assert.That(second.Select(p => p["rebase_reason"]), Is.All.EqualTo("a new edge-of-care service"));
        Assert.That(second.Select(p => p["mean"]).Distinct().Count(), Is.EqualTo(1));
        Assert.That(second[0]["mean"], Is.Not.EqualTo(points[0]["mean"]), "each period its own mean");
    }

    [Test]
    public void A_baseline_and_screening_change_the_limits_derive_gives()
    {
        string Upper(string spc)
        {
            WithSpc(spc);
            var run = CliRun.Of("derive", "--pack", _pack, "--month", "2020-06");
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
            return CsvRows.Parse(run.Stdout).Single(r => r["ref"] == "LAC1")["spc_upper"];
        }
        var plain = Upper("{}");
        Assert.That(Upper("""{ "baselinePoints": 12 }"""), Is.Not.EqualTo(plain));
        Assert.That(Upper("""{ "indicators": [ { "ref": "LAC1", "baselineFrom": "2018-05", "baselineTo": "2019-04" } ] }"""), Is.Not.EqualTo(plain));
        Assert.That(decimal.Parse(Upper("""{ "screenMovingRanges": true }""")), Is.LessThanOrEqualTo(decimal.Parse(plain)));
    }

    [Test]
    public void A_rebase_for_a_ref_the_catalogue_lacks_is_refused()
    {
        WithSpc("""{ "indicators": [ { "ref": "LAC99", "rebase": [ { "month": "2019-10", "reason": "x" } ] } ] }""");
        var run = CliRun.Of("validate", "--pack", _pack, "--month", "2020-06");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout + run.Stderr, Does.Contain("spc: indicators gives a rebase or baseline for ref 'LAC99', which is not in the catalogue"));
    }
}
