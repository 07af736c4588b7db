using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;
using static KpiPack.Tests.Support.MinimalXlsx;

namespace KpiPack.Tests.Input;

/// <summary>
/// Files that would take a reader minutes or gigabytes, or for ever, are refused with a message naming the file
/// and the limit (issue 17 item 12). The big ones are made here, in a temporary folder. Speed is measured by hand
/// and in the bench, not asserted: these tests assert what comes out.
/// </summary>
public class HostileFileTests
{
    private static readonly Catalogue Catalogue = new("catalogue.csv", [new Indicator { Ref = "M1", Name = "Contacts" }]);

    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private static string ErrorOf(Action read) => Assert.Throws<InputException>(() => read())!.Message;

    public class NotOrdinaryFiles : HostileFileTests
    {
        [Test]
        public void Refuses_a_pipe_without_waiting_for_a_writer()
        {
            if (!OperatingSystem.IsLinux()) Assert.Ignore("a FIFO is made with mkfifo");
            var path = _folder.PathOf("workbook.csv");
            Process.Start("mkfifo", [path]).WaitForExit();

            // Opening a FIFO to read blocks until something writes to it: a regression would hang, so the read runs
            // aside and a writer releases it if it is still waiting.
            var read = Task.Run(() => ErrorOf(() => WorkbookReader.Read(path, Catalogue)));
            var ended = read.Wait(TimeSpan.FromSeconds(60));
            if (!ended) using (File.OpenWrite(path)) { }

            Assert.That(ended, Is.True, "the read waited on the pipe");
            Assert.That(read.Result, Is.EqualTo($"{path}: this is not an ordinary file but a pipe: KpiPack reads only files saved on disk"));
        }

        [Test]
        public void Refuses_a_catalogue_that_is_a_link_to_a_device()
        {
            if (!OperatingSystem.IsLinux()) Assert.Ignore("/dev/zero");
            var path = _folder.PathOf("catalogue.csv");
            File.CreateSymbolicLink(path, "/dev/zero");

            Assert.That(ErrorOf(() => CatalogueReader.Read(path)),
                Is.EqualTo($"{path}: this is not an ordinary file but a device or socket: KpiPack reads only files saved on disk"));
        }

