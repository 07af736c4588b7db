using System.Text;
using CsvHelper;

namespace KpiPack.Core.Input;

/// <summary>
/// Reads a CSV file (comma separated, header first) into a <see cref="Sheet"/>; or the tab-separated UTF-16 text Excel
/// saves as "Unicode Text", told by its byte order mark.
/// </summary>
public static class CsvSheetReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvSheetReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Sheet Read(string path, Findings findings)
    {
        var (text, unicodeText) = Decode(path, findings);
        if (text.Trim().Length == 0) throw new InputException(new InputLocation(path), "the file is empty: it needs a header row");
        if (!unicodeText) RefuseOtherSeparators(path, text);

        var options = CsvReaderOptions.Default with { TrackLineNumbers = true, HasHeader = false };
        if (unicodeText) options = options with { Separator = '\t' };
        var rows = new List<SheetRow>();
        try
        {
            using var reader = CsvReader.FromText(text, options);
            var budget = new ReadBudget();
            while (reader.Read())
            {
                budget.Row(new InputLocation(path, Row: (int)reader.LineNumber), reader.FieldCount);
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => new Cell(reader.GetString(i))).ToList();
                var row = new SheetRow((int)reader.LineNumber, cells);
                for (var i = 0; i < cells.Count; i++)
                {
                    if (cells[i].Text.Length > InputLimits.TextLength)
                        throw InputLimits.TextTooLong(new InputLocation(path, Row: row.Number, Column: $"{i + 1}"));
                    budget.Text(new InputLocation(path, Row: row.Number, Column: $"{i + 1}"), cells[i].Text.Length);
                }
                if (row.IsBlank) continue;
                if (row.Number > InputLimits.Rows) throw InputLimits.TooManyRows(new InputLocation(path, Row: row.Number));
                rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            throw new InputException(new InputLocation(path, Row: e.LineNumber > 0 ? (int)e.LineNumber : null), $"not readable as CSV: {e.Message}");
        }
        if (rows.Count == 0) throw new InputException(new InputLocation(path), "the file has no header row: only empty lines");
        return new Sheet(path, null, rows[0], rows.Skip(1).ToList());
    }

    /// <summary>
    /// UTF-16 with a byte order mark (Excel's "Unicode Text", tab separated: true is returned for it); UTF-8, with or
    /// without a byte order mark; or else Windows-1252, which is what Excel's plain "CSV" save writes on a UK machine:
    /// "£" would otherwise come out as a replacement character.
    /// </summary>
    private static (string Text, bool UnicodeText) Decode(string path, Findings findings)
    {
        var bytes = InputFile.ReadAll(path);
        if (Utf16(path, bytes) is { } utf16) return (utf16, true);
        return (Utf8OrWindows1252(path, bytes, findings), false);
    }

    private static string? Utf16(string path, byte[] bytes)
    {
        var encoding = bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble) ? Encoding.Unicode
            : bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble) ? Encoding.BigEndianUnicode
            : null;
        if (encoding is null) return null;
        // Strict: a broken surrogate pair is a damaged file, not a character to guess.
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(bytes, 2, bytes.Length - 2);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(new InputLocation(path),
                "starts as UTF-16 text (Excel's \"Unicode Text\") but not all of it is: is the file damaged? Save it again");
        }
    }

    private static string Utf8OrWindows1252(string path, byte[] bytes, Findings findings)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            findings.Warning(new InputLocation(path),
                "not UTF-8: read as Windows-1252 (in Excel, save as \"CSV UTF-8\" to keep every character)");
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>A header with no comma but semicolons or tabs is a file saved with another separator.</summary>
    private static void RefuseOtherSeparators(string path, string text)
    {
        var header = text.IndexOf('\n') is var end and >= 0 ? text[..end] : text;
        if (header.Contains(',')) return;
        var other = header.Contains(';') ? "semicolons" : header.Contains('\t') ? "tabs" : null;
        if (other is not null)
            throw new InputException(new InputLocation(path, Row: 1),
                $"the columns are separated by {other}: KpiPack reads comma-separated CSV (in Excel: Save As \"CSV UTF-8 (Comma delimited)\")");
    }
}
