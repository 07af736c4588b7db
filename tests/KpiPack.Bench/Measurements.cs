using System.Diagnostics;
using System.Globalization;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Bench;

/// <summary>Time of each stage inside one process, after a warm-up run, as the median of several runs.</summary>
internal sealed record StageTimes(double Read, double Plan, double Render, int Pages, long Bytes)
{
    public double Total => Read + Plan + Render;

    /// <summary>One appendix of a pack folder, through the same pipeline as <c>kpipack build</c>.</summary>
    public static StageTimes Measure(string packFolder, Month month, string? appendix, int runs)
    {
        Once(packFolder, month, appendix);
        var samples = Enumerable.Range(0, runs).Select(_ => Once(packFolder, month, appendix)).ToList();
        double Median(Func<StageTimes, double> pick) => samples.Select(pick).Order().ElementAt(samples.Count / 2);
        return new StageTimes(Median(s => s.Read), Median(s => s.Plan), Median(s => s.Render), samples[0].Pages, samples[0].Bytes);
    }

    private static StageTimes Once(string packFolder, Month month, string? appendix)
    {
        var clock = Stopwatch.StartNew();
        var findings = new Findings();
        var loaded = LoadedPack.Load(PackFile.Load(packFolder), findings) ?? throw new InvalidOperationException($"{packFolder} cannot be read");
        var read = Lap(clock);

        var plan = BuildPipeline.Plan(loaded, new BuildRequest { Months = [month], Appendix = appendix }, month, findings);
        var planned = Lap(clock);

        using var output = new MemoryStream();
        var pages = PdfEdition.Write(plan.Jobs[0].Appendix, output);
        var render = Lap(clock);
        return new StageTimes(read, planned, render, pages, output.Length);
    }
    private static double Lap(Stopwatch clock)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return seconds;
    }
}

/// <summary>
/// A whole command, from a cold start of its process: wall time, peak memory and CPU time (user + system), by GNU
/// time. CPU time barely moves when other work shares the machine; wall time does.
/// </summary>
internal sealed record ProcessRun(double Seconds, long PeakKilobytes, double CpuSeconds = 0)
{
    public static ProcessRun Measure(string command, IReadOnlyList<string> arguments, int runs)
    {
        var samples = Enumerable.Range(0, runs).Select(_ => Once(command, arguments)).ToList();
        return new ProcessRun(samples.Select(s => s.Seconds).Order().ElementAt(samples.Count / 2), samples.Max(s => s.PeakKilobytes),
            samples.Select(s => s.CpuSeconds).Order().ElementAt(samples.Count / 2));
    }

    private static ProcessRun Once(string command, IReadOnlyList<string> arguments)
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M %U %S", "-o", report, command, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {errors}");
        var fields = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
        File.Delete(report);
        double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new ProcessRun(Number(0), long.Parse(fields[1], CultureInfo.InvariantCulture), Number(2) + Number(3));
    }
}

/// <summary>Where a cold build spends its time: the steps `kpipack build --verbose` reports, median of several runs.</summary>
internal static class ColdSteps
{
    public static IReadOnlyList<(string Step, double Seconds)> Measure(string kpipack, IReadOnlyList<string> arguments, int runs)
    {
        var samples = Enumerable.Range(0, runs).Select(_ => Once(kpipack, arguments)).ToList();
        return samples[0].Select((step, i) => (step.Step, samples.Select(s => s[i].Seconds).Order().ElementAt(runs / 2))).ToList();
    }

    private static List<(string Step, double Seconds)> Once(string kpipack, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(kpipack, [.. arguments, "--verbose"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var lines = process.StandardError.ReadToEnd().Split('\n');
        process.WaitForExit();
        return lines
            .Where(l => l.StartsWith("kpipack: ") && l.Contains(" s  "))
            .Select(l => l["kpipack: ".Length..].Split(" s  ", 2))
            .Select(p => (p[1].Trim(), double.Parse(p[0], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
