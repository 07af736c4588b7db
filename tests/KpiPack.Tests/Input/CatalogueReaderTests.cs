using ClosedXML.Excel;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input;

public class CatalogueReaderTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Reads_every_known_column_matching_headers_case_insensitively()
    {
        var path = _folder.Write("catalogue.csv",
            "REF,Indicator,Section,Owner,Reporter,Outcome,Unit,Polarity,Decimals,SN,England,SE_Region,target_2019_20,notes\n" +
            "LAC11-QL (%),Care leavers in touch,Looked after,Jo,Al,Stable homes,percent,up,2,88.5,Local,-,94.0,ignored\n");

        var indicator = CatalogueReader.Read(path).Indicators.Single();

        Assert.That(indicator.Ref, Is.EqualTo("LAC11-QL (%)"));
        Assert.That((indicator.Section, indicator.Owner, indicator.Reporter, indicator.Outcome), Is.EqualTo(("Looked after", "Jo", "Al", "Stable homes")));
        Assert.That((indicator.Unit, indicator.Polarity, indicator.Decimals), Is.EqualTo((Unit.Percent, Polarity.Up, 2)));
        Assert.That(indicator.StatisticalNeighbours, Is.EqualTo(new Figure(88.5m, "88.5")));
        Assert.That(indicator.England, Is.EqualTo(new Figure(null, "Local")));
        Assert.That(indicator.SouthEastRegion?.Text, Is.EqualTo("-"));
        Assert.That(indicator.TargetFor(new Month(2019, 6))?.Number, Is.EqualTo(94.0m));
    }

    [Test]
    public void Defaults_unit_to_count_and_decimals_to_the_units()
    {
        var path = _folder.Write("catalogue.csv", "ref,indicator,unit\nM1,Contacts,\nM3,Share,percent\n");
        var indicators = CatalogueReader.Read(path).Indicators;
        Assert.That(indicators.Select(i => (i.Unit, i.Decimals, i.Polarity)),
            Is.EqualTo(new[] { (Unit.Count, 0, Polarity.None), (Unit.Percent, 1, Polarity.None) }));
    }

    [Test]
    public void Reads_the_first_sheet_of_an_xlsx()
    {
        var path = _folder.PathOf("catalogue.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Indicators");
            sheet.Cell("A1").Value = "ref"; sheet.Cell("B1").Value = "indicator"; sheet.Cell("C1").Value = "sn";
            sheet.Cell("A2").Value = "M2"; sheet.Cell("B2").Value = "Referrals"; sheet.Cell("C2").Value = 399;
            workbook.SaveAs(path);
        }
        var indicator = CatalogueReader.Read(path).Indicators.Single();
        Assert.That((indicator.Ref, indicator.StatisticalNeighbours?.Number), Is.EqualTo(("M2", (decimal?)399)));
    }

    [TestCase("ref,indicator\nM1,Contacts\nM1,Again\n", "row 3, column 'ref': ref 'M1' appears twice (first at row 2)")]
    [TestCase("ref,indicator\n,Contacts\n", "row 2, column 'ref': the ref is empty")]
    [TestCase("ref,indicator\nM1,\n", "row 2, column 'indicator': indicator 'M1' has no name")]
    [TestCase("ref,indicator,polarity\nM1,Contacts,higher\n", "row 2, column 'polarity': polarity 'higher' is not up")]
    [TestCase("ref,indicator,unit\nM1,Contacts,people\n", "row 2, column 'unit': unit 'people' is not count, percent or rate")]
    [TestCase("ref,indicator,decimals\nM1,Contacts,one\n", "row 2, column 'decimals': decimals 'one' is not a whole number")]
    [TestCase("indicator\nContacts\n", "row 1: the header has no 'ref' column")]
    [TestCase("ref,indicator,target_2019_21\nM1,Contacts,5\n", "row 1, column 'target_2019_21': a target column names a financial year")]
    public void Refuses_bad_rows_naming_file_row_and_column(string csv, string expected)
    {
        var path = _folder.Write("catalogue.csv", csv);
        var error = Assert.Throws<InputException>(() => CatalogueReader.Read(path))!;
        Assert.That(error.Message, Does.StartWith($"{path}, {expected}"));
    }

    [Test]
    public void Reports_every_bad_row_in_one_run()
    {
        var path = _folder.Write("catalogue.csv", "ref,indicator,unit\nM1,Contacts,people\nM2,Referrals,count\n,Nameless,\nM2,Again,\n");

        var findings = new Findings();
        var catalogue = CatalogueReader.Read(path, findings);

        Assert.That(findings.Select(f => f.Location.Row), Is.EqualTo(new int?[] { 2, 4, 5 }));
        Assert.That(findings.Select(f => f.Severity), Is.All.EqualTo(Severity.Error));
        Assert.That(catalogue!.Indicators.Select(i => i.Ref), Is.EqualTo(new[] { "M2" }));
        Assert.That(Assert.Throws<InputException>(() => CatalogueReader.Read(path))!.Findings, Has.Count.EqualTo(3));
    }

    [Test]
    public void Refuses_a_missing_file_or_an_unknown_type()
    {
        Assert.That(Assert.Throws<InputException>(() => CatalogueReader.Read(_folder.PathOf("none.csv")))!.Message,
            Does.EndWith("catalogue file not found"));
        var text = _folder.Write("catalogue.txt", "ref,indicator\n");
        Assert.That(Assert.Throws<InputException>(() => CatalogueReader.Read(text))!.Message,
            Does.Contain("must be .csv, .xlsx or .xls"));
    }

    [Test]
    public void Warns_about_misspelt_columns_saying_what_is_lost()
    {
        var path = _folder.Write("catalogue.csv", "ref,indicator,polarty,target 2024,owner,notes\nM1,Contacts,up,5,Jo,\n");
        var findings = new Findings();
        var catalogue = CatalogueReader.Read(path, findings)!;
        Assert.That(findings.Select(f => (f.Severity, f.ToString())), Is.EqualTo(new[]
        {
            (Severity.Warning, $"{path}, row 1, column 'polarty': column 'polarty' is not used: did you mean 'polarity'? " +
                "Without it no judgement, RAG or colour is shown"),
            (Severity.Warning, $"{path}, row 1, column 'target 2024': column 'target 2024' is not read as a target: " +
                "head a target column with its financial year, e.g. Target 2024-25 or target_2024_25; without it that year has no target and no RAG"),
            (Severity.Warning, $"{path}, row 1, column 'notes': column 'notes' is not used: it is not a heading KpiPack knows " +
                "(the nearest is 'Units', count, percent or rate); rename it if it is one, or remove it"),
        }));
        Assert.That(catalogue.Indicators[0].Polarity, Is.EqualTo(Polarity.None));
    }
}
