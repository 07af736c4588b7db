using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Native;

/// <summary>
/// kpipack compiled with Native AOT, as the linux-x64 tool package installs it: published once per test run, into
/// this test project's output folder, then run as a process. The publish starts with the test run (see
/// <see cref="StartPublishingNativeKpiPack"/>) so the two-minute compile overlaps the in-process tests.
/// Where Native AOT is not built (any platform but linux-x64), the tests that need it are inconclusive and say why.
/// </summary>
internal static class NativeKpiPack
{
    /// <summary>The platform the tool package is native on (src/KpiPack.Cli/KpiPack.Cli.csproj, KpiPackNativeRid).</summary>
    public const string Rid = "linux-x64";

    private static readonly Lazy<Task<string>> Published = new(() => Task.Run(Publish));

    /// <summary>Starts the publish if it has not started; returns at once.</summary>
    public static void StartPublishing()
    {
        if (IsNativePlatform) _ = Published.Value;
    }

    /// <summary>The native executable; waits for the publish. Inconclusive (never a pass) where it cannot be had.</summary>
    public static string Executable
    {
        get
        {
            if (!IsNativePlatform)
                Assert.Inconclusive($"Native AOT is built for {Rid} only; this is {RuntimeInformation.RuntimeIdentifier}, so the native binary was not tested");
            try
            {
                return Published.Value.GetAwaiter().GetResult();
            }
            catch (NativeToolchainMissing missing)
            {
                Assert.Inconclusive($"Native AOT cannot link here, so the native binary was not tested: {missing.Message}");
                throw;
            }
        }
    }

    private static bool IsNativePlatform => RuntimeInformation.RuntimeIdentifier == Rid;

    private static string Publish()
    {
        var output = Path.Combine(AppContext.BaseDirectory, "native");
        var project = Path.Combine(RepoPaths.Root, "src", "KpiPack.Cli");
        // Release, as the tool package is built; restore is the test build's own (it fetched the AOT compiler), so the
        // publish leaves src/KpiPack.Cli/obj/project.assets.json as it found it.
        var clock = Stopwatch.StartNew();
        var run = Process(["dotnet", "publish", project, "-c", "Release", "-r", Rid, "--no-restore", "--disable-build-servers", "-o", output, "-nologo", "-v:q"],
            RepoPaths.Root, started => _publishing = started);
        var executable = Path.Combine(output, "kpipack");
        // A machine without the native toolchain (no clang or gcc to link with) cannot build it: that is not a failure
        // of KpiPack, but the tests that need the binary must say they did not run.
        if (run.ExitCode != 0 && (run.Stdout + run.Stderr).Contains("nativeaot-prerequisites", StringComparison.Ordinal))
            throw new NativeToolchainMissing(run.Stdout + run.Stderr);
        if (run.ExitCode != 0 || !File.Exists(executable))
            throw new InvalidOperationException($"dotnet publish -r {Rid} (Native AOT) failed with exit code {run.ExitCode}:\n{run.Stdout}\n{run.Stderr}");
        TestContext.Progress.WriteLine($"Native AOT publish of kpipack took {clock.Elapsed.TotalSeconds:F0} s");
        return executable;
    }

    /// <summary>Runs the native kpipack with <paramref name="args"/>, in this process's folder as <see cref="CliRun"/> does, so paths print alike.</summary>
    public static CliRun Run(IReadOnlyList<string> args) => Process([Executable, .. args], Directory.GetCurrentDirectory());

    /// <summary>Stops a publish still running when the test run ends (a filtered run that needed no native test).</summary>
    public static void StopPublishing()
    {
        try
        {
            if (_publishing is { HasExited: false } publishing) publishing.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it ended meanwhile
        }
    }

    private static Process? _publishing;

    private static CliRun Process(IReadOnlyList<string> command, string folder, Action<Process>? started = null)
    {
        var start = new ProcessStartInfo(command[0], command.Skip(1))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        started?.Invoke(process);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }
}


internal sealed class NativeToolchainMissing(string output) : Exception(output);
