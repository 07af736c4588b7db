using ClosedXML.Excel;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input;

/// <summary>The catalogue's formula column as the readers take it: refused when it cannot be computed, computed when it can.</summary>
public class FormulaReadingTests
{
    private const string Catalogue =
        "ref,indicator,unit,formula\n" +
        "M1,Contacts,count,\n" +
        "M2,Referrals,count,\n" +
        "M3,Share of contacts referred,percent,[M2] / [M1] * 100\n" +
        "M3x,Share doubled,percent,[M3] * 2\n";

    private static readonly Month June = new(2020, 6);
    private static readonly Month May = June.AddMonths(-1);

    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Reads_the_formula_column()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv", Catalogue));
        Assert.That(catalogue.Indicators.Select(i => i.Formula?.ToString()), Is.EqualTo(new[] { null, null, "[M2] / [M1] * 100", "[M3] * 2" }));
    }

    [TestCase("M4,Bad,count,[M2] / [M9]\n", "row 6, column 'formula': M4's formula uses [M9], which is not a ref in the catalogue")]
    [TestCase("M4,Bad,count,[M2] / []\n", "row 6, column 'formula': M4's formula has an empty ref []")]
    [TestCase("M4,Bad,count,[M2] / * [M1]\n", "row 6, column 'formula': formula '[M2] / * [M1]' cannot be read at character 8: unexpected `*`")]
    [TestCase("M4,Bad,count,[M4] + 1\n", "row 6, column 'formula': M4's formula is part of a cycle (M4 → M4)")]
    public void Refuses_a_formula_that_cannot_be_computed_naming_file_row_and_column(string row, string expected)
    {
        var path = _folder.Write("catalogue.csv", Catalogue + row);
        var error = Assert.Throws<InputException>(() => CatalogueReader.Read(path))!;
        Assert.That(error.Message, Does.StartWith($"{path}, {expected}"));
    }

    [Test]
    public void A_cycle_is_named_once_at_its_first_row_with_every_ref_in_it()
    {
        var path = _folder.Write("catalogue.csv",
            "ref,indicator,formula\nA,a,[C] + 1\nB,b,[A] * 2\nC,c,[B] - [D]\nD,d,\nE,e,[A] / 2\n");
        var error = Assert.Throws<InputException>(() => CatalogueReader.Read(path))!;
        Assert.That(error.Findings.Select(f => f.ToString()), Is.EqualTo(new[]
        {
            $"{path}, row 2, column 'formula': A's formula is part of a cycle (A → C → B → A): a formula cannot depend on its own value",
        }));
    }

    [Test]
    public void Computes_formula_values_in_dependency_order_every_month()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv",
            "ref,indicator,unit,formula\nM3x,Share doubled,percent,[M3] * 2\nM3,Share,percent,[M2] / [M1] * 100\nM1,Contacts,count,\nM2,Referrals,count,\n"));
        var values = WorkbookReader.Read(_folder.Write("values.csv",
            "ref,month,value\nM1,2020-05,300\nM2,2020-05,100\nM1,2020-06,0\nM2,2020-06,tbc\n"), catalogue);

        Assert.That(values.ValueOf("M3", May).Number, Is.EqualTo(100m / 300m * 100m));
        Assert.That(values.ValueOf("M3x", May).Number, Is.EqualTo(100m / 300m * 100m * 2m));
        Assert.That(values.ValueOf("M3", June), Is.EqualTo(Observation.Missing("tbc")), "the first missing operand's marker");
        Assert.That(values.ValueOf("M3x", June), Is.EqualTo(Observation.Missing("tbc")));
    }

    [Test]
    public void Division_by_zero_gives_na()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv", Catalogue));
        var values = WorkbookReader.Read(_folder.Write("values.csv", "ref,month,value\nM1,2020-06,0\nM2,2020-06,5\n"), catalogue);
        Assert.That(values.ValueOf("M3", June), Is.EqualTo(Observation.Missing("n/a")));
        Assert.That(values.ValueOf("M3x", June), Is.EqualTo(Observation.Missing("n/a")));
    }

    [Test]
    public void Refuses_a_result_too_large_to_be_a_figure_which_downstream_sums_could_not_hold()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv", "ref,indicator,formula\nM1,Contacts,\nBig,Big,[M1] * 100000000000000000000000000\n"));
        var path = _folder.Write("values.csv", "ref,month,value\nM1,2020-05,300\nM1,2020-06,400\n");
        var findings = new Findings();

        var values = WorkbookReader.Read(path, catalogue, findings)!;

        Assert.That(findings.Select(f => f.ToString()), Is.EqualTo(new[]
        {
            $"{catalogue.SourceFile}: Big's formula ([M1] * 100000000000000000000000000) gives 30000000000000000000000000000 for May-20 " +
            "(and 1 other month): over a trillion, too large to be a figure",
        }));
        Assert.That(values.ValueOf("Big", June), Is.EqualTo(Observation.Missing("n/a")));
    }

    [Test]
    public void Refuses_a_value_for_a_formula_indicator_naming_the_workbook_cell()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv", Catalogue));
        var path = _folder.Write("values.csv", "ref,month,value\nM1,2020-06,300\nM2,2020-06,100\nM3,2020-06,33.3\n");
        var error = Assert.Throws<InputException>(() => WorkbookReader.Read(path, catalogue))!;
        Assert.That(error.Message, Is.EqualTo(
            $"{path}, row 4, column 'value': M3 is computed by its formula in the catalogue ([M2] / [M1] * 100), so the workbook gives it no values: leave this cell blank (it has '33.3')"));
    }

    [Test]
    public void Refuses_a_percentage_cell_for_a_formula_indicator_naming_the_sheet_and_cell()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv", Catalogue));
        var path = _folder.PathOf("workbook.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var values = workbook.AddWorksheet("Values");
            values.Cell("A1").Value = "Ref";
            values.Cell("B1").SetValue("2020-05");
            values.Cell("C1").SetValue("2020-06");
            values.Cell("A2").Value = "M3";
            values.Cell("C2").Value = 0.333;
            values.Cell("C2").Style.NumberFormat.Format = "0.0%";
            workbook.SaveAs(path);
        }
        var error = Assert.Throws<InputException>(() => WorkbookReader.Read(path, catalogue))!;
        Assert.That(error.Findings.Select(f => f.ToString()), Is.EqualTo(new[]
        {
            $"{path}, sheet 'Values', row 2, column C ('2020-06'): M3 is computed by its formula in the catalogue ([M2] / [M1] * 100), " +
            "so the workbook gives it no values: leave this cell blank (it has '33.3')",
        }));
    }

    [Test]
    public void Takes_commentary_for_a_formula_indicator_and_a_blank_value_beside_it()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv", Catalogue));
        var values = WorkbookReader.Read(_folder.Write("values.csv",
            "ref,month,value,commentary\nM1,2020-06,300,\nM2,2020-06,100,\nM3,2020-06,,A third of contacts were referred.\n"), catalogue);
        Assert.That(values.CommentaryOf("M3", June), Is.EqualTo("A third of contacts were referred."));
        Assert.That(values.ValueOf("M3", June).Number, Is.EqualTo(100m / 300m * 100m));
    }

    [Test]
    public void A_formula_indicators_values_have_no_workbook_cell()
    {
        var catalogue = CatalogueReader.Read(_folder.Write("catalogue.csv", Catalogue));
        var read = WorkbookReader.ReadWithCells(_folder.Write("values.csv",
            "ref,month,value\nM1,2020-06,300\nM2,2020-06,100\nM3,2020-06,\n"), catalogue, new Findings());
        Assert.That(read!.Value.Cells.Keys.Select(k => k.Ref), Is.EquivalentTo(new[] { "M1", "M2" }));
    }
}
