using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>
/// <c>kpipack build --check</c>, as CI runs it: build in memory, compare with the files on disk, write nothing.
/// Given a copy of the sample pack built for Jun-19 (two appendices: two PDFs and two HTML editions).
/// </summary>
public class BuildCheckTests : SamplePackCopy
{
    [SetUp]
    public void BuildSample()
    {
        Assert.That(CliRun.Of("build", "--pack", Pack, "--month", "2019-06").ExitCode, Is.EqualTo(ExitCodes.Ok));
    }

    private string PathOf(string file) => Path.Combine(Pack, file);

    /// <summary>Every file of the pack folder with its bytes, to show that --check changed nothing.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(Pack).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    private CliRun Check() => CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--check");

    [Test]
    public void Passes_when_every_output_is_what_a_build_writes()
    {
        var before = Snapshot();
        var run = Check();
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout + run.Stderr);
        Assert.That(run.Stdout, Does.Contain("all 4 outputs are current"));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Names_an_output_that_differs_and_a_missing_one_and_leaves_both_as_they_were()
    {
        File.AppendAllText(PathOf("appendix-2-2019-06.html"), " ");
        File.Delete(PathOf("appendix-1-2019-06.pdf"));
        var before = Snapshot();

        var run = Check();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Stale));
        Assert.That(run.Stdout, Does.Contain("appendix-2-2019-06.html: differs from a fresh build (appendix 2, Jun-19)"));
        Assert.That(run.Stdout, Does.Contain("appendix-1-2019-06.pdf: missing (appendix 1, Jun-19)"));
        Assert.That(run.Stdout, Does.Contain("2 of 4 outputs not current"));
        Assert.That(run.Stdout, Does.Not.Contain("appendix-1-2019-06.html").And.Not.Contain("appendix-2-2019-06.pdf"));
        Assert.That(Snapshot(), Is.EqualTo(before), "--check writes nothing");
    }

    [Test]
    public void Fails_when_the_data_changed_but_the_appendix_was_not_rebuilt()
    {
        // Someone corrects a benchmark caption in the pack file and forgets to rebuild.
        var packFile = PathOf("kpipack.json");
        File.WriteAllText(packFile, File.ReadAllText(packFile).Replace("Updated Mar-19", "Updated Apr-19"));

        var run = Check();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Stale));
        Assert.That(run.Stdout, Does.Contain("appendix-1-2019-06.pdf: differs").And.Contain("appendix-1-2019-06.html: differs"));
    }

    [Test]
    public void Reports_a_missing_outputFolder_as_missing_files_not_as_an_error()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--appendix", "1", "--out", PathOf("nowhere/appendix.pdf"), "--check");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Stale), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("appendix.pdf: missing"));
        Assert.That(Directory.Exists(PathOf("nowhere")), Is.False);
    }
}
