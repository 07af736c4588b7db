using ClosedXML.Excel;
using KpiPack.Core.Deriving;
using KpiPack.Rendering.Appendix;

namespace KpiPack.Bench;

/// <summary>
/// The council's way: the same table in a spreadsheet, printed to PDF. LibreOffice headless stands in for
/// Excel's "print to PDF" (Debian: apt-get install libreoffice-calc).
/// </summary>
internal static class LibreOffice
{
    public const string Command = "/usr/bin/soffice";

    public static bool Installed => File.Exists(Command);

    /// <summary>Writes the appendix table as the council's spreadsheet would hold it, landscape, fitted to the page width.</summary>
    public static string WriteSpreadsheet(AppendixReport report, string folder)
    {
        var path = Path.Combine(folder, "appendix.xlsx");
        var months = report.MonthsShown(13);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Appendix 1");
        string[] header = ["Ref", "Indicator", "Owner", "Reporter", "Outcome", .. months.Select(m => m.Label),
            "% change from previous month", "% change from same month last year", "DoT", "12 month average", "12 month max",
            "Stat. Neighbour", "England", "SE region", "Commentary"];
        for (var c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).SetValue(header[c]);
        var row = 2;
        foreach (var derived in report.Table.Rows)
        {
            var indicator = derived.Indicator;
            object[] cells =
            [
                indicator.Ref, indicator.Name, indicator.Owner, indicator.Reporter, indicator.Outcome,
                .. months.Select(m => (object)Figures.Value(report.Values.ValueOf(indicator.Ref, m), indicator)),
                Figures.Movement(derived.FromPreviousMonth), Figures.Movement(derived.FromPreviousYear), Figures.Polarity(indicator.Polarity),
                Figures.Statistic(derived.Window.Average, indicator), Figures.Statistic(derived.Window.Maximum, indicator),
                Figures.Figure(indicator.StatisticalNeighbours, indicator), Figures.Figure(indicator.England, indicator),
                Figures.Figure(indicator.SouthEastRegion, indicator), derived.Commentary,
            ];
            for (var c = 0; c < cells.Length; c++) sheet.Cell(row, c + 1).SetValue(cells[c].ToString());
            row++;
        }
        sheet.Columns().Width = 9;
        foreach (var wide in new[] { 2, 5, header.Length }) sheet.Column(wide).Width = 30;
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
