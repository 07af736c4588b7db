using System.Globalization;
using System.Text;

namespace KpiPack.Bench;

/// <summary>The measurements, written as docs/performance.md with a plot of time against indicators.</summary>
internal sealed class Report
{
    private readonly List<(string Name, int Indicators, StageTimes Stages, ProcessRun Process)> _rows = [];

    /// <summary>What `dotnet tool install` installed here, such as "Native AOT (linux-x64)".</summary>
    public string Installed { get; init; } = "";
    /// <summary>How long packing took and what it wrote (the package for this platform and the fallback).</summary>
    public string Packed { get; init; } = "";
    public ProcessRun? Floor { get; set; }
    public ProcessRun? LibreOffice { get; set; }
    public IReadOnlyList<(string Step, double Seconds)> ColdSteps { get; set; } = [];
    public ColumnWidthCost? ColumnWidths { get; set; }

    public void Add(string name, int indicators, StageTimes stages, ProcessRun process) => _rows.Add((name, indicators, stages, process));

    public void Write(string docs)
    {
        var md = new StringBuilder();
        var sample = _rows[0];
        md.AppendLine("# Performance");
        md.AppendLine();
        md.AppendLine("Measured by `dotnet run -c Release --project tests/KpiPack.Bench` (from the repository root), which wrote this file.");
        md.AppendLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}{Load}.");
        md.AppendLine();
        md.AppendLine("Stages are timed inside one warm process (median of several runs), through the pipeline `kpipack build` uses:");
        md.AppendLine("reading the catalogue and workbook; planning (deriving the month once, checking it, composing the appendix model);");
        md.AppendLine("and rendering the PDF (laying out the pages, measuring and wrapping text, drawing, sparklines, tagging, font subsetting).");
        md.AppendLine("*Whole process* is `kpipack build` from a cold start of its process, as a data team runs it (median");
        md.AppendLine("wall time), with its peak resident memory, measured by GNU time. kpipack is packed and installed as the README says");
        md.AppendLine($"(`dotnet pack src/KpiPack.Cli -o out`, `dotnet tool install KpiPack --add-source ./out`), which here installed the {Installed} package.");
        if (Packed != "") md.AppendLine($"{Packed}.");
        md.AppendLine();
        md.AppendLine("| pack (indicators × months) | read | derive and check | render PDF | in-process total | whole process | its CPU time | peak memory | pages | PDF |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, _, s, p) in _rows)
            md.AppendLine($"| {name} | {Ms(s.Read)} | {Ms(s.Plan)} | {Ms(s.Render)} | {Ms(s.Total)} | **{p.Seconds:F2} s** | {p.CpuSeconds:F2} s | {p.PeakKilobytes / 1024} MB | {s.Pages} | {s.Bytes / 1024} KB |");
        md.AppendLine();
        if (Floor is not null) md.AppendLine($"An empty kpipack process (`kpipack --version`) takes {Floor.Seconds:F2} s and {Floor.PeakKilobytes / 1024} MB here: the floor under every whole-process figure.");
        md.AppendLine();
        if (ColdSteps.Count > 0)
        {
            md.AppendLine("## Where a cold build of the sample spends its time");
            md.AppendLine();
            md.AppendLine("From `kpipack build --verbose`, which says when each step ended, counted from the process's start (median of 7):");
            md.AppendLine();
            md.AppendLine("| step | ended at | took |");
            md.AppendLine("| --- | ---: | ---: |");
            var previous = 0.0;
            md.AppendLine($"| start-up ({(Floor is null ? "" : $"`kpipack --version` takes {Floor.Seconds:F2} s in all")}) and reading the command line | {ColdSteps[0].Seconds:F3} s | {ColdSteps[0].Seconds:F3} s |");
            previous = ColdSteps[0].Seconds;
            foreach (var (step, seconds) in ColdSteps.Skip(1))
            {
                md.AppendLine($"| {step} | {seconds:F3} s | {seconds - previous:F3} s |");
                previous = seconds;
            }
            md.AppendLine();
            md.AppendLine("Warm, the same work takes the in-process total above; the difference is one-off start-up: loading and");
            md.AppendLine(Installed.StartsWith("Native AOT", StringComparison.Ordinal)
                ? "initialising PDFsharp, ExcelDataReader and the fonts (the native binary has nothing left to compile)."
                : "initialising PDFsharp, ExcelDataReader and the fonts, and compiling what ReadyToRun leaves to the JIT.");
            md.AppendLine();
        }
        if (ColumnWidths is { } widths)
        {
            md.AppendLine("## Choosing the column widths");
            md.AppendLine();
            md.AppendLine($"The sample's table ({widths.Columns} columns, {widths.Rows} rows with the header) gets widths chosen from what it prints,");
            md.AppendLine($"to make it as short as it can be: **{widths.OptimiserMs:F1} ms** warm (median of 9), where the fixed widths with a");
            md.AppendLine($"proportional share that came before took {widths.FixedMs:F1} ms. It is part of the render stage above.");
            md.AppendLine();
        }
        md.AppendLine("## Against printing the spreadsheet");
        md.AppendLine();
        if (LibreOffice is { } lo)
        {
            md.AppendLine($"The same table (the sample's Jun-19 Appendix 1, 54 rows) as an .xlsx, printed to PDF by LibreOffice headless");
            md.AppendLine($"(`soffice --headless --convert-to pdf`, median of 5 after a first run that makes its profile): **{lo.Seconds:F2} s**, {lo.PeakKilobytes / 1024} MB, {lo.CpuSeconds:F2} s of CPU time.");
            md.AppendLine($"KpiPack's whole process for the same appendix: {sample.Process.Seconds:F2} s, **{lo.Seconds / sample.Process.Seconds:F1}× faster**");
            md.AppendLine($"({sample.Process.CpuSeconds:F2} s of CPU time, {lo.CpuSeconds / sample.Process.CpuSeconds:F1}× less), with the derived");
            md.AppendLine("columns computed rather than typed, sparklines, and the keys, stamp and page numbers on every page.");
        }
        else
        {
            md.AppendLine("LibreOffice was not installed when this was measured (`apt-get install libreoffice-calc`), so there is no comparison.");
        }
        md.AppendLine();
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("| target | measured | met |");
        md.AppendLine("| --- | --- | --- |");
        Target(md, "sample, whole process ≤ 0.25 s (median)", $"{sample.Process.Seconds:F2} s", sample.Process.Seconds <= 0.25);
        Target(md, "sample, peak memory ≤ 60 MB", $"{sample.Process.PeakKilobytes / 1024} MB", sample.Process.PeakKilobytes <= 60 * 1024);
        if (LibreOffice is { } office)
            Target(md, "sample ≥ 20× faster than LibreOffice (same run)", $"{office.Seconds / sample.Process.Seconds:F1}×", office.Seconds / sample.Process.Seconds >= 20);
        if (_rows.FirstOrDefault(r => r.Indicators == 1000) is { Name: not null } thousand)
        {
            Target(md, "1,000 × 36, whole process ≤ 5 s", $"{thousand.Process.Seconds:F2} s", thousand.Process.Seconds <= 5);
            Target(md, "1,000 × 36, peak memory ≤ 200 MB", $"{thousand.Process.PeakKilobytes / 1024} MB", thousand.Process.PeakKilobytes <= 200 * 1024);
        }
        Target(md, "sample PDF ≤ 150 KB", $"{sample.Stages.Bytes / 1024} KB", sample.Stages.Bytes <= 150 * 1024);
        var synthetic = _rows.Skip(1).ToList();
        if (synthetic.Count >= 3)
        {
            var (small, large) = (synthetic[1], synthetic[^1]);
            var perIndicator = (large.Stages.Total - small.Stages.Total) / (large.Indicators - small.Indicators);
            md.AppendLine();
            md.AppendLine($"Time grows linearly with indicators: from {small.Indicators:N0} to {large.Indicators:N0} indicators the in-process time rises by");
            md.AppendLine($"{perIndicator * 1000:F2} ms per indicator, and the table above shows the same slope at every size (see the plot).");
        }
        md.AppendLine();
        md.AppendLine("![Time against indicators](performance-scaling.png)");
        File.WriteAllText(Path.Combine(docs, "performance.md"), md.ToString());
        Plot(Path.Combine(docs, "performance-scaling.png"));
    }

