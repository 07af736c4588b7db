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
    public static IReadOnlyList<Sheet> ReadAll(string path) => Read(InputFile.ReadAll(path), path);

    /// <summary>
    /// The worksheets of one copy of a workbook's bytes, for the audit and for ExcelDataReader alike: a save while
    /// KpiPack reads cannot give it one version's values with another version's error cells.
    /// </summary>
    internal static IReadOnlyList<Sheet> Read(byte[] bytes, string path)
    {
        var sheets = new List<Sheet>();
        try
        {
            var audits = Audit(bytes, path);
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = GuardedExcelReader.Open(stream);
            var budget = new ReadBudget();
            do
            {
                var name = reader.SheetName ?? "";
                sheets.Add(ReadSheet(reader, path, name, audits?.GetValueOrDefault(name), budget));
            } while (reader.NextResult());
        }
        // ExcelDataReaderFailure: anything ExcelDataReader threw. The others come from the audit's own reading of the
        // zip and its XML.
        catch (Exception e) when (e is ExcelDataReaderFailure or InvalidDataException or XmlException or IOException)
        {
            throw new InputException(new InputLocation(path), $"not readable as an Excel workbook: {e.Message}");
        }
        return sheets;
    }

    /// <summary>The audit that fits the file's format, read from its first bytes as ExcelDataReader does; null when none does.</summary>
    private static IReadOnlyDictionary<string, SheetAudit>? Audit(byte[] bytes, string path) =>
        bytes.AsSpan().StartsWith("PK"u8) ? XlsxCellAudit.Read(bytes, path)
        : XlsCellAudit.IsCompoundFile(bytes) ? XlsCellAudit.Read(bytes, path)
        : null;

    private static Sheet ReadSheet(GuardedExcelReader reader, string path, string name, SheetAudit? audit, ReadBudget budget)
    {
        var rows = new List<SheetRow>();
        var rowNumber = 0;
        // A sheet's declared size is only a claim: read no further than its last cell with something in it.
        var lastRow = audit?.LastRow ?? InputLimits.Rows + 1;
        while (rowNumber < lastRow && reader.Read())
        {
            rowNumber++;
            if (rowNumber > InputLimits.Rows) throw InputLimits.TooManyRows(new InputLocation(path, name, rowNumber));
            var width = audit?.Width(rowNumber) ?? reader.FieldCount;
            budget.Row(new InputLocation(path, name, rowNumber), width);
            var cells = new List<Cell>(width);
            for (var column = 0; column < width; column++)
            {
                var cell = audit?.ProblemAt(rowNumber, column) is { } problem ? Unreadable(problem) : ReadCell(reader, column);
                // Excel's own limit, checked here too for an .xls, whose strings the audit does not count.
                if (cell.Text.Length > InputLimits.TextLength)
                    throw InputLimits.TextTooLong(new InputLocation(path, name, rowNumber, Sheet.ColumnLetter(column)));
                budget.Text(new InputLocation(path, name, rowNumber, Sheet.ColumnLetter(column)), cell.Text.Length);
                cells.Add(cell);
            }
            var row = new SheetRow(rowNumber, cells);
            if (!row.IsBlank) rows.Add(row);
        }
        var header = rows.Count > 0 ? rows[0] : new SheetRow(1, []);
        return new Sheet(path, reader.SheetName, header, rows.Skip(1).ToList());
    }

    /// <summary>An error value keeps its text (#DIV/0!); a formula with no saved result is said to be one.</summary>
    private static Cell Unreadable(string error) =>
        new(error.Length > 0 ? error : "", Problem: error.Length > 0 ? null : "a formula with no saved result: open the workbook in Excel and save it, so its results are stored");

    private static Cell ReadCell(GuardedExcelReader reader, int column)
    {
        if (column >= reader.FieldCount) return Cell.Empty;
        switch (reader.GetValue(column))
        {
            case null:
                return Cell.Empty;
            case DateTime date:
                return new Cell(date.ToString("yyyy-MM-dd"), Date: date);
            case double number:
                // A cell formatted as a percentage stores 0.174 for 17.4%; the catalogue and workbook speak in 17.4.
                // The decimal conversion keeps 15 significant digits, which drops binary noise such as 17.400000000000002.
                var isPercent = NumberFormat.ShowsPercent(reader.GetNumberFormatString(column), number);
                var scaled = isPercent ? number * 100 : number;
                if (!double.IsFinite(scaled) || Math.Abs(scaled) > 1e27)
                    return new Cell(scaled.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                var value = (decimal)scaled;
                return new Cell(Model.NumberText.Format(value), value, PercentFormat: isPercent);
            case bool flag:
                return new Cell(flag ? "TRUE" : "FALSE");
            case var other:
                return new Cell(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "");
        }
    }
}
