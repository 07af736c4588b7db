using System.Buffers.Binary;
using System.Text;

namespace KpiPack.Core.Input;

/// <summary>
/// The <see cref="SheetAudit"/> of each worksheet of an .xls (BIFF5 or BIFF8, [MS-XLS]). ExcelDataReader 3.6 reads an
/// error cell (#DIV/0!) as empty, with no way to tell it from a blank (its GetCellError came in 3.7), so the
/// cell records are read here: BOOLERR and FORMULA records carry the error code. A file this cannot follow
/// (encrypted, older BIFF, damaged) gets no audit and is read as ExcelDataReader reads it.
/// </summary>
internal static class XlsCellAudit
{
    private const ushort Bof = 0x0809, Eof = 0x000A, FilePass = 0x002F, BoundSheet = 0x0085;
    private const ushort Number = 0x0203, Rk = 0x027E, MulRk = 0x00BD, LabelSst = 0x00FD, Label = 0x0204, RString = 0x00D6;
    private const ushort BoolErr = 0x0205, Formula = 0x0006;

    public static bool IsCompoundFile(byte[] bytes) => CompoundFile.Is(bytes);

    /// <summary>Sheet name → its audit; null when the workbook stream cannot be followed.</summary>
    public static IReadOnlyDictionary<string, SheetAudit>? Read(byte[] bytes, string path)
    {
        if (CompoundFile.ReadStream(bytes, "Workbook", "Book") is not { } stream) return null;
        var sheets = Sheets(stream);
        if (sheets is null) return null;
        var result = new Dictionary<string, SheetAudit>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, offset) in sheets)
            if (Audit(stream, offset, new SheetAudit(path, name)) is { } audit) result[name] = audit;
        return result;
    }

    /// <summary>The worksheets the globals list, with where each begins; null for an encrypted or unknown stream.</summary>
    private static List<(string Name, int Offset)>? Sheets(byte[] stream)
    {
        var sheets = new List<(string, int)>();
        var biff8 = false;
        foreach (var (type, record) in Records(stream, 0))
        {
            var data = record.Span;
            switch (type)
            {
                case Bof when data.Length >= 4:
                    biff8 = BinaryPrimitives.ReadUInt16LittleEndian(data) == 0x0600;
                    break;
                case FilePass:
                    return null;
                case BoundSheet when data.Length >= 8 && data[5] == 0:
                    var length = data[6];
                    var name = biff8
                        ? (data[7] & 1) == 1
                            ? Encoding.Unicode.GetString(data.Slice(8, Math.Min(2 * length, data.Length - 8)))
                            : Encoding.Latin1.GetString(data.Slice(8, Math.Min(length, data.Length - 8)))
                        : Encoding.Latin1.GetString(data.Slice(7, Math.Min(length, data.Length - 7)));
                    sheets.Add((name, (int)BinaryPrimitives.ReadUInt32LittleEndian(data)));
                    break;
                case Eof:
                    return sheets;
            }
        }
        return sheets;
    }

    private static SheetAudit? Audit(byte[] stream, int offset, SheetAudit audit)
    {
        if (offset < 0 || offset >= stream.Length) return null;
        var depth = 0;
        foreach (var (type, record) in Records(stream, offset))
        {
            var data = record.Span;
            if (type == Bof) depth++;
            else if (type == Eof && --depth == 0) break;
            // Charts embedded in the sheet have their own BOF..EOF; their records are not cells.
            if (depth != 1 || data.Length < 6) continue;
            var row = BinaryPrimitives.ReadUInt16LittleEndian(data) + 1;
            var column = (int)BinaryPrimitives.ReadUInt16LittleEndian(data[2..]);
            switch (type)
            {
                case Number or Rk or LabelSst or Label or RString:
                    audit.Content(row, column);
                    break;
                case MulRk when data.Length >= 6:
                    audit.Content(row, BinaryPrimitives.ReadUInt16LittleEndian(data[^2..]));
                    break;
                case BoolErr when data.Length >= 8:
                    if (data[7] == 1) audit.Problem(row, column, ErrorText(data[6]));
                    else audit.Content(row, column);
                    break;
                // A formula's cached result: 0xFFFF in its last two bytes marks a non-number, whose first byte says
                // which (2 = an error, its code in the third byte).
                case Formula when data.Length >= 14:
                    if (data[12] == 0xFF && data[13] == 0xFF && data[6] == 2) audit.Problem(row, column, ErrorText(data[8]));
                    else audit.Content(row, column);
                    break;
            }
        }
        return audit;
    }

    private static string ErrorText(byte code) => code switch
    {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        0x2B => "#GETTING_DATA",
        _ => "#ERROR",
    };

    /// <summary>The records from <paramref name="offset"/>: a 2-byte type, a 2-byte length, then the data.</summary>
    private static IEnumerable<(ushort Type, ReadOnlyMemory<byte> Data)> Records(byte[] stream, int offset)
    {
        for (var at = offset; at + 4 <= stream.Length;)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            if (at + 4 + length > stream.Length) yield break;
            yield return (type, stream.AsMemory(at + 4, length));
            at += 4 + length;
        }
    }
}
