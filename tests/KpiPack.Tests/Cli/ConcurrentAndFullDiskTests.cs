using System.Diagnostics;
using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>
/// Issue 17's "done when": two builds of one pack at once both succeed; a build onto a full disk exits 3 with one
/// line and leaves nothing behind. (The FIFO, /dev/zero and XFD100000 cases are in HostileFileTests and the corpus.)
/// </summary>
public class ConcurrentAndFullDiskTests
{
    private TempFolder _folder = null!;
    private string _pack = null!;

    [SetUp]
    public void MakePack()
    {
        _folder = new TempFolder();
        // A pack with no warnings, so that anything on standard error is the failure itself.
        _pack = Directory.CreateDirectory(_folder.PathOf("pack")).FullName;
        File.WriteAllText(Path.Combine(_pack, "catalogue.csv"), "ref,indicator,unit\nM1,Contacts,count\n");
        File.WriteAllText(Path.Combine(_pack, "workbook.csv"), "ref,month,value\n" +
            string.Concat(Enumerable.Range(0, 24).Select(i => $"M1,{2019 + i / 12}-{i % 12 + 1:00},{100 + i % 12}\n")));
        File.WriteAllText(Path.Combine(_pack, "kpipack.json"), """{ "workbook": "workbook.csv" }""");
    }

    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Two_builds_of_one_pack_at_once_both_succeed()
    {
        var kpipack = typeof(KpiPackCli).Assembly.Location;
        for (var round = 0; round < 3; round++)
        {
            var builds = Enumerable.Range(0, 2).Select(_ => Process.Start(new ProcessStartInfo("dotnet", [kpipack, "build", "--pack", _pack, "--month", "2020-06", "--csv"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!).ToList();
            var errors = builds.Select(b => b.StandardError.ReadToEndAsync()).ToList();
            foreach (var build in builds)
            {
                build.StandardOutput.ReadToEnd();
                if (!build.WaitForExit(TimeSpan.FromMinutes(2))) build.Kill(entireProcessTree: true);
            }

            Assert.That(builds.Select(b => b.ExitCode), Is.EqualTo(new[] { ExitCodes.Ok, ExitCodes.Ok }), string.Join("\n", errors.Select(e => e.Result)));
            builds.ForEach(b => b.Dispose());
        }
        var pdf = File.ReadAllBytes(Path.Combine(_pack, "appendix-1-2020-06.pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString(pdf[..5]), Is.EqualTo("%PDF-"));
        Assert.That(Directory.GetFiles(_pack, ".*"), Is.Empty, "no temporary file left behind");
    }

    [Test]
    public void A_build_onto_a_full_disk_exits_3_with_one_line_and_leaves_nothing_behind()
    {
        // A file system of 8 KB: room for the folder, not for a PDF. Mounting needs root and the right to mount.
        var disk = Directory.CreateDirectory(_folder.PathOf("full")).FullName;
        if (!OperatingSystem.IsLinux()) Assert.Ignore("a small tmpfs is mounted to fill");
        var mount = Run("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", disk);
        if (mount.ExitCode != 0) Assert.Inconclusive($"a small file system cannot be mounted here ({mount.Error.Trim()}): the full disk was not tested");
        try
        {
            var run = CliRun.Of("build", "--pack", _pack, "--month", "2020-06", "--out-dir", disk);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Unexpected), run.Stderr);
            var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(1), run.Stderr);
            Assert.That(lines[0], Does.StartWith("kpipack: could not write ").And.Contain("No space left on device").And.EndWith("(any earlier copy is unchanged)"));
            Assert.That(Directory.GetFileSystemEntries(disk), Is.Empty);
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static (int ExitCode, string Error) Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
