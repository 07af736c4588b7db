using System.Diagnostics;
using KpiPack.Cli;
using KpiPack.Tests.Cli;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 3: at every instant each output path holds its old file or its new one, complete, whatever stops
/// the build; temporary files are told apart by the lock their writer holds, never by a process id, which builds in
/// other containers (process-id namespaces) or on other machines share.
/// </summary>
[Platform(Exclude = "Win")]
public class InterruptionTests
{
    private SmallPack _pack = null!;

    [SetUp] public void MakePack() => _pack = new SmallPack();
    [TearDown] public void RemovePack() => _pack.Dispose();

    private IReadOnlyList<string> Outputs() => Directory.GetFiles(_pack.Path, "appendix-*");

    [TestCase("INT")]
    [TestCase("TERM")]
    [TestCase("KILL")]
    public void A_signal_while_outputs_are_replaced_leaves_every_path_with_a_whole_file(string signal)
    {
        Assert.That(CliRun.Of("build", "--pack", _pack.Path, "--all-months").ExitCode, Is.EqualTo(ExitCodes.Ok));
        var outputs = Outputs();
        Assert.That(outputs, Has.Count.EqualTo(48), "24 months, each a PDF and its HTML");

        using var build = Process.Start(ChildBuild.Start(_pack.Path, ["build", "--all-months"]))!;
        var problems = new List<string>();
        var watching = true;
        // Watches every output for as long as the build runs: none may be missing or cut short for an instant.
        var watcher = new Thread(() =>
        {
            while (Volatile.Read(ref watching))
                foreach (var output in outputs)
                    if (WholeFileProblem(output) is { } problem) lock (problems) problems.Add($"{Path.GetFileName(output)}: {problem}");
        });
        watcher.Start();
        // The first month's line comes once its files are replaced: the others are being replaced now.
        var line = build.StandardOutput.ReadLine();
        Assert.That(line, Does.StartWith("[1/24]"), build.StandardError.ReadToEnd());
        Process.Start("kill", ["-s", signal, build.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        Volatile.Write(ref watching, false);
        watcher.Join();

        Assert.That(problems.Distinct(), Is.Empty);
        Assert.That(outputs.Select(WholeFileProblem), Is.All.Null);
        Assert.That(CliRun.Of("build", "--pack", _pack.Path, "--all-months").ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Directory.GetFiles(_pack.Path, ".*"), Is.Empty, "the next build clears what the stopped one left");
    }

    [Test]
    public void Two_builds_in_one_process_writing_the_same_files_at_once_both_succeed()
    {
        // One process id for both, by construction: two threads.
        var pdf = _pack.Of("appendix.pdf");
        var html = _pack.Of("appendix.html");
        var failures = new List<Exception>();
        Parallel.For(0, 8, i =>
        {
            try
            {
                for (var round = 0; round < 20; round++)
                    AtomicFile.WriteTogether([(pdf, s => s.Write(new byte[10_000 + i])), (html, s => s.Write(new byte[20_000 + i]))]);
            }
            catch (Exception e)
            {
                lock (failures) failures.Add(e);
            }
        });

        Assert.That(failures, Is.Empty);
        Assert.That(new FileInfo(pdf).Length, Is.InRange(10_000, 10_007));
        Assert.That(Directory.GetFiles(_pack.Path, ".*"), Is.Empty);
    }

    [Test]
    public void Two_builds_in_separate_process_id_namespaces_sharing_a_process_id_both_succeed()
    {
        // "unshare --pid --fork" makes each build process 1 of a namespace of its own, as in two containers.
        Assume.That(Unshare(["--pid", "--fork", "true"]) == 0 || Unshare(["--user", "--map-root-user", "--pid", "--fork", "true"]) == 0,
            "process-id namespaces can be made here");
        string[] unshare = Unshare(["--pid", "--fork", "true"]) == 0 ? ["--pid", "--fork"] : ["--user", "--map-root-user", "--pid", "--fork"];
        for (var round = 0; round < 3; round++)
        {
            var builds = Enumerable.Range(0, 2)
                .Select(_ => Process.Start(ChildBuild.Start(_pack.Path, ["build", "--all-months", "--csv"], program: "unshare", before: unshare))!)
                .ToList();
            var errors = builds.Select(b => b.StandardError.ReadToEndAsync()).ToList();
            foreach (var build in builds)
            {
                build.StandardOutput.ReadToEnd();
                build.WaitForExit();
            }

            Assert.That(builds.Select(b => b.ExitCode), Is.EqualTo(new[] { 0, 0 }), string.Join("\n", errors.Select(e => e.Result)));
            builds.ForEach(b => b.Dispose());
            Assert.That(Outputs(), Has.Count.EqualTo(72));
            Assert.That(Outputs().Select(WholeFileProblem), Is.All.Null);
            Assert.That(Directory.GetFiles(_pack.Path, ".*"), Is.Empty);
        }
    }

    private static int Unshare(string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("unshare", args) { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Why the file at <paramref name="path"/> is not a whole output (missing, or cut short), or null.</summary>
    private static string? WholeFileProblem(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return "missing";
        }
        catch (IOException) when (File.Exists(path))
        {
            // The writer holds .NET's advisory lock on a file it has just renamed into place for an instant: the
            // path holds a file (whole by then), which .NET alone declines to read until the lock goes.
            return null;
        }
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        return path.EndsWith(".pdf", StringComparison.Ordinal) ? (text.StartsWith("%PDF-", StringComparison.Ordinal) && text.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal) ? null : "not a whole PDF")
            : path.EndsWith(".html", StringComparison.Ordinal) ? (text.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) ? null : "not a whole HTML file")
            : bytes.Length > 0 ? null : "empty";
    }
}
