using System.Globalization;
using KpiPack.Bench;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

// Usage, from the repository root: dotnet run -c Release --project tests/KpiPack.Bench [-- --quick]
// Measures the sample pack and synthetic packs, compares with LibreOffice, and writes docs/performance.md
// and docs/performance-scaling.png. --quick leaves out the 5,000-indicator pack.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var quick = args.Contains("--quick");
var root = Directory.GetCurrentDirectory();
if (!File.Exists(Path.Combine(root, "KpiPack.sln"))) throw new InvalidOperationException("run from the repository root");
var scratch = Directory.CreateTempSubdirectory("kpipack-bench-").FullName;
// Measure kpipack as a data team installs it: packed and installed by `dotnet tool install` as the README says,
// which on linux-x64 is the Native AOT binary and elsewhere the ReadyToRun package for the platform.
var (kpipack, installed, packed) = InstalledTool.Install(root, scratch);
var report = new Report { Installed = installed, Packed = packed };

Console.WriteLine("an empty kpipack process (kpipack --version)");
report.Floor = ProcessRun.Measure(kpipack, ["--version"], 7);

Console.WriteLine("the sample pack, Jun-19, Appendix 1");
var sample = Path.Combine(scratch, "sample");
Directory.CreateDirectory(sample);
foreach (var file in new[] { "kpipack.json", "catalogue.csv", "workbook.xlsx" })
    File.Copy(Path.Combine(root, "samples", "children-and-families", file), Path.Combine(sample, file));
var june19 = new Month(2019, 6);
var sampleStages = StageTimes.Measure(sample, june19, "1", runs: 9);
var sampleProcess = ProcessRun.Measure(kpipack, ["build", "--pack", sample, "--month", "2019-06", "--appendix", "1"], 9);
report.Add("sample: Children and Families, Jun-19 (54 × 14)", 54, sampleStages, sampleProcess);
var sampleAppendix = BuildPipeline.Plan(LoadedPack.Load(PackFile.Load(sample), new Findings())!,
    new BuildRequest { Months = [june19], Appendix = "1" }, june19, new Findings()).Jobs[0].Appendix;
report.ColumnWidths = ColumnWidthCost.Measure(sampleAppendix, runs: 9);
report.ColdSteps = ColdSteps.Measure(kpipack, ["build", "--pack", sample, "--month", "2019-06", "--appendix", "1"], 7);

if (LibreOffice.Installed)
{
    Console.WriteLine("LibreOffice printing the same table");
    var spreadsheet = LibreOffice.WriteSpreadsheet(sampleAppendix, Directory.CreateDirectory(Path.Combine(scratch, "libreoffice")).FullName);
    var profile = Path.Combine(scratch, "libreoffice-profile");
    ProcessRun.Measure(LibreOffice.Command, LibreOffice.ConvertArguments(spreadsheet, profile), 1); // first run makes the profile
    report.LibreOffice = ProcessRun.Measure(LibreOffice.Command, LibreOffice.ConvertArguments(spreadsheet, profile), 5);
}

int[][] sizes = quick ? [[54, 14], [200, 36], [1000, 36]] : [[54, 14], [200, 36], [1000, 36], [5000, 36]];
foreach (var size in sizes)
{
    var (indicators, months) = (size[0], size[1]);
    Console.WriteLine($"synthetic pack {indicators} × {months}");
    var folder = SyntheticPack.Write(Path.Combine(scratch, $"synthetic-{indicators}"), indicators, months);
    var stages = StageTimes.Measure(folder, SyntheticPack.ReportMonth, null, runs: indicators >= 5000 ? 1 : 3);
    var process = ProcessRun.Measure(kpipack, ["build", "--pack", folder, "--month", SyntheticPack.ReportMonth.ToString()], indicators >= 5000 ? 1 : 3);
    report.Add($"synthetic {indicators:N0} × {months}", indicators, stages, process);
}

report.Write(Path.Combine(root, "docs"));
Directory.Delete(scratch, recursive: true);
Console.WriteLine("wrote docs/performance.md and docs/performance-scaling.png");