        [Test]
        public void Refuses_a_folder()
        {
            var path = Directory.CreateDirectory(_folder.PathOf("workbook.xlsx")).FullName;
            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)), Is.EqualTo($"{path}: this is a folder, not a workbook file"));
        }
    }

    public class Sizes : HostileFileTests
    {
        [Test]
        public void Refuses_a_file_over_50_MB()
        {
            var path = _folder.PathOf("workbook.csv");
            using (var file = File.Create(path)) file.SetLength(50 * 1024 * 1024 + 1);
            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)),
                Is.EqualTo($"{path}: the file is larger than 50 MB, the most KpiPack reads: is this the right file?"));
        }

        [Test]
        public void Refuses_an_xlsx_whose_parts_unpack_past_200_MB()
        {
            var path = Write(_folder.PathOf("workbook.xlsx"), "<sheetData/>");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
            using (var part = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.Fastest).Open())
            {
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 201; i++) part.Write(zeros);
            }
            Assert.That(new FileInfo(path).Length, Is.LessThan(InputLimitsFileBytes), "a small file: only its unpacked size is refused");

            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)),
                Is.EqualTo($"{path}: the workbook unpacks to more than 200 MB, the most KpiPack reads: is this the right file?"));
        }

        private const long InputLimitsFileBytes = 50 * 1024 * 1024;
    }

    public class Rows : HostileFileTests
    {
        [Test]
        public void Refuses_a_csv_past_100000_rows_naming_the_row()
        {
            var text = new StringBuilder("ref,month,value\n");
            for (var i = 0; i < 100_000; i++) text.Append("M1,2020-06,1\n");
            var path = _folder.Write("workbook.csv", text.ToString());

            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)),
                Is.EqualTo($"{path}, row 100001: more than 100,000 rows: KpiPack reads at most 100,000 (is this the right file? clear any rows below the figures)"));
        }

        [Test]
        public void Refuses_a_sheet_past_100000_rows_naming_sheet_and_row()
        {
            var rows = new StringBuilder("<sheetData>");
            for (var i = 0; i < 150_000; i++) rows.Append("<row><c><v>1</v></c></row>");
            var path = Write(_folder.PathOf("workbook.xlsx"), rows.Append("</sheetData>").ToString());

            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)), Does.StartWith(
                $"{path}, sheet 'Values', row 100001, column A: more than 100,000 rows"));
        }

        [Test]
        public void Reads_a_sheet_only_as_far_as_its_cells_go_not_its_declared_dimension()
        {
            // One formatted empty cell at XFD100000, and a dimension to match: 1.6 billion cells declared, six used.
            var path = Write(_folder.PathOf("workbook.xlsx"),
                "<dimension ref=\"A1:XFD100000\"/><sheetData>" +
                "<row r=\"1\">" + Text("A1", "Ref") + Text("B1", "2020-05") + Text("C1", "2020-06") + "</row>" +
                "<row r=\"2\">" + Text("A2", "M1") + Number("B2", 4) + Number("C2", 5) + "</row>" +
                "<row r=\"100000\"><c r=\"XFD100000\" s=\"1\"/></row></sheetData>");

            var sheet = ExcelSheetReader.ReadAll(path).Single();

            Assert.That(sheet.Header.Cells, Has.Count.EqualTo(3));
            Assert.That(sheet.Rows.Select(r => r.Cells.Count), Is.EqualTo(new[] { 3 }));
            Assert.That(WorkbookReader.Read(path, Catalogue).ValueOf("M1", new Month(2020, 6)).Number, Is.EqualTo(5m));
        }
    }

    public class LongText : HostileFileTests
    {
        private static readonly string Long = new('x', 32_768);

        [Test]
        public void Refuses_a_csv_cell_longer_than_a_spreadsheet_cell_holds()
        {
            var path = _folder.Write("workbook.csv", $"ref,month,value,commentary\nM1,2020-06,1,{Long}\n");
            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)), Is.EqualTo(
                $"{path}, row 2, column 4: the text is longer than 32,767 characters, the most a spreadsheet cell holds: is this the right file?"));
        }

        [Test]
        public void Refuses_an_inline_string_that_long_naming_its_cell()
        {
            var path = Write(_folder.PathOf("workbook.xlsx"),
                "<sheetData><row r=\"1\">" + Text("A1", "Ref") + Text("B1", Long) + "</row></sheetData>");
            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)), Does.StartWith(
                $"{path}, sheet 'Values', row 1, column B: the text is longer than 32,767 characters"));
        }

        [Test]
        public void Refuses_a_shared_string_that_long_naming_the_cell_that_shows_it()
        {
            var path = Write(_folder.PathOf("workbook.xlsx"),
                "<sheetData><row r=\"1\">" + Text("A1", "Ref") + "<c r=\"B1\" t=\"s\"><v>1</v></c></row></sheetData>",
                sharedStrings: $"<si><t>short</t></si><si><r><t>{Long[..20_000]}</t></r><r><t>{Long[..20_000]}</t></r></si>");
            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)), Does.StartWith(
                $"{path}, sheet 'Values', row 1, column B: the text is longer than 32,767 characters"));
        }

        [Test]
        public void Refuses_a_shared_string_that_long_even_where_no_cell_shows_it()
        {
            var path = Write(_folder.PathOf("workbook.xlsx"),
                "<sheetData><row r=\"1\">" + Text("A1", "Ref") + "</row></sheetData>", sharedStrings: $"<si><t>{Long}</t></si>");
            Assert.That(ErrorOf(() => WorkbookReader.Read(path, Catalogue)), Is.EqualTo(
                $"{path}: shared string 0 is longer than 32,767 characters, the most a spreadsheet cell holds: is this the right file?"));
        }

        [Test]
        public void Reads_a_cell_of_exactly_32767_characters()
        {
            var path = _folder.Write("workbook.csv", $"ref,month,value,commentary\nM1,2020-06,1,{Long[1..]}\n");
            Assert.That(WorkbookReader.Read(path, Catalogue).CommentaryOf("M1", new Month(2020, 6)), Has.Length.EqualTo(32_767));
        }
    }
}
