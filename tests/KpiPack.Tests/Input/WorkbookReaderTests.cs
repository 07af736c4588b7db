using ClosedXML.Excel;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input;

public class WorkbookReaderTests
{
    private static readonly Catalogue Catalogue = new("catalogue.csv",
    [
        new Indicator { Ref = "M1", Name = "Contacts" },
        new Indicator { Ref = "M3", Name = "Share of contacts", Unit = Unit.Percent },
    ]);

    private static readonly Month June = new(2020, 6);

    // ClosedXML's Value setter turns text such as "Jun-20" into a date; SetValue keeps text as text.
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    public class LongCsv : WorkbookReaderTests
    {
        [Test]
        public void Reads_values_markers_and_commentary()
        {
            var path = _folder.Write("values.csv",
                "ref,month,value,commentary\nM1,2020-06,\"1,403\",Up after lockdown\nM1,2020-05,tbc,\nM3,2020-06,17.4,\nM3,2020-05,,\n");
            var values = WorkbookReader.Read(path, Catalogue);

            Assert.That(values.ValueOf("M1", June), Is.EqualTo(Observation.Of(1403)));
            Assert.That(values.ValueOf("M1", June.AddMonths(-1)), Is.EqualTo(Observation.Missing("tbc")));
            Assert.That(values.ValueOf("M3", June).Number, Is.EqualTo(17.4m));
            Assert.That(values.ValueOf("M3", June.AddMonths(-1)), Is.EqualTo(Observation.Blank));
            Assert.That(values.CommentaryOf("M1", June), Is.EqualTo("Up after lockdown"));
            Assert.That(values.Months, Is.EqualTo(new[] { June.AddMonths(-1), June }));
        }

        [TestCase("ref,month,value\nM9,2020-06,1\n", "row 2, column 'ref': ref 'M9' is not in the catalogue")]
        [TestCase("ref,month,value\nM1,June,1\n", "row 2, column 'month': 'June' is not a month")]
        [TestCase("ref,month,value\nM1,2020-06,12O\n", "row 2, column 'value': '12O' is not a number or a known marker")]
        [TestCase("ref,month,value\nM1,2020-06,1\nM1,2020-06,2\n", "row 3, column 'value': M1 already has a value for Jun-20")]
        [TestCase("ref,value\nM1,1\n", "row 1: the header has no 'month' column")]
        public void Refuses_bad_rows_naming_file_row_and_column(string csv, string expected)
        {
            var path = _folder.Write("values.csv", csv);
            var error = Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!;
            Assert.That(error.Message, Does.StartWith($"{path}, {expected}"));
        }

        [Test]
        public void Refuses_a_column_given_twice_rather_than_guess_which_to_read()
        {
            var path = _folder.Write("values.csv", "ref,month,value,Value\nM1,2020-06,1,2\n");
            Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message,
                Is.EqualTo($"{path}, row 1, column 'Value': the header has 'Value' twice (first in column 'value')"));
        }

        [Test]
        public void Reports_an_unknown_ref_once_with_the_ref_probably_meant()
        {
            var path = _folder.Write("values.csv", "ref,month,value\nm1,2020-04,1\nm1,2020-05,1\nm1,2020-06,1\nM9,2020-06,1\n");
            var findings = new Findings();
            WorkbookReader.Read(path, Catalogue, findings);
            Assert.That(findings.Errors.Select(f => f.ToString()), Is.EqualTo(new[]
            {
                $"{path}, row 2, column 'ref': ref 'm1' is not in the catalogue (catalogue.csv): did you mean 'M1'? (and 2 more rows with it)",
                $"{path}, row 5, column 'ref': ref 'M9' is not in the catalogue (catalogue.csv)",
            }));
        }