    private void Plot(string path)
    {
        var font = Path.Combine(Directory.GetCurrentDirectory(), "src", "KpiPack.Rendering", "Fonts", "DejaVuSansCondensed.ttf");
        ScottPlot.Fonts.AddFontFile("DejaVu Sans Condensed", font);
        using var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans Condensed");
        var synthetic = _rows.Skip(1).ToList();
        var xs = synthetic.Select(r => (double)r.Indicators).ToArray();
        var whole = plot.Add.Scatter(xs, synthetic.Select(r => r.Process.Seconds).ToArray());
        whole.LegendText = "whole process (kpipack build)";
        var inside = plot.Add.Scatter(xs, synthetic.Select(r => r.Stages.Total).ToArray());
        inside.LegendText = "in-process: read, derive, lay out, write";
        plot.Title("KpiPack: time to build an appendix against the number of indicators");
        plot.XLabel("indicators");
        plot.YLabel("seconds");
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        plot.SavePng(path, 900, 500);
    }

    private static void Target(StringBuilder md, string target, string measured, bool met) =>
        md.AppendLine($"| {target} | {measured} | {(met ? "yes" : "**no**")} |");

    /// <summary>Other work on the machine makes every figure slower: the load average as the report is written says how much.</summary>
    private static string Load =>
        (File.Exists("/proc/loadavg") ? $"; load average {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} (1, 5, 15 min) when this was written" : "")
        + (Niceness is { } nice and not 0 ? $"; the benchmark and what it measures ran at niceness {nice} (`nice -n {nice}`), so other work on the machine made way for them" : "");

    /// <summary>This process's niceness (field 19 of /proc/self/stat), inherited by every process it measures.</summary>
    private static int? Niceness =>
        File.Exists("/proc/self/stat") && File.ReadAllText("/proc/self/stat") is var stat
            ? int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static string Ms(double seconds) => $"{seconds * 1000:F0} ms";
}
