using ClosedXML.Excel;

namespace KpiPack.SampleBuilder;

/// <summary>Workbooks for new packs: the Values and Commentary sheets with their headers, ready to fill in.</summary>
internal static class TemplateWorkbook
{
    /// <summary>Every ref of the catalogue down column A; the data team adds a column per month.</summary>
    public static void Write(IEnumerable<string> refs, string path)
    {
        using var workbook = new XLWorkbook();
        var values = Headers(workbook);
        var row = 2;
        foreach (var reference in refs) values.Cell(row++, 1).SetValue(reference);
        workbook.SaveAs(path);
    }

    /// <summary>One example row, matching the blank template's catalogue.</summary>
    public static void WriteExample(string path)
    {
        using var workbook = new XLWorkbook();
        var values = Headers(workbook);
        var month = values.Cell(1, 2);
        month.Value = new DateTime(2020, 6, 1);
        month.Style.NumberFormat.Format = "mmm-yy";
        values.Cell(2, 1).SetValue("M1");
        values.Cell(2, 2).Value = 1403;
        var commentary = workbook.Worksheet("Commentary");
        commentary.Cell(2, 1).SetValue("M1");
        commentary.Cell(2, 2).SetValue("2020-06");
        commentary.Cell(2, 3).SetValue("Contacts rose after schools reopened.");
        workbook.SaveAs(path);
    }

    private static IXLWorksheet Headers(XLWorkbook workbook)
    {
        var values = workbook.AddWorksheet("Values");
        values.Cell(1, 1).SetValue("Ref");
        var commentary = workbook.AddWorksheet("Commentary");
        commentary.Cell(1, 1).SetValue("Ref");
        commentary.Cell(1, 2).SetValue("Month");
        commentary.Cell(1, 3).SetValue("Commentary");
        return values;
    }
}
