using ClosedXML.Excel;
using KpiPack.Core.Appendix;

namespace KpiPack.Bench;

/// <summary>
/// The council's way: the same table in a spreadsheet, printed to PDF. LibreOffice headless stands in for
/// Excel's "print to PDF" (Debian: apt-get install libreoffice-calc).
/// </summary>
internal static class LibreOffice
{
    public const string Command = "/usr/bin/soffice";

    public static bool Installed => File.Exists(Command);

    /// <summary>Writes the appendix table as the council's spreadsheet would hold it (its columns but the sparkline), landscape, fitted to the page width.</summary>
    public static string WriteSpreadsheet(AppendixModel appendix, string folder)
    {
        var path = Path.Combine(folder, "appendix.xlsx");
        var columns = appendix.Columns.Where(c => c.Kind != ColumnKind.Sparkline).ToList();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Appendix 1");
        for (var c = 0; c < columns.Count; c++) sheet.Cell(1, c + 1).SetValue(columns[c].Heading);
        var row = 2;
        foreach (var derived in appendix.Rows)
        {
            for (var c = 0; c < columns.Count; c++) sheet.Cell(row, c + 1).SetValue(columns[c].Cell(derived).Words);
            row++;
        }
        sheet.Columns().Width = 9;
        foreach (var wide in columns.Select((c, i) => (c, i)).Where(p => p.c.Kind is ColumnKind.Name or ColumnKind.LongText or ColumnKind.Commentary))
            sheet.Column(wide.i + 1).Width = 30;
        sheet.Style.Alignment.WrapText = true;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        workbook.SaveAs(path);
        return path;
    }

    public static IReadOnlyList<string> ConvertArguments(string spreadsheet, string profile) =>
        [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", Path.GetDirectoryName(spreadsheet)!, spreadsheet];
}
