using System.Text;
using System.Xml;

namespace KpiPack.Core.Input;

/// <summary>Reads worksheets of an .xlsx or .xls file into <see cref="Sheet"/>s.</summary>
public static class ExcelSheetReader
{
    static ExcelSheetReader()
    {
        // ExcelDataReader decodes legacy code pages even for .xlsx; .NET only has them once registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Every worksheet, in workbook order. The first non-blank row of each is its header.</summary>
    public static IReadOnlyList<Sheet> ReadAll(string path)
    {
        var sheets = new List<Sheet>();
        try
        {
            using var stream = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = GuardedExcelReader.Open(stream);
            var audit = XlsxCellAudit.Read(path);
            do
            {
                var rows = new List<SheetRow>();
                var rowNumber = 0;
                var problems = audit.GetValueOrDefault(reader.SheetName ?? "") ?? [];
                while (reader.Read())
                {
                    rowNumber++;
                    var cells = Enumerable.Range(0, reader.FieldCount)
                        .Select(i => problems.TryGetValue((rowNumber, i), out var problem) ? Unreadable(problem) : ReadCell(reader, i))
                        .ToList();
                    var row = new SheetRow(rowNumber, cells);
                    if (!row.IsBlank) rows.Add(row);
                }
                var header = rows.Count > 0 ? rows[0] : new SheetRow(1, []);
                sheets.Add(new Sheet(path, reader.SheetName, header, rows.Skip(1).ToList()));
            } while (reader.NextResult());
        }
        // ExcelDataReaderFailure: anything ExcelDataReader threw. The others come from the cell audit's own reading of
        // the zip and its XML, and from opening the file (a missing file is reported by the caller).
        catch (Exception e) when (e is ExcelDataReaderFailure or InvalidDataException or XmlException or IOException and not FileNotFoundException)
        {
            throw new InputException(new InputLocation(path), $"not readable as an Excel workbook: {e.Message}");
        }
        return sheets;
    }

    /// <summary>An error value keeps its text (#DIV/0!); a formula with no saved result is said to be one.</summary>
    private static Cell Unreadable(string error) =>
        new(error.Length > 0 ? error : "", Problem: error.Length > 0 ? null : "a formula with no saved result: open the workbook in Excel and save it, so its results are stored");

    private static Cell ReadCell(GuardedExcelReader reader, int column)
    {
        switch (reader.GetValue(column))
        {
            case null:
                return Cell.Empty;
            case DateTime date:
                return new Cell(date.ToString("yyyy-MM-dd"), Date: date);
            case double number:
                // A cell formatted as a percentage stores 0.174 for 17.4%; the catalogue and workbook speak in 17.4.
                // The decimal conversion keeps 15 significant digits, which drops binary noise such as 17.400000000000002.
                var isPercent = reader.GetNumberFormatString(column)?.Contains('%') == true;
                var scaled = isPercent ? number * 100 : number;
                if (!double.IsFinite(scaled) || Math.Abs(scaled) > 1e27)
                    return new Cell(scaled.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                var value = (decimal)scaled;
                return new Cell(Model.NumberText.Format(value), value);
            case bool flag:
                return new Cell(flag ? "TRUE" : "FALSE");
            case var other:
                return new Cell(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "");
        }
    }
}
