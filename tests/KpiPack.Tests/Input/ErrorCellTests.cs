using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;
using static KpiPack.Tests.Support.MinimalXlsx;

namespace KpiPack.Tests.Input;

/// <summary>
/// Error values (#DIV/0!) are cells ExcelDataReader reads as empty: each must be found and refused as a spreadsheet
/// error, never become a missing month, wherever the format puts it (issue 17 items 6 and 11).
/// </summary>
public class ErrorCellTests
{
    private static readonly Catalogue Catalogue = new("catalogue.csv", [new Indicator { Ref = "M1", Name = "Contacts" }]);

    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ref</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>2020-05</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>2020-06</t></is></c></row>";

    private static string DivideByZero(string? reference) =>
        $"<c{(reference is null ? "" : $" r=\"{reference}\"")} t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>";

    [TestCase("with references", "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>M1</t></is></c><c r=\"B2\"><v>5</v></c>" + "ERROR(C2)" + "</row>")]
    [TestCase("no reference on the cells", "<row r=\"2\"><c t=\"inlineStr\"><is><t>M1</t></is></c><c><v>5</v></c>" + "ERROR()" + "</row>")]
    [TestCase("no reference on the row or its cells", "<row><c t=\"inlineStr\"><is><t>M1</t></is></c><c><v>5</v></c>" + "ERROR()" + "</row>")]
    [TestCase("a reference on the error cell only", "<row><c t=\"inlineStr\"><is><t>M1</t></is></c>" + "ERROR(C2)" + "</row>")]
    public void Finds_an_xlsx_error_cell_with_or_without_cell_references(string how, string row)
    {
        var error = row.Contains("ERROR(C2)") ? DivideByZero("C2") : DivideByZero(null);
        var sheet = "<sheetData>" + Header + row.Replace("ERROR(C2)", error).Replace("ERROR()", error) + "</sheetData>";
        var path = Write(_folder.PathOf("workbook.xlsx"), sheet);

        var thrown = Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue), how)!;

        Assert.That(thrown.Message, Is.EqualTo(
            $"{path}, sheet 'Values', row 2, column C ('2020-06'): '#DIV/0!' is a spreadsheet error, not a figure: correct the formula, or write tbc"));
    }

    [Test]
    public void Finds_a_formula_without_its_saved_result_when_cells_carry_no_reference()
    {
        var sheet = "<sheetData>" + Header + "<row><c t=\"inlineStr\"><is><t>M1</t></is></c><c><v>5</v></c><c><f>B2*2</f></c></row></sheetData>";
        var path = Write(_folder.PathOf("workbook.xlsx"), sheet);

        Assert.That(Assert.Throws<InputException>(() => WorkbookReader.Read(path, Catalogue))!.Message,
            Does.StartWith($"{path}, sheet 'Values', row 2, column C ('2020-06'): a formula with no saved result"));
    }

    [Test]
    public void Finds_an_error_cell_in_an_xls()
    {
        // Saved by LibreOffice from an .xlsx whose C2 is =1/0 (the corpus case keeps it).
        var path = Path.Combine(_folder.Path, "workbook.xls");
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "KpiPack.Tests", "Corpus", "57-error-cell-in-xls", "workbook.xls"), path);
        var catalogue = new Catalogue("catalogue.csv",
            [new Indicator { Ref = "M1", Name = "Contacts" }, new Indicator { Ref = "M3", Name = "Referrals", Unit = Unit.Percent }]);

        var findings = new Findings();
        var values = WorkbookReader.Read(path, catalogue, findings);

        Assert.That(findings.Errors.Select(f => f.ToString()), Is.EqualTo(new[]
        {
            $"{path}, sheet 'Values', row 2, column C ('2020-06'): '#DIV/0!' is a spreadsheet error, not a figure: correct the formula, or write tbc",
        }));
        Assert.That(values!.ValueOf("M3", new Month(2020, 6)).Number, Is.EqualTo(21m), "the cells around it are read as before");
    }

    [Test]
    public void Reads_values_and_error_cells_from_the_same_copy_of_the_file()
    {
        // Two saves of one workbook: C2 an error in the first, a figure in the second.
        var first = File.ReadAllBytes(Write(_folder.PathOf("first.xlsx"),
            "<sheetData>" + Header + "<row r=\"2\">" + Text("A2", "M1") + Number("B2", 5) + DivideByZero("C2") + "</row></sheetData>"));
        var second = File.ReadAllBytes(Write(_folder.PathOf("second.xlsx"),
            "<sheetData>" + Header + "<row r=\"2\">" + Text("A2", "M1") + Number("B2", 5) + Number("C2", 7) + "</row></sheetData>"));
        var path = _folder.PathOf("workbook.xlsx");

        // Whatever is on disk now, the copy that was read decides both the values and the error cells.
        File.WriteAllBytes(path, second);
        var fromFirst = ExcelSheetReader.Read(first, path).Single();
        File.WriteAllBytes(path, first);
        var fromSecond = ExcelSheetReader.Read(second, path).Single();

        Assert.That(fromFirst.Rows[0][2].Text, Is.EqualTo("#DIV/0!"));
        Assert.That(fromSecond.Rows[0][2].Number, Is.EqualTo(7m));
    }
}
