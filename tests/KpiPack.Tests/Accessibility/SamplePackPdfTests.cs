using System.Diagnostics;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Accessibility;

/// <summary>
/// The sample packs' PDFs as <c>kpipack build</c> writes them: tagged PDF/UA that passes the checker, each row read in
/// the table's order with its commentary inside it, and the same bytes on every build and in any time zone.
/// </summary>
public class SamplePackPdfTests
{
    public static readonly object[] Packs =
    [
        new object[] { "children-and-families", "2019-06" },
        new object[] { "children-and-families", "2020-06" },
        new object[] { "board-2023", "2023-07" },
    ];

    private TempFolder _folder = null!;

    [SetUp] public void MakeFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private static string PackFolder(string pack) => Path.Combine(RepoPaths.Root, "samples", pack);

    private IReadOnlyList<string> Build(string pack, string month, string into)
    {
        Directory.CreateDirectory(into);
        var run = CliRun.Of("build", "--pack", PackFolder(pack), "--month", month, "--out-dir", into);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        return Directory.GetFiles(into, "*.pdf").Order(StringComparer.Ordinal).ToList();
    }

    [TestCaseSource(nameof(Packs))]
    public void Every_pdf_passes_the_pdf_ua_checks(string pack, string month)
    {
        var pdfs = Build(pack, month, _folder.Path);

        Assert.That(pdfs, Is.Not.Empty);
        foreach (var pdf in pdfs)
            Assert.That(PdfUaChecker.Problems(pdf), Is.Empty, Path.GetFileName(pdf));
    }

    [TestCaseSource(nameof(Packs))]
    public void Rows_are_read_in_the_tables_order_each_with_its_commentary(string pack, string month)
    {
        var pdf = Build(pack, month, _folder.Path)[0];
        var appendix = Plan(pack, month).Jobs[0].Appendix;
        var rows = appendix.Tables.Count > 0 ? appendix.Tables.SelectMany(t => t.Rows).ToList() : appendix.Sections.SelectMany(s => s.Rows).ToList();
        var refs = rows.Select(r => r.Indicator.Ref).ToHashSet();

        var tree = StructureTreeReader.Read(pdf);
        var tables = tree.SelfAndDescendants().Where(n => n.Type == "Table").ToList();
        var indicatorRows = (appendix.Tables.Count > 0 ? tables.Skip(tables.Count - appendix.Tables.Count) : tables.TakeLast(1))
            .SelectMany(t => t.SelfAndDescendants())
            .Where(n => n.Type == "TR" && n.Children.FirstOrDefault() is { Type: "TH", Scope: "Row" } first && refs.Contains(first.AllText().Trim()))
            .ToList();

        Assert.That(indicatorRows.Select(r => r.Children[0].AllText().Trim()), Is.EqualTo(rows.Select(r => r.Indicator.Ref)));
        foreach (var (row, node) in rows.Zip(indicatorRows))
        {
            var said = node.AllText(" ");
            Assert.That(said, Does.Contain(row.Indicator.Ref), "the row's cells in order, its ref first");
            if (row.Commentary is { Length: > 0 } commentary && appendix.Commentary == CommentaryPlacement.Row)
                Assert.That(Words(said), Does.Contain(Words(commentary)[..Math.Min(40, Words(commentary).Length)]), $"{row.Indicator.Ref}: its commentary inside its row");
        }
    }

    [TestCaseSource(nameof(Packs))]
    public void Two_builds_and_two_time_zones_give_the_same_bytes(string pack, string month)
    {
        var first = Build(pack, month, Path.Combine(_folder.Path, "first"));
        var second = Build(pack, month, Path.Combine(_folder.Path, "second"));
        var london = BuildIn("Europe/London", pack, month, Path.Combine(_folder.Path, "london"));
        var utc = BuildIn("UTC", pack, month, Path.Combine(_folder.Path, "utc"));

        foreach (var (a, b) in first.Zip(second).Concat(first.Zip(london)).Concat(first.Zip(utc)))
            Assert.That(File.ReadAllBytes(b), Is.EqualTo(File.ReadAllBytes(a)), $"{b} differs from {a}");
        Assert.That(london, Has.Count.EqualTo(first.Count));
    }

    /// <summary>The built tool in a process of its own, whose time zone is set before .NET reads it.</summary>
    private static IReadOnlyList<string> BuildIn(string zone, string pack, string month, string into)
    {
        Directory.CreateDirectory(into);
        var tool = Path.Combine(AppContext.BaseDirectory, "kpipack.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { tool, "build", "--pack", PackFolder(pack), "--month", month, "--out-dir", into }) start.ArgumentList.Add(arg);
        start.Environment["TZ"] = zone;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), error.Result);
        return Directory.GetFiles(into, "*.pdf").Order(StringComparer.Ordinal).ToList();
    }

    private static BuildPlan Plan(string pack, string month)
    {
        var findings = new Findings();
        var loaded = LoadedPack.Load(PackFile.Load(PackFolder(pack)), findings) ?? throw new InvalidOperationException(string.Join("\n", findings));
        var reportMonth = Month.Parse(month);
        return BuildPipeline.Plan(loaded, new BuildRequest { Months = [reportMonth] }, reportMonth, new Findings());
    }

    private static string Words(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
