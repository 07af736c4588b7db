using CsvHelper;

namespace KpiPack.Core.Input;

/// <summary>Reads a CSV file (UTF-8, comma separated, header first) into a <see cref="Sheet"/>.</summary>
public static class CsvSheetReader
{
    public static Sheet Read(string path)
    {
        var options = CsvReaderOptions.Default with { TrackLineNumbers = true, HasHeader = false };
        var rows = new List<SheetRow>();
        try
        {
            using var reader = CsvReader.FromFile(path, options);
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => new Cell(reader.GetString(i))).ToList();
                var row = new SheetRow((int)reader.LineNumber, cells);
                if (!row.IsBlank) rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            throw new InputException(new InputLocation(path, Row: (int)e.LineNumber), $"not readable as CSV: {e.Message}");
        }

        if (rows.Count == 0) throw new InputException(new InputLocation(path), "the file is empty: it needs a header row");
        return new Sheet(path, null, rows[0], rows.Skip(1).ToList());
    }
}
