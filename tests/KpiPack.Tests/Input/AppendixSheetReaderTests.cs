using ClosedXML.Excel;
using KpiPack.Core.Importing;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input;

public class AppendixSheetReaderTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Reads_the_unit_from_the_cells_percent_format_where_there_is_no_percentage_flag()
    {
        var path = _folder.PathOf("appendix.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Jun-20");
            sheet.Cell("A1").SetValue("Children and Families");
            sheet.Cell("A3").SetValue("Ref."); sheet.Cell("B3").SetValue("Indicator"); sheet.Cell("C3").SetValue("May-20"); sheet.Cell("D3").SetValue("Jun-20");
            sheet.Cell("E3").SetValue("Notes");
            sheet.Cell("A4").SetValue("M3"); sheet.Cell("B4").SetValue("Share of contacts");
            sheet.Cell("C4").Value = 0.174; sheet.Cell("D4").Value = 0.15;
            sheet.Range("C4:D4").Style.NumberFormat.Format = "0.0%";
            sheet.Cell("A5").SetValue("M1"); sheet.Cell("B5").SetValue("Contacts"); sheet.Cell("C5").Value = 1172; sheet.Cell("D5").SetValue("tbc");
            sheet.Cell("E5").SetValue("checked");
            workbook.SaveAs(path);
        }

        var appendix = AppendixSheetReader.Read(path, null);

        Assert.That(appendix.Indicators.Select(i => (i.Indicator.Ref, i.Indicator.Unit)), Is.EqualTo(new[] { ("M3", Unit.Percent), ("M1", Unit.Count) }));
        Assert.That(appendix.Indicators[0].Values[new Month(2020, 5)].Number, Is.EqualTo(17.4m));
        Assert.That((appendix.Service, appendix.ReportMonth, appendix.Sections), Is.EqualTo(("Children and Families", new Month(2020, 6), new[] { "Children and Families" })));
        Assert.That(appendix.LeftOut, Is.EqualTo(new[] { "column E 'Notes': not a heading KpiPack knows, not read" }));
    }

    [Test]
    public void Refuses_a_workbook_with_no_sheet_headed_by_a_ref()
    {
        var path = _folder.PathOf("appendix.xlsx");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Summary").Cell("A1").SetValue("Nothing here");
            workbook.SaveAs(path);
        }
        Assert.That(Assert.Throws<InputException>(() => AppendixSheetReader.Read(path, null))!.Message,
            Does.Contain("no sheet has a header row starting with a ref heading such as 'Ref.' (the sheets are: 'Summary'): name one with --sheet"));
    }
}
