using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using KpiPack.Cli;
using KpiPack.Core.Input;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using static KpiPack.Tests.Support.MinimalXlsx;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 4: small files that would cost minutes and gigabytes within the file-size limits. Each is accepted
/// or refused within 10 seconds and 1 GB: the processor time and the bytes allocated (more than the memory it ever
/// holds at once) around the whole of 'validate'. Processor time rather than the clock: on a machine shared by many
/// builds the clock measures the others too.
/// </summary>
public class AmplificationTests
{
    private const long OneGigabyte = 1L << 30;
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);

    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder()
    {
        _folder = new TempFolder();
        _folder.Write("catalogue.csv", "ref,indicator,unit\nM1,Contacts,count\n");
    }

    [TearDown] public void RemoveFolder() => _folder.Dispose();

    /// <summary>Runs 'validate' on <paramref name="workbook"/>, asserting the time and the bytes allocated.</summary>
    private static CliRun Measured(string folder, string workbook)
    {
        using var process = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var processor = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("validate", "--catalogue", Path.Combine(folder, "catalogue.csv"), "--workbook", workbook);
        clock.Stop();
        process.Refresh();
        processor = process.TotalProcessorTime - processor;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        TestContext.Out.WriteLine($"{Path.GetFileName(workbook)}: exit {run.ExitCode}, {processor.TotalSeconds:F2} s of processor time " +
            $"({clock.Elapsed.TotalSeconds:F2} s on the clock), {allocated / 1e6:F0} MB allocated");
        Assert.That(processor, Is.LessThan(TenSeconds));
        Assert.That(allocated, Is.LessThan(OneGigabyte));
        return run;
    }

    private static string Rows(int count, Func<int, string> row) =>
        "<sheetData><row r=\"1\">" + Text("A1", "Ref") + Text("B1", "2020-06") + "</row>" +
        string.Concat(Enumerable.Range(2, count - 1).Select(r => $"<row r=\"{r}\">{row(r)}</row>")) + "</sheetData>";

    [Test]
    public void A_figure_in_the_last_column_of_every_row_is_refused_counting_the_cells()
    {
        var workbook = Write(_folder.PathOf("workbook.xlsx"), Rows(100_000, r => Text($"A{r}", "M1") + Number($"XFD{r}", 1)));

        var run = Measured(_folder.Path, workbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout + run.Stderr, Does.Contain("more than 2,000,000 cells up to here"));
    }

    [Test]
    public void One_long_shared_string_shown_by_every_cell_is_refused_counting_its_uses()
    {
        var workbook = Write(_folder.PathOf("workbook.xlsx"),
            Rows(100_000, r => $"<c r=\"A{r}\" t=\"s\"><v>0</v></c><c r=\"B{r}\" t=\"s\"><v>0</v></c>"),
            sharedStrings: $"<si><t>{new string('x', 32_000)}</t></si>");

        var run = Measured(_folder.Path, workbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout + run.Stderr, Does.Contain("text adds up to more than 20,000,000 characters"));
    }

    [Test]
    public void A_csv_with_thousands_of_extra_columns_on_every_row_is_refused()
    {
        var extra = new string(',', 16_000);
        var workbook = _folder.Write("workbook.csv", "ref,month,value" + extra + "\n" +
            string.Concat(Enumerable.Range(0, 2_000).Select(i => $"M1,20{10 + i / 12 % 80}-{i % 12 + 1:00},1{extra}\n")));

        var run = Measured(_folder.Path, workbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout + run.Stderr, Does.Contain("more than 2,000,000 cells up to here"));
    }

    [Test]
    public void A_csv_row_wider_than_a_spreadsheet_is_refused_at_its_row()
    {
        var workbook = _folder.Write("workbook.csv", "ref,month,value\nM1,2020-06,1" + new string(',', 5_000_000) + "\n");

        var run = Measured(_folder.Path, workbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout + run.Stderr, Does.Contain("workbook.csv, row 2: 5,000,003 columns, more than a spreadsheet has (16,384)"));
    }

    [Test]
    public void An_xls_whose_sector_chain_loops_is_refused_in_the_time_of_its_size()
    {
        var workbook = _folder.PathOf("workbook.xls");
        File.WriteAllBytes(workbook, CompoundFileWithALoop(fatSectors: 20_000));

        var run = Measured(_folder.Path, workbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout + run.Stderr, Does.Contain("workbook.xls: not readable as an Excel workbook"));
    }

    [Test]
    public void A_council_sized_workbook_is_well_within_the_budget()
    {
        var workbook = _folder.Write("workbook.csv", "ref,month,value,commentary\n" +
            string.Concat(Enumerable.Range(0, 5_000).Select(i => $"M1,{2000 + i / 12 % 26}-{i % 12 + 1:00},{i},{new string('c', 400)}\n")));

        var run = Measured(_folder.Path, workbook);

        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain("up to here"));
    }

    /// <summary>
    /// An OLE compound file (the .xls container) whose allocation table takes <paramref name="fatSectors"/> sectors, and
    /// whose Workbook stream is two sectors that point at each other: a chain that, followed for as many steps as the
    /// table is long, would gather 64 KB a table sector (1.3 GB here) from a 10 MB file.
    /// </summary>
    private static byte[] CompoundFileWithALoop(int fatSectors)
    {
        const int size = 512, entries = size / 4, listed = 109, perList = entries - 1;
        const uint free = 0xFFFFFFFF, end = 0xFFFFFFFE;
        var lists = (fatSectors - listed + perList - 1) / perList;
        // Sector 0: the directory; 1 and 2: the stream; then the lists of table sectors; then the table.
        var firstList = 3;
        var firstTable = firstList + lists;
        var bytes = new byte[size * (1 + firstTable + fatSectors)];
        var span = bytes.AsSpan();
        Span<byte> header = span[..size];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], (uint)fatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], end);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], (uint)firstList);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x48..], (uint)lists);
        Span<byte> Sector(int i) => bytes.AsSpan(size * (i + 1), size);
        for (var i = 0; i < listed; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + 4 * i)..], (uint)(firstTable + i));
        for (var l = 0; l < lists; l++)
        {
            var list = Sector(firstList + l);
            for (var i = 0; i < perList; i++)
            {
                var table = listed + l * perList + i;
                BinaryPrimitives.WriteUInt32LittleEndian(list[(4 * i)..], table < fatSectors ? (uint)(firstTable + table) : free);
            }
            BinaryPrimitives.WriteUInt32LittleEndian(list[(4 * perList)..], l + 1 < lists ? (uint)(firstList + l + 1) : end);
        }
        for (var t = 0; t < fatSectors; t++)
        {
            var table = Sector(firstTable + t);
            for (var i = 0; i < entries; i++) BinaryPrimitives.WriteUInt32LittleEndian(table[(4 * i)..], end);
        }
        var first = Sector(firstTable);
        BinaryPrimitives.WriteUInt32LittleEndian(first[4..], 2); // sector 1 -> 2
        BinaryPrimitives.WriteUInt32LittleEndian(first[8..], 1); // sector 2 -> 1: the loop
        var directory = Sector(0);
        Entry(directory[..128], "Root Entry", 5, end, 0);
        Entry(directory[128..256], "Workbook", 2, 1, 1_000_000);
        return bytes;

        static void Entry(Span<byte> entry, string name, byte type, uint start, uint length)
        {
            Encoding.Unicode.GetBytes(name).CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(2 * name.Length + 2));
            entry[0x42] = type;
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], type == 5 ? 1u : free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x78..], length);
        }
    }
}
