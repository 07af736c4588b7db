using System.Diagnostics;
using KpiPack.Cli;
using KpiPack.Tests.Cli;

namespace KpiPack.Tests.Support;

/// <summary>
/// Runs kpipack as a user file permissions apply to. The tests run as root in CI, where a chmod 000 file can still be
/// read and any folder written: there kpipack runs as a child process under the user 'nobody' (setpriv), so that a
/// refused permission is a real one. Elsewhere it runs in-process. Where neither is possible the test is inconclusive.
/// </summary>
internal static class WithoutPrivilege
{
    private const string Nobody = "65534";
    private static readonly Lazy<string?> WhyNot = new(CheckNobodyCanRunKpiPack);

    public static bool IsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>
    /// Makes <paramref name="folder"/> and its files readable by another user (a temporary folder is private to its
    /// maker), without giving write access.
    /// </summary>
    public static void LetOthersRead(string folder)
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Unix file permissions");
        SetMode(folder, "755");
    }

    /// <summary>chmod: the mode as the octal digits the command takes.</summary>
    public static void SetMode(string path, string octal)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(octal, 8));
    }

    public static CliRun Run(params string[] args)
    {
        if (!IsRoot) return CliRun.Of(args);
        if (WhyNot.Value is { } reason) Assert.Inconclusive($"running as root, and kpipack cannot be run as another user here ({reason}): permissions were not tested");
        return Child(args);
    }

    private static CliRun Child(string[] args)
    {
        var start = new ProcessStartInfo("setpriv",
            ["--reuid", Nobody, "--regid", Nobody, "--clear-groups", "dotnet", typeof(KpiPackCli).Assembly.Location, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("kpipack run as nobody did not end within two minutes");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? CheckNobodyCanRunKpiPack()
    {
        if (!File.Exists("/usr/bin/setpriv") && !File.Exists("/bin/setpriv")) return "no setpriv";
        try
        {
            var run = Child(["--version"]);
            return run.ExitCode == ExitCodes.Ok ? null : $"'kpipack --version' as nobody exited {run.ExitCode}: {run.Stderr.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }
}
