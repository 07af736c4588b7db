using System.Diagnostics;
using System.IO.Compression;
using ClosedXML.Excel;
using KpiPack.Cli;
using KpiPack.Rendering.Pdf;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>Broken inputs and faults that are made by code rather than kept as files: workbooks, size, the disk.</summary>
public class FaultTests
{
    private TempFolder _folder = null!;
    private string _pack = null!;

    [SetUp]
    public void MakePack()
    {
        _folder = new TempFolder();
        _pack = Directory.CreateDirectory(_folder.PathOf("pack")).FullName;
        File.WriteAllText(Path.Combine(_pack, "catalogue.csv"), "ref,indicator,unit\nM1,Contacts,count\nM3,Share,percent\n");
        File.WriteAllText(Path.Combine(_pack, "kpipack.json"), """{ "workbook": "workbook.xlsx", "agendaItem": "7" }""");
    }

    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private string Workbook => Path.Combine(_pack, "workbook.xlsx");

    private void WriteWorkbook(Action<IXLWorksheet> fill)
    {
        using var workbook = new XLWorkbook();
        var values = workbook.AddWorksheet("Values");
        values.Cell("A1").SetValue("Ref");
        values.Cell("B1").SetValue("2020-05");
        values.Cell("C1").SetValue("2020-06");
        values.Cell("A2").SetValue("M1");
        values.Cell("B2").Value = 100;
        values.Cell("C2").Value = 104;
        fill(values);
        workbook.SaveAs(Workbook);
    }

    /// <summary>Replaces a cell of the saved sheet with raw XML, as Excel would have written it.</summary>
    private void PatchCell(string reference, string xml)
    {
        using var zip = ZipFile.Open(Workbook, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string sheet;
        using (var reader = new StreamReader(entry.Open())) sheet = reader.ReadToEnd();
        var start = sheet.IndexOf($"<x:c r=\"{reference}\"", StringComparison.Ordinal);
        var end = sheet.IndexOf("</x:c>", start, StringComparison.Ordinal) + "</x:c>".Length;
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(sheet[..start] + xml + sheet[end..]);
    }

    [Test]
    public void Commentary_that_looks_like_a_formula_is_printed_and_exported_as_text()
    {
        File.WriteAllText(Path.Combine(_pack, "workbook.csv"),
            "ref,month,value,commentary\nM1,2020-05,100,\nM1,2020-06,104,\"=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\"\n");
        File.WriteAllText(Path.Combine(_pack, "kpipack.json"), """{ "workbook": "workbook.csv" }""");

        var run = CliRun.Of("build", "--pack", _pack, "--month", "2020-06", "--csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        var row = CsvRows.Read(Path.Combine(_pack, "appendix-1-2020-06.csv")).Single(r => r["ref"] == "M1");
        Assert.That(row["commentary"], Is.EqualTo("'=HYPERLINK(\"http://example.org\",\"click\")"));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(_pack, "appendix-1-2020-06.pdf"));
        Assert.That(string.Concat(pdf.GetPages().Select(p => p.Text)), Does.Contain("=HYPERLINK(\"http://example.org\",\"click\")"));
    }

    [Test]
    public void A_truncated_workbook_is_refused()
    {
        WriteWorkbook(_ => { });
        var bytes = File.ReadAllBytes(Workbook);
        File.WriteAllBytes(Workbook, bytes[..(bytes.Length / 2)]);

        var run = CliRun.Of("validate", "--pack", _pack);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Does.Contain("workbook.xlsx: not readable as an Excel workbook"));
    }

