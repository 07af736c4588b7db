using KpiPack.Cli;
using KpiPack.Tests.Cli;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 1: files are compared as files (device and inode, links followed), never as path text. An output
/// that really lands outside its folder is refused, an input reached through an alias is still an input, and a link
/// to nothing is bad input (exit 2), not a crash.
/// </summary>
[Platform(Exclude = "Win")]
public class LinkAndAliasTests
{
    private SmallPack _pack = null!;

    [SetUp] public void MakePack() => _pack = new SmallPack();
    [TearDown] public void RemovePack() => _pack.Dispose();

    private string Outside(string name) => Directory.CreateDirectory(_pack.Folder.PathOf(name)).FullName;

    [TestCase("reports/appendix-{appendix}-{month}.pdf")]
    [TestCase("reports/../reports/appendix-{appendix}-{month}.pdf")]
    public void A_pack_output_through_a_linked_folder_that_leads_out_is_refused(string output)
    {
        var elsewhere = Outside("elsewhere");
        File.CreateSymbolicLink(_pack.Of("reports"), elsewhere);
        _pack.Write("kpipack.json", $$"""{ "workbook": "workbook.csv", "output": "{{output}}" }""");

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("would be written outside the pack folder"));
        Assert.That(Directory.GetFiles(elsewhere), Is.Empty);
    }

    [Test]
    public void A_pack_output_that_is_itself_a_link_out_of_the_pack_is_refused()
    {
        var elsewhere = Outside("elsewhere");
        File.WriteAllText(Path.Combine(elsewhere, "kept.html"), "someone else's");
        File.CreateSymbolicLink(_pack.Of("appendix-1-2020-06.html"), Path.Combine(elsewhere, "kept.html"));

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("would be written outside the pack folder"));
        Assert.That(File.ReadAllText(Path.Combine(elsewhere, "kept.html")), Is.EqualTo("someone else's"));
        Assert.That(File.Exists(_pack.Pdf), Is.False, "nothing written");
    }

    [Test]
    public void An_out_dir_output_through_a_link_out_of_that_folder_is_refused()
    {
        var outDir = Outside("out");
        var elsewhere = Outside("elsewhere");
        Directory.CreateSymbolicLink(Path.Combine(outDir, "reports"), elsewhere);
        _pack.Write("kpipack.json", """{ "workbook": "workbook.csv", "output": "reports/appendix-{appendix}-{month}.pdf" }""");
        Directory.CreateDirectory(_pack.Of("reports"));

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06", "--out-dir", outDir);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("would be written outside").And.Contain("a link"));
        Assert.That(Directory.GetFiles(elsewhere), Is.Empty);
    }

    [Test]
    public void Out_naming_an_input_through_a_linked_alias_of_the_pack_is_refused_and_the_input_kept()
    {
        // The catalogue is x.csv; --csv would write the derived table as x.csv beside --out x.pdf.
        File.Move(_pack.Of("catalogue.csv"), _pack.Of("x.csv"));
        _pack.Write("kpipack.json", """{ "workbook": "workbook.csv", "catalogue": "x.csv" }""");
        var alias = _pack.Folder.PathOf("alias");
        Directory.CreateSymbolicLink(alias, _pack.Path);
        var before = File.ReadAllBytes(_pack.Of("x.csv"));

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06", "--csv", "--out", Path.Combine(alias, "x.pdf"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("this output is the pack's catalogue"));
        Assert.That(File.ReadAllBytes(_pack.Of("x.csv")), Is.EqualTo(before));
    }

    [Test]
    public void Out_naming_a_hard_link_to_an_input_is_refused()
    {
        var folder = Outside("out");
        HardLink(_pack.Of("workbook.csv"), Path.Combine(folder, "x.csv"));

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06", "--csv", "--out", Path.Combine(folder, "x.pdf"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("this output is the pack's workbook"));
    }

    [TestCase("catalogue.csv", "catalogue")]
    [TestCase("workbook.csv", "workbook")]
    [TestCase("kpipack.json", "pack file")]
    public void A_link_to_nothing_as_an_input_is_exit_2_naming_the_link(string name, string what)
    {
        File.Delete(_pack.Of(name));
        File.CreateSymbolicLink(_pack.Of(name), _pack.Folder.PathOf("moved-away.csv"));

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), $"{what}: {run.Stderr}");
        Assert.That(run.Stderr, Does.Contain(name).And.Contain("is a link to").And.Contain("moved-away.csv").And.Contain("does not exist"));
        Assert.That(run.Stderr, Does.Not.Contain("unexpected"));
    }

    [Test]
    public void Links_in_a_loop_as_the_catalogue_are_exit_2()
    {
        File.Delete(_pack.Of("catalogue.csv"));
        File.CreateSymbolicLink(_pack.Of("catalogue.csv"), _pack.Of("loop.csv"));
        File.CreateSymbolicLink(_pack.Of("loop.csv"), _pack.Of("catalogue.csv"));

        var run = CliRun.Of("validate", "--pack", _pack.Path);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
        Assert.That(run.Stdout + run.Stderr, Does.Contain("catalogue.csv").And.Contain("loop"));
    }

    [Test]
    public void A_pack_reached_through_a_link_builds_inside_it()
    {
        var alias = _pack.Folder.PathOf("alias");
        Directory.CreateSymbolicLink(alias, _pack.Path);

        var run = CliRun.Of("build", "--pack", alias, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(File.Exists(_pack.Pdf), Is.True);
    }

    private static void HardLink(string existing, string link)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        Assume.That(ln.ExitCode, Is.Zero, "ln could not make a hard link here");
    }
}
