using ClosedXML.Excel;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input;

/// <summary>Input that reads as something, but probably not what was meant (issue 17 item 14).</summary>
public class ImplausibleInputTests
{
    private static readonly Catalogue Catalogue = new("catalogue.csv", [new Indicator { Ref = "M1", Name = "Contacts" }]);
    private static readonly Month June = new(2020, 6);

    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [TestCase(0, "1899-12-31")]
    [TestCase(-1, "1899-12-29")]
    public void Refuses_a_month_header_dated_before_1900_naming_the_cell(double serial, string shown)
    {
        // A date-formatted 0 is what an emptied date cell often holds: Excel shows 00/01/1900.
        var path = _folder.PathOf("workbook.xlsx");
        File.Delete(path);
        MinimalXlsx.Write(path, "<sheetData><row r=\"1\">" + MinimalXlsx.Text("A1", "Ref") + MinimalXlsx.Text("B1", "2020-06") +
            $"<c r=\"C1\" s=\"2\"><v>{serial}</v></c></row><row r=\"2\">" + MinimalXlsx.Text("A2", "M1") + MinimalXlsx.Number("B2", 5) + "</row></sheetData>");

        Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message, Is.EqualTo(
            $"{path}, sheet 'Values', row 1, column C ('{shown}'): header '{shown}' is a date outside 1900 to 2999, not a plausible month: " +
            "is the cell 0 or empty but formatted as a date?"));
    }

    [Test]
    public void Still_takes_a_month_header_dated_in_1900()
    {
        var path = _folder.PathOf("workbook.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var values = workbook.AddWorksheet("Values");
            values.Cell("A1").Value = "Ref";
            values.Cell("B1").Value = new DateTime(1900, 3, 1);
            values.Cell("A2").Value = "M1";
            values.Cell("B2").Value = 5;
            workbook.SaveAs(path);
        }
        Assert.That(WorkbookReader.Read(path, Catalogue).Months, Is.EqualTo(new[] { new Month(1900, 3) }));
    }

    [TestCase("1e2", 100)]
    [TestCase("2.12E2", 212)]
    [TestCase("+201", 201)]
    public void Reads_a_figure_written_with_an_exponent_or_a_plus_sign_with_a_warning_naming_the_cell(string text, decimal expected)
    {
        var path = _folder.Write("workbook.csv", $"ref,month,value\nM1,2020-06,{text}\n");
        var findings = new Findings();

        var values = WorkbookReader.Read(path, Catalogue, findings)!;

        Assert.That(values.ValueOf("M1", June).Number, Is.EqualTo(expected));
        Assert.That(findings.Select(f => f.ToString()), Is.EqualTo(new[] { $"{path}, row 2, column 'value': read '{text}' as {expected}" }));
    }

    [TestCase("201")]
    [TestCase("-201")]
    [TestCase("20.1")]
    public void Reads_a_plainly_written_figure_without_a_word(string text)
    {
        var path = _folder.Write("workbook.csv", $"ref,month,value\nM1,2020-06,{text}\n");
        var findings = new Findings();
        WorkbookReader.Read(path, Catalogue, findings);
        Assert.That(findings, Is.Empty);
    }
}
