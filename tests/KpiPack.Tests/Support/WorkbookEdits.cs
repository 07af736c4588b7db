using ClosedXML.Excel;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Support;

/// <summary>
/// Changes a copy of the sample's workbook as a data team would in Excel: a figure retyped in its month's column, or a
/// new month's column with a few figures typed in.
/// </summary>
internal static class WorkbookEdits
{
    /// <summary>Sets each (ref, month) cell of the Values sheet, adding the month's column after the last when it has none.</summary>
    public static void Set(string workbook, params (string Ref, Month Month, object Value)[] cells)
    {
        using var book = new XLWorkbook(workbook);
        var sheet = book.Worksheet("Values");
        foreach (var (reference, month, value) in cells)
        {
            var cell = sheet.Cell(RowOf(sheet, reference), ColumnOf(sheet, month));
            if (value is string text) cell.SetValue(text);
            else cell.Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        book.Save();
    }

    private static int RowOf(IXLWorksheet sheet, string reference) =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == reference).RowNumber();

    private static int ColumnOf(IXLWorksheet sheet, Month month)
    {
        var last = sheet.Row(1).LastCellUsed().Address.ColumnNumber;
        for (var column = 2; column <= last; column++)
            if (HeaderMonth(sheet.Cell(1, column)) == month) return column;
        var added = sheet.Cell(1, last + 1);
        added.Value = month.FirstDayUtc;
        added.Style.NumberFormat.Format = "mmm-yy";
        return last + 1;
    }

    /// <summary>A month header as Excel keeps it: a date, or the date's serial number formatted as a date.</summary>
    private static Month? HeaderMonth(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => Month.FromDate(cell.GetDateTime()),
        XLDataType.Number => Month.FromDate(DateTime.FromOADate(cell.GetDouble())),
        _ => Month.TryParse(cell.GetString(), out var month) ? month : null,
    };
}
