using System.Diagnostics;
using KpiPack.Cli;
using KpiPack.Tests.Cli;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 5: 'build --check' opens only ordinary files, and reads one only when its length is right: a pipe
/// at an output path does not hang it, a huge sparse file is not read, and neither is a crash (exit 3).
/// </summary>
[Platform(Exclude = "Win")]
public class BuildCheckOddFilesTests
{
    private SmallPack _pack = null!;

    [SetUp]
    public void BuildOnce()
    {
        _pack = new SmallPack();
        Assert.That(CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06").ExitCode, Is.EqualTo(ExitCodes.Ok));
    }

    [TearDown] public void RemovePack() => _pack.Dispose();

    private CliRun Check()
    {
        var check = Task.Run(() => CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06", "--check"));
        Assert.That(check.Wait(TimeSpan.FromMinutes(2)), Is.True, "build --check returned");
        return check.Result;
    }

    [Test]
    public void The_outputs_of_a_build_are_current()
    {
        var run = Check();
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stdout);
        Assert.That(run.Stdout, Does.Contain("all 2 outputs are current"));
    }

    [Test]
    public void A_pipe_at_an_output_path_is_said_without_waiting_for_a_writer()
    {
        File.Delete(_pack.Pdf);
        using (var mkfifo = Process.Start("mkfifo", [_pack.Pdf])) mkfifo.WaitForExit();

        var run = Check();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Stale), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("appendix-1-2020-06.pdf: is not an ordinary file"));
    }

    [Test]
    public void A_huge_sparse_file_at_an_output_path_differs_by_its_length_alone()
    {
        File.Delete(_pack.Pdf);
        using (var sparse = new FileStream(_pack.Pdf, FileMode.CreateNew)) sparse.SetLength(64L << 30); // 64 GB, none of it on disk

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var run = Check();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Stale), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("appendix-1-2020-06.pdf: differs from a fresh build"));
        Assert.That(allocated, Is.LessThan(1L << 30), "the file was not read");
    }

    [Test]
    public void A_file_of_the_right_length_with_one_byte_changed_differs()
    {
        var bytes = File.ReadAllBytes(_pack.Pdf);
        bytes[^100] ^= 1;
        File.WriteAllBytes(_pack.Pdf, bytes);

        var run = Check();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Stale));
        Assert.That(run.Stdout, Does.Contain("appendix-1-2020-06.pdf: differs from a fresh build"));
    }

    [Test]
    public void A_folder_at_an_output_path_is_said_as_such()
    {
        File.Delete(_pack.Pdf);
        Directory.CreateDirectory(_pack.Pdf);

        var run = Check();

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Stale), run.Stderr);
        Assert.That(run.Stdout, Does.Contain("appendix-1-2020-06.pdf: is a folder, not a file"));
    }
}
