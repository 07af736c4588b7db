using System.Diagnostics;

namespace KpiPack.Bench;

/// <summary>
/// kpipack as the README installs it: <c>dotnet pack src/KpiPack.Cli -o out</c>, then <c>dotnet tool install KpiPack
/// --add-source out</c> (into a scratch tool path, with a scratch NuGet cache, so an older package of the same version
/// cannot stand in for this one).
/// </summary>
internal static class InstalledTool
{
    /// <summary>The installed command, and what it is: "Native AOT (linux-x64)", "ReadyToRun (win-x64)" or "framework-dependent (any)".</summary>
    public static (string Command, string Kind, string Packed) Install(string root, string scratch)
    {
        var packages = Path.Combine(scratch, "packages");
        var tools = Path.Combine(scratch, "tools");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(scratch, "nuget-cache") };
        var clock = Stopwatch.StartNew();
        Run(["pack", Path.Combine(root, "src", "KpiPack.Cli"), "-o", packages], null);
        var packed = $"`dotnet pack` took {clock.Elapsed.TotalSeconds:F0} s and wrote "
            + string.Join(", ", Directory.GetFiles(packages).Order().Select(f => $"{Path.GetFileName(f)} ({new FileInfo(f).Length / 1024.0 / 1024:F1} MB)"));
        Run(["tool", "install", "KpiPack", "--tool-path", tools, "--add-source", packages], environment);
        var command = Path.Combine(tools, "kpipack");
        // The RID-specific package .NET chose: .store/kpipack/<version>/kpipack.<rid>; a native one holds no kpipack.dll.
        var chosen = Directory.GetDirectories(Path.Combine(tools, ".store", "kpipack"), "*", SearchOption.AllDirectories)
            .Single(d => Path.GetFileName(d).StartsWith("kpipack.", StringComparison.Ordinal));
        var rid = Path.GetFileName(chosen)["kpipack.".Length..];
        var kind = rid == "any" ? "framework-dependent (any)"
            : Directory.GetFiles(chosen, "kpipack.dll", SearchOption.AllDirectories).Length > 0 ? $"ReadyToRun ({rid})"
            : $"Native AOT ({rid})";
        Console.WriteLine($"installed {command} ({kind})");
        return (command, kind, packed);
    }

    private static void Run(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{output}\n{errors.Result}");
    }
}
