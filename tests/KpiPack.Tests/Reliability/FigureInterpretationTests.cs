using ClosedXML.Excel;
using KpiPack.Cli;
using KpiPack.Core.Input;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;
using static KpiPack.Tests.Support.MinimalXlsx;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 6: a number format is read as Excel reads it (quoted, escaped and bracketed text is text, so a
/// stored fraction shown with a literal "%" stays a fraction), and a broken cell is an error naming it, never a figure.
/// </summary>
public class FigureInterpretationTests
{
    [TestCase("0.0%", 0.174, true)]
    [TestCase("0%", 1, true)]
    [TestCase("[Red]0.0%", 0.174, true)]
    [TestCase("0.0\"%\"", 0.174, false)]
    [TestCase("0.0\\%", 0.174, false)]
    [TestCase("0.0_%", 0.174, false)]
    [TestCase("0.0*%", 0.174, false)]
    [TestCase("[$%-809]0.0", 0.174, false)]
    [TestCase("\"up \"0.0\" % \";\"down \"0.0%", 0.174, false)]
    [TestCase("\"up \"0.0\" % \";\"down \"0.0%", -0.174, true)]
    [TestCase("0.0%;-0.0%;\"nil\"", 0, false)]
    [TestCase("0.0;0.0;0.0%", 0, true)]
    [TestCase("0.0\"%", 0.174, false)]
    [TestCase("General", 0.174, false)]
    [TestCase("", 0.174, false)]
    public void A_percent_sign_scales_only_where_it_is_a_format_character(string format, double value, bool percent)
    {
        Assert.That(NumberFormat.ShowsPercent(format, value), Is.EqualTo(percent));
    }

    [TestCase("0.0\"%\"", "0.174")]
    [TestCase("0.0%", "17.4")]
    [TestCase("0.0\\%", "0.174")]
    public void A_fraction_shown_with_a_literal_percent_sign_stays_a_fraction(string format, string read)
    {
        using var folder = new TempFolder();
        folder.Write("catalogue.csv", "ref,indicator,unit\nM3,Share,percent\n");
        using (var workbook = new XLWorkbook())
        {
            var values = workbook.AddWorksheet("Values");
            values.Cell("A1").SetValue("Ref");
            values.Cell("B1").SetValue("2020-06");
            values.Cell("A2").SetValue("M3");
            values.Cell("B2").Value = 0.174;
            values.Cell("B2").Style.NumberFormat.Format = format;
            workbook.SaveAs(folder.PathOf("workbook.xlsx"));
        }

        var run = CliRun.Of("derive", "--month", "2020-06", "--catalogue", folder.PathOf("catalogue.csv"), "--workbook", folder.PathOf("workbook.xlsx"));

        Assert.That(run.Stdout, Does.Contain($"M3,2020-06,{read},"), run.Stderr);
    }

    [TestCase("7")]
    [TestCase("1")]
    [TestCase("-1")]
    [TestCase("x")]
    public void A_shared_string_index_past_the_table_is_an_error_naming_the_cell(string index)
    {
        using var folder = new TempFolder();
        folder.Write("catalogue.csv", "ref,indicator,unit\nM1,Contacts,count\n");
        var workbook = Write(folder.PathOf("workbook.xlsx"),
            "<sheetData><row r=\"1\">" + Text("A1", "Ref") + Text("B1", "2020-06") + "</row>" +
            $"<row r=\"2\">{Text("A2", "M1")}<c r=\"B2\" t=\"s\"><v>{index}</v></c></row></sheetData>",
            sharedStrings: "<si><t>only one</t></si>");

        var run = CliRun.Of("validate", "--catalogue", folder.PathOf("catalogue.csv"), "--workbook", workbook);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError));
        Assert.That(run.Stdout + run.Stderr, Does.Contain($"sheet 'Values', row 2, column B: this cell points at shared string '{index}', but the workbook has 1"));
    }
}
