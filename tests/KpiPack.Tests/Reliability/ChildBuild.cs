using System.Diagnostics;
using KpiPack.Cli;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// The real kpipack run as a process of its own, for what a test cannot change in its own process: the time zone, the
/// locale, the user, a signal, a process-id namespace.
/// </summary>
internal static class ChildBuild
{
    public static string Kpipack => typeof(KpiPackCli).Assembly.Location;

    /// <summary>A start for "dotnet kpipack.dll args" in <paramref name="folder"/>, with <paramref name="environment"/> set.</summary>
    public static ProcessStartInfo Start(string folder, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? program = null, IEnumerable<string>? before = null)
    {
        string[] dotnet = program is null ? [] : ["dotnet"];
        var start = new ProcessStartInfo(program ?? "dotnet", [.. before ?? [], .. dotnet, Kpipack, .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return start;
    }

    /// <summary>Runs to the end (two minutes at most) and returns the exit code and standard error.</summary>
    public static (int ExitCode, string Stderr) Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return (process.ExitCode, stderr.Result);
    }
}