    [TestCase("#DIV/0!")]
    [TestCase("#REF!")]
    public void An_error_value_in_a_cell_is_refused_not_read_as_blank(string error)
    {
        WriteWorkbook(values => values.Cell("C2").Value = 0);
        PatchCell("C2", $"<x:c r=\"C2\" t=\"e\"><x:f>B2/0</x:f><x:v>{error}</x:v></x:c>");

        var run = CliRun.Of("validate", "--pack", _pack);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Does.Contain($"sheet 'Values', row 2, column C ('2020-06'): '{error}' is a spreadsheet error"));
    }

    [Test]
    public void A_formula_saved_without_its_result_is_refused_with_what_to_do()
    {
        WriteWorkbook(values => values.Cell("C2").FormulaA1 = "B2*2");

        var run = CliRun.Of("validate", "--pack", _pack);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Does.Contain("row 2, column C ('2020-06'): a formula with no saved result: open the workbook in Excel and save it"));
    }

    [Test]
    public void A_month_header_that_is_not_a_month_is_refused()
    {
        WriteWorkbook(values => values.Cell("C1").SetValue("Total"));
        var run = CliRun.Of("validate", "--pack", _pack);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout, Does.Contain("row 1, column C ('Total'): header 'Total' is not a month"));
    }

    [Test]
    public void Ten_thousand_indicators_are_read_and_derived()
    {
        var refs = Enumerable.Range(1, 10_000).Select(i => $"K{i}").ToList();
        File.WriteAllText(Path.Combine(_pack, "catalogue.csv"), "ref,indicator\n" + string.Concat(refs.Select(r => $"{r},Indicator {r}\n")));
        File.WriteAllText(Path.Combine(_pack, "workbook.csv"), "ref,month,value\n" + string.Concat(refs.Select((r, i) => $"{r},2020-05,{i}\n{r},2020-06,{i + 1}\n")));
        File.WriteAllText(Path.Combine(_pack, "kpipack.json"), """{ "workbook": "workbook.csv" }""");

        var run = CliRun.Of("derive", "--pack", _pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(10_001));
    }

    [Test]
    public void An_output_that_cannot_be_written_is_said_and_nothing_is_left_behind()
    {
        WriteWorkbook(_ => { });
        // A folder where the PDF should go: the rename into place fails, as it would for a locked or protected file.
        Directory.CreateDirectory(Path.Combine(_pack, "appendix-1-2020-06.pdf"));

        var run = CliRun.Of("build", "--pack", _pack, "--month", "2020-06");

        // Found before anything is written (issue 30): bad input, said at the folder.
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stderr, Does.Contain("appendix-1-2020-06.pdf: this output is a folder"));
        Assert.That(Directory.GetFiles(_pack, "*.tmp"), Is.Empty);
        Assert.That(File.Exists(Path.Combine(_pack, "appendix-1-2020-06.html")), Is.False);
    }

    [Test]
    public void A_full_disk_part_way_through_leaves_the_earlier_file_as_it_was()
    {
        var path = _folder.PathOf("appendix.pdf");
        File.WriteAllText(path, "the good PDF from last month");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[4096]);
            throw new IOException("No space left on device");
        }));

        Assert.That(File.ReadAllText(path), Is.EqualTo("the good PDF from last month"));
        Assert.That(Directory.GetFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Files_written_together_are_all_kept_as_they_were_when_one_fails()
    {
        var pdf = _folder.Write("appendix.pdf", "last month's PDF");
        var html = _folder.Write("appendix.html", "last month's HTML");

        Assert.Throws<IOException>(() => AtomicFile.WriteTogether(
        [
            (pdf, stream => stream.Write("this month's PDF"u8)),
            (html, _ => throw new IOException("No space left on device")),
        ]));

        Assert.That((File.ReadAllText(pdf), File.ReadAllText(html)), Is.EqualTo(("last month's PDF", "last month's HTML")));
        Assert.That(Directory.GetFiles(_folder.Path, "*.tmp"), Is.Empty);
    }

    [Test]
    public void A_rename_that_fails_part_way_puts_every_old_file_back()
    {
        var pdf = _folder.Write("appendix.pdf", "last month's PDF");
        var csv = _folder.PathOf("appendix.csv");
        Directory.CreateDirectory(csv); // something in the way that no file can replace

        Assert.Catch<IOException>(() => AtomicFile.WriteTogether(
        [
            (pdf, stream => stream.Write("this month's PDF"u8)),
            (csv, stream => stream.Write("this month's table"u8)),
        ]));

        Assert.That(File.ReadAllText(pdf), Is.EqualTo("last month's PDF"));
        Assert.That(Directory.GetFiles(_folder.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "appendix.pdf" }));
    }

    [Test]
    public void Clears_a_dead_builds_temporary_file_but_not_a_running_ones()
    {
        // Whether a build is running is told by the lock it holds, not by a process id in the name: the live file here
        // carries no running process's id, the dead one carries this test's own.
        Assume.That(File.Exists("/usr/bin/flock"), "flock (util-linux) holds a lock for the test");
        var path = _folder.PathOf("appendix.pdf");
        var live = _folder.Write(".appendix.pdf.0123456789ab.tmp", "another build is writing this");
        var dead = _folder.Write($".appendix.pdf.{Environment.ProcessId}.tmp", "left by a build that was killed");
        using var running = Process.Start(new ProcessStartInfo("flock", ["--exclusive", live, "sleep", "30"]))!;
        try
        {
            LockTaken(live);
            AtomicFile.Write(path, stream => stream.Write("new"u8));

            Assert.That(File.Exists(live), Is.True, "a running build's file is left alone");
            Assert.That(File.Exists(dead), Is.False, "a leftover is cleared");
        }
        finally
        {
            running.Kill();
        }
    }

    /// <summary>Waits (ten seconds at most) until another process holds <paramref name="path"/> locked.</summary>
    internal static void LockTaken(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using (new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None)) { }
                Thread.Sleep(20);
            }
            catch (IOException)
            {
                return;
            }
        }
        Assert.Fail($"no process took the lock on {path}");
    }

    [Test]
    public void An_interrupted_build_leaves_every_pdf_whole_and_the_next_build_tidies_up()
    {
        var pack = _folder.CopyOf(RepoPaths.SamplePack, "sample");
        var kpipack = typeof(KpiPackCli).Assembly.Location;
        using (var build = Process.Start(new ProcessStartInfo("dotnet", [kpipack, "build", "--pack", pack, "--all-months"])
               { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            // Kill it once it is writing, part-way through the 46 PDFs.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Directory.GetFiles(pack, "*.pdf").Length < 3 && DateTime.UtcNow < deadline && !build.HasExited) Thread.Sleep(20);
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        foreach (var pdf in Directory.GetFiles(pack, "*.pdf"))
        {
            var bytes = File.ReadAllBytes(pdf);
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes[..5]), Is.EqualTo("%PDF-"), pdf);
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes[^8..]), Does.Contain("%%EOF"), pdf);
        }

        Assert.That(CliRun.Of("build", "--pack", pack, "--all-months").ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Directory.GetFiles(pack, "*.tmp"), Is.Empty);
        Assert.That(Directory.GetFiles(pack, "*.pdf"), Has.Length.EqualTo(46));
    }
}
