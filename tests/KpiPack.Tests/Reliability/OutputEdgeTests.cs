using System.Text;
using KpiPack.Cli;
using KpiPack.Core.Input;
using KpiPack.Tests.Support;
using KpiPack.Tests.Cli;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 8: every output is checked before any is replaced, a name just under the file system's limit is
/// written (its temporary name is kept short), and a standard output that cannot be written is said as such.
/// </summary>
[Platform(Exclude = "Win")]
public class OutputEdgeTests
{
    private SmallPack _pack = null!;

    [SetUp] public void MakePack() => _pack = new SmallPack();
    [TearDown] public void RemovePack() => _pack.Dispose();

    [TestCase(250)]
    [TestCase(254)]
    public void An_out_name_a_few_bytes_under_the_limit_is_written(int bytes)
    {
        // .html is a byte longer than .pdf: the PDF's name leaves room for its HTML edition's.
        var name = new string('a', bytes - 5) + ".pdf";
        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06", "--out", _pack.Of(name));

        if (bytes - 4 + 5 > 255)
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
            Assert.That(run.Stderr, Does.Contain("longer than a file name can be"));
        }
        else
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
            Assert.That(File.Exists(_pack.Of(name)), Is.True);
        }
        Assert.That(Directory.GetFiles(_pack.Path, ".*"), Is.Empty);
    }

    [Test]
    public void A_folder_where_a_later_appendixs_html_goes_stops_the_build_before_any_file_is_replaced()
    {
        var pack = _pack.Folder.CopyOf(RepoPaths.SamplePack, "sample");
        Assert.That(CliRun.Of("build", "--pack", pack, "--month", "2020-06").ExitCode, Is.EqualTo(ExitCodes.Ok));
        var first = FileStatus.Of(Path.Combine(pack, "appendix-1-2020-06.pdf"))!;
        File.Delete(Path.Combine(pack, "appendix-2-2020-06.html"));
        Directory.CreateDirectory(Path.Combine(pack, "appendix-2-2020-06.html"));

        var run = CliRun.Of("build", "--pack", pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stdout);
        Assert.That(run.Stderr, Does.Contain("appendix-2-2020-06.html: this output is a folder"));
        Assert.That(FileStatus.Of(Path.Combine(pack, "appendix-1-2020-06.pdf"))!.IsSameFileAs(first), Is.True, "appendix 1 was not replaced");
    }

    [Test]
    public void A_full_standard_output_is_said_as_a_failed_write()
    {
        var run = Run(new FailingWriter("No space left on device"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Unexpected));
        Assert.That(run.Stderr, Does.Contain("kpipack: could not write to standard output: No space left on device"));
        Assert.That(run.Stderr, Does.Not.Contain("unexpected failure"));
    }

    [Test]
    public void A_standard_output_sent_to_dev_full_is_said_as_a_failed_write()
    {
        Assume.That(File.Exists("/dev/full"), "/dev/full is there");
        var start = ChildBuild.Start(_pack.Path, ["validate", "--month", "2020-06"]);
        start.FileName = "sh";
        start.ArgumentList.Clear();
        foreach (var arg in new[] { "-c", "dotnet \"$0\" validate --month 2020-06 > /dev/full", ChildBuild.Kpipack }) start.ArgumentList.Add(arg);

        var (code, stderr) = ChildBuild.Run(start);

        Assert.That(code, Is.EqualTo(ExitCodes.Unexpected), stderr);
        Assert.That(stderr, Does.Contain("kpipack: could not write to standard output"));
        Assert.That(stderr, Does.Not.Contain("unexpected failure"));
    }

    private CliRun Run(TextWriter stdout)
    {
        var stderr = new StringWriter();
        var code = KpiPackCli.Run(["validate", "--pack", _pack.Path, "--month", "2020-06"], stdout, stderr, new FixedClock(CliRun.Today));
        return new CliRun(code, "", stderr.ToString());
    }

    private sealed class FailingWriter(string message) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => throw new IOException(message);
    }
}
