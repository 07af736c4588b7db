using System.Text;
using ClosedXML.Excel;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input;

/// <summary>The workbook laid out as councils keep it: title rows, text columns, printed derived columns, CSV shapes.</summary>
public class CouncilLayoutTests
{
    private static readonly Catalogue Catalogue = new("catalogue.csv",
    [
        new Indicator { Ref = "M1", Name = "Number of contacts received", Owner = "Jane White", Section = "Children and Families" },
        new Indicator { Ref = "M3", Name = "Percentage of contacts that become referrals", Unit = Unit.Percent, Section = "Early Help" },
    ]);

    private static readonly Month June = new(2020, 6);

    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private string Values(Action<IXLWorksheet> fill)
    {
        var path = _folder.PathOf("workbook.xlsx");
        using var workbook = new XLWorkbook();
        fill(workbook.AddWorksheet("Values"));
        workbook.SaveAs(path);
        return path;
    }

    private static void Row(IXLWorksheet sheet, int row, params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = sheet.Cell(row, i + 1);
            switch (cells[i])
            {
                case null: break;
                case string text: cell.SetValue(text); break;
                case DateTime date: cell.Value = date; break;
                case var number: cell.Value = Convert.ToDouble(number); break;
            }
        }
    }

    [Test]
    public void Skips_title_rows_a_repeated_header_and_a_section_row_and_checks_the_text_columns()
    {
        var path = Values(sheet =>
        {
            Row(sheet, 1, "Children and Families");
            Row(sheet, 2, "Jun-20 Monthly dataset", null, null, "Key to direction of travel:");
            Row(sheet, 4, "Ref.", "Indicator", "Owner", "May-20", "Jun-20", "% change from May-20", "12-mnth avg", "SN", "Commentary (Jun-20):");
            Row(sheet, 5, "M1", "Number of contacts received", "Jane White", 1172, 1403, "20%", 1273, "Local", "Up since May");
            Row(sheet, 7, "Early Help");
            Row(sheet, 8, "Ref.", "Indicator", "Owner", "May-20", "Jun-20", "% change from May-20", "12-mnth avg", "SN", "Commentary (Jun-20):");
            Row(sheet, 9, "M3", "Contacts becoming referrals", "Jo Bloggs", 23, 24.2, "6%", 28, "Local", "");
        });

        var findings = new Findings();
        var values = WorkbookReader.Read(path, Catalogue, findings)!;

        Assert.That((values.ValueOf("M1", June).Number, values.ValueOf("M3", June).Number, values.ValueOf("M3", June.AddMonths(-1)).Number),
            Is.EqualTo(((decimal?)1403, (decimal?)24.2m, (decimal?)23)));
        Assert.That(values.CommentaryOf("M1", June), Is.EqualTo("Up since May"));
        Assert.That(findings.Select(f => f.ToString()), Is.EqualTo(new[]
        {
            $"{path}, sheet 'Values', row 4: columns '% change from May-20', '12-mnth avg': figures KpiPack works out itself from the values " +
                "(changes, arrows, 12-month average and maximum), so not read",
            $"{path}, sheet 'Values', row 4, column H ('SN'): column 'SN': read from the catalogue, not from here",
            $"{path}, sheet 'Values', row 9, column B ('Indicator'): M3 is 'Contacts becoming referrals' here but " +
                "'Percentage of contacts that become referrals' in the catalogue, whose text is printed",
            $"{path}, sheet 'Values', row 9, column C ('Owner'): M3 is 'Jo Bloggs' here but blank in the catalogue, whose text is printed",
        }));
    }

    [TestCase("date")]
    [TestCase("Jun-20")]
    [TestCase("2020-06")]
    [TestCase("June 2020")]
    public void Reads_a_month_heading_written_as(string how)
    {
        object heading = how == "date" ? new DateTime(2020, 6, 1) : how;
        var path = Values(sheet =>
        {
            Row(sheet, 1, "Ref", "Indicator", heading);
            Row(sheet, 2, "M1", "Number of contacts received", 1403);
        });
        Assert.That(WorkbookReader.Read(path, Catalogue).ValueOf("M1", June).Number, Is.EqualTo(1403m));
    }

    [Test]
    public void Still_refuses_a_heading_among_the_months_that_is_not_one()
    {
        var path = Values(sheet =>
        {
            Row(sheet, 1, "Ref", "Indicator", "May-20", "Jnu-20");
            Row(sheet, 2, "M1", "Number of contacts received", 1, 2);
        });
        Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message,
            Does.Contain("column D ('Jnu-20'): header 'Jnu-20' is not a month"));
    }

    [Test]
    public void Names_a_text_column_it_does_not_know_with_the_nearest_it_does()
    {
        var path = Values(sheet =>
        {
            Row(sheet, 1, "Ref", "Lead", "Jun-20");
            Row(sheet, 2, "M1", "Jane", 1403);
        });
        var findings = new Findings();
        WorkbookReader.Read(path, Catalogue, findings);
        Assert.That(findings.Single().Message, Does.StartWith("column 'Lead' is not used: it is not a heading KpiPack knows (the nearest is"));
    }

    [Test]
    public void Reads_a_wide_csv_told_apart_from_a_long_one_by_its_header()
    {
        var path = _folder.Write("workbook.csv", "Council dataset,,\nRef,Indicator,May-20,Jun-20\nM1,Number of contacts received,1172,1403\nM3,,23.0,24.2\n");
        var values = WorkbookReader.Read(path, Catalogue);
        Assert.That((values.ValueOf("M1", June).Number, values.ValueOf("M3", June.AddMonths(-1)).Number), Is.EqualTo(((decimal?)1403, (decimal?)23.0m)));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Reads_excel_unicode_text_utf16_with_tabs(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var text = "Ref\tIndicator\tJun-20\tCommentary\r\nM1\tNumber of contacts received\t1403\tUp – since May £\r\n";
        var path = _folder.PathOf("workbook.csv");
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var findings = new Findings();
        var values = WorkbookReader.Read(path, Catalogue, findings)!;

        Assert.That(values.ValueOf("M1", June).Number, Is.EqualTo(1403m));
        Assert.That(values.CommentaryOf("M1", June), Is.EqualTo("Up – since May £"));
        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Reads_utf8_with_and_without_a_byte_order_mark_and_says_when_it_falls_back_to_windows_1252()
    {
        const string csv = "ref,month,value,commentary\nM1,2020-06,1403,Cost £5\n";
        var withMark = _folder.PathOf("with.csv");
        File.WriteAllBytes(withMark, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        var without = _folder.Write("without.csv", csv);
        var ansi = _folder.PathOf("ansi.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(ansi, Encoding.GetEncoding(1252).GetBytes(csv));

        foreach (var path in new[] { withMark, without })
        {
            var findings = new Findings();
            Assert.That(WorkbookReader.Read(path, Catalogue, findings)!.CommentaryOf("M1", June), Is.EqualTo("Cost £5"));
            Assert.That(findings, Is.Empty);
        }
        var fallback = new Findings();
        Assert.That(WorkbookReader.Read(ansi, Catalogue, fallback)!.CommentaryOf("M1", June), Is.EqualTo("Cost £5"));
        Assert.That(fallback.Single().Message, Does.StartWith("not UTF-8: read as Windows-1252"));
    }

    [Test]
    public void Refuses_a_damaged_utf16_file()
    {
        var path = _folder.PathOf("workbook.csv");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Ref\tJun-20\r\n"), 0x00, 0xD8, 0x41, 0x00]);
        Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message, Does.Contain("starts as UTF-16 text"));
    }
}