        [Test]
        public void Warns_that_a_misspelt_commentary_column_is_not_read()
        {
            var path = _folder.Write("values.csv", "ref,month,value,commentry\nM1,2020-06,1,Up\n");
            var findings = new Findings();
            var values = WorkbookReader.Read(path, Catalogue, findings)!;
            Assert.That(findings.Warnings.Select(f => f.ToString()), Is.EqualTo(new[]
            {
                $"{path}, row 1, column 'commentry': column 'commentry' is not used: did you mean 'commentary'? Without it no commentary is printed",
            }));
            Assert.That(values.CommentaryOf("M1", June), Is.Null.Or.Empty);
        }
    }

    public class Xlsx : WorkbookReaderTests
    {
        [Test]
        public void Reads_a_percent_formatted_cell_as_percent_points()
        {
            var path = Workbook(values =>
            {
                values.Cell("A1").Value = "Ref";
                values.Cell("B1").SetValue("2020-06");
                values.Cell("A2").Value = "M3";
                values.Cell("B2").Value = 0.174;
                values.Cell("B2").Style.NumberFormat.Format = "0.0%";
                values.Cell("A3").Value = "M1";
                values.Cell("B3").Value = 1403;
            });
            var read = WorkbookReader.Read(path, Catalogue);
            Assert.That((read.ValueOf("M3", June).Number, read.ValueOf("M1", June).Number), Is.EqualTo(((decimal?)17.4m, (decimal?)1403m)));
        }

        [Test]
        public void Takes_month_headers_as_dates_or_as_text()
        {
            var path = Workbook(values =>
            {
                values.Cell("A1").Value = "Ref";
                values.Cell("B1").Value = new DateTime(2020, 4, 1);
                values.Cell("B1").Style.NumberFormat.Format = "mmm-yy";
                values.Cell("C1").SetValue("May-20");
                values.Cell("D1").SetValue("2020-06");
                values.Cell("A2").Value = "M1";
                values.Cell("B2").Value = 1;
                values.Cell("C2").Value = 2;
                values.Cell("D2").Value = 3;
            });
            var read = WorkbookReader.Read(path, Catalogue);
            Assert.That(read.Months.Select(m => read.ValueOf("M1", m).Number), Is.EqualTo(new decimal?[] { 1, 2, 3 }));
            Assert.That(read.Months, Is.EqualTo(new[] { new Month(2020, 4), new Month(2020, 5), June }));
        }

        [Test]
        public void Reads_markers_and_the_commentary_sheet()
        {
            var path = Workbook(values =>
            {
                values.Cell("A1").Value = "Ref";
                values.Cell("B1").SetValue("Jun-20");
                values.Cell("A2").Value = "M1";
                values.Cell("B2").SetValue("TBC");
                var commentary = values.Workbook.AddWorksheet("Commentary");
                commentary.Cell("A1").Value = "Ref"; commentary.Cell("B1").Value = "Month"; commentary.Cell("C1").Value = "Commentary";
                commentary.Cell("A2").Value = "M1"; commentary.Cell("B2").SetValue("2020-06"); commentary.Cell("C2").Value = "Awaiting data";
            });
            var read = WorkbookReader.Read(path, Catalogue);
            Assert.That((read.ValueOf("M1", June).Marker, read.CommentaryOf("M1", June)), Is.EqualTo(("TBC", "Awaiting data")));
        }

        [Test]
        public void Names_sheet_row_and_column_letter_of_a_bad_cell()
        {
            var path = Workbook(values =>
            {
                values.Cell("A1").Value = "Ref";
                values.Cell("B1").SetValue("May-20");
                values.Cell("C1").SetValue("Jun-20");
                values.Cell("A2").Value = "M1";
                values.Cell("C2").SetValue("twelve");
            });
            var error = Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!;
            Assert.That(error.Message, Does.StartWith($"{path}, sheet 'Values', row 2, column C ('Jun-20'): 'twelve' is not a number"));
        }

        [Test]
        public void Refuses_a_header_that_is_not_a_month_and_a_month_given_twice()
        {
            var notMonth = Workbook(values => { values.Cell("A1").Value = "Ref"; values.Cell("B1").SetValue("Total"); });
            Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(notMonth, Catalogue))!.Message,
                Does.Contain("sheet 'Values', row 1, column B ('Total'): header 'Total' is not a month"));

            var twice = Workbook(values => { values.Cell("A1").Value = "Ref"; values.Cell("B1").SetValue("Jun-20"); values.Cell("C1").SetValue("2020-06"); }, "twice.xlsx");
            Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(twice, Catalogue))!.Message,
                Does.Contain("month Jun-20 is already in column B"));
        }

        [Test]
        public void Refuses_a_workbook_without_a_values_sheet()
        {
            var path = _folder.PathOf("wrong.xlsx");
            using (var workbook = new XLWorkbook())
            {
                workbook.AddWorksheet("Sheet1").Cell("A1").Value = "Ref";
                workbook.SaveAs(path);
            }
            Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message,
                Is.EqualTo($"{path}: no sheet named 'Values' (the sheets are: Sheet1)"));
        }

        [Test]
        public void Refuses_a_file_that_is_not_a_workbook()
        {
            var path = _folder.Write("broken.xlsx", "this is not a zip file");
            Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message,
                Does.StartWith($"{path}: not readable as an Excel workbook"));
        }

        [Test]
        public void Warns_that_a_sheet_named_like_Commentary_is_not_read()
        {
            var path = Workbook(values =>
            {
                values.Cell("A1").Value = "Ref"; values.Cell("B1").SetValue("2020-06");
                values.Cell("A2").Value = "M1"; values.Cell("B2").Value = 5;
                var comments = values.Workbook.AddWorksheet("Comments");
                comments.Cell("A1").Value = "Ref"; comments.Cell("B1").Value = "Month"; comments.Cell("C1").Value = "Commentary";
            });
            var findings = new Findings();
            WorkbookReader.Read(path, Catalogue, findings);
            Assert.That(findings.Warnings.Select(f => f.ToString()), Is.EqualTo(new[]
            {
                $"{path}, sheet 'Comments': sheet 'Comments' is not read: did you mean 'Commentary'? Without it no commentary is printed",
            }));
        }

        [Test]
        public void Names_the_sheet_probably_meant_for_Values()
        {
            var path = _folder.PathOf("workbook.xlsx");
            using (var workbook = new XLWorkbook())
            {
                workbook.AddWorksheet("Value").Cell("A1").Value = "Ref";
                workbook.SaveAs(path);
            }
            Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message,
                Is.EqualTo($"{path}: no sheet named 'Values' (the sheets are: Value): rename 'Value' to 'Values'"));
        }

        private string Workbook(Action<IXLWorksheet> fill, string name = "workbook.xlsx")
        {
            var path = _folder.PathOf(name);
            using var workbook = new XLWorkbook();
            fill(workbook.AddWorksheet("Values"));
            workbook.SaveAs(path);
            return path;
        }
    }
}
