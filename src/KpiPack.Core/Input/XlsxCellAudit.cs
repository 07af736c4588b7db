using System.IO.Compression;
using System.Xml;

namespace KpiPack.Core.Input;

/// <summary>
/// Reads an .xlsx's worksheets for a <see cref="SheetAudit"/> each, before ExcelDataReader is given the file, and
/// refuses what would take it minutes or gigabytes: parts that unpack past <see cref="InputLimits.UnzippedBytes"/>,
/// text longer than a cell holds, rows past <see cref="InputLimits.Rows"/>. Text is counted in chunks, never held,
/// so a 900-million-character string costs nothing to refuse.
/// </summary>
internal static class XlsxCellAudit
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    // ISO 29500 Strict names the same elements in its own namespace.
    private const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Sheet name → its audit.</summary>
    public static IReadOnlyDictionary<string, SheetAudit> Read(byte[] bytes, string path)
    {
        var result = new Dictionary<string, SheetAudit>(StringComparer.OrdinalIgnoreCase);
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        // The sizes a zip declares are what .NET unpacks, and no more (a part that claims less is cut short, and then
        // not readable): so the declared sizes bound the work, for this audit and for ExcelDataReader.
        if (zip.Entries.Sum(e => e.Length) > InputLimits.UnzippedBytes)
            throw new InputException(new InputLocation(path),
                $"the workbook unpacks to more than {InputLimits.Size(InputLimits.UnzippedBytes)}, the most KpiPack reads: is this the right file?");
        var (sheets, sharedStrings) = Parts(zip);
        var (stringCount, longString) = SharedStrings(sharedStrings);
        foreach (var (name, part) in sheets)
            if (zip.GetEntry(part) is { } entry) result[name] = Audit(entry, new SheetAudit(path, name), stringCount, longString);
        if (longString is { } index)
            throw new InputException(new InputLocation(path),
                $"shared string {index} is longer than {InputLimits.Count(InputLimits.TextLength)} characters, the most a spreadsheet cell holds: is this the right file?");
        return result;
    }

    /// <summary>Each worksheet's name and part, in workbook order, and the shared strings' part.</summary>
    private static (List<(string Name, string Part)> Sheets, ZipArchiveEntry? SharedStrings) Parts(ZipArchive zip)
    {
        var relationships = new Dictionary<string, string>();
        var sheets = new List<(string, string)>();
        string? sharedStrings = null;
        // A workbook without these parts is refused by ExcelDataReader itself; the audit then has nothing to add.
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } relsEntry || zip.GetEntry("xl/workbook.xml") is not { } workbookEntry)
            return (sheets, null);
        using (var rels = XmlReader.Create(relsEntry.Open()))
            while (rels.ReadToFollowing("Relationship"))
            {
                var target = rels.GetAttribute("Target") ?? "";
                relationships[rels.GetAttribute("Id") ?? ""] = target;
                if (rels.GetAttribute("Type")?.EndsWith("/sharedStrings", StringComparison.Ordinal) == true) sharedStrings = target;
            }
        using (var workbook = XmlReader.Create(workbookEntry.Open()))
            while (workbook.ReadToFollowing("sheet", Main))
                if (relationships.TryGetValue(workbook.GetAttribute("id", Relationships) ?? "", out var target))
                    sheets.Add((workbook.GetAttribute("name") ?? "", PartPath(target)));
        return (sheets, zip.GetEntry(PartPath(sharedStrings ?? "sharedStrings.xml")));
    }

    private static string PartPath(string target) => "xl/" + target.TrimStart('/').Replace("xl/", "", StringComparison.Ordinal);

    /// <summary>How many shared strings there are, and the index of the first longer than a cell holds (or null).</summary>
    private static (int Count, int? Long) SharedStrings(ZipArchiveEntry? part)
    {
        // No table found where the relationships say: nothing to check an index against (ExcelDataReader may find it).
        if (part is null) return (int.MaxValue, null);
        using var xml = XmlReader.Create(part.Open());
        var index = -1;
        int? first = null;
        long length = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI is (Main or StrictMain))
            {
                index++;
                length = 0;
            }
            else if (IsText(xml) && index >= 0 && first is null && (length += TextChunks.Count(xml, null)) > InputLimits.TextLength) first = index;
        }
        return (index + 1, first);
    }

    private static SheetAudit Audit(ZipArchiveEntry part, SheetAudit audit, int stringCount, int? longString)
    {
        using var xml = XmlReader.Create(part.Open());
        // r= is optional on rows and cells: a row without it follows the previous row, a cell the previous cell.
        var row = 0;
        var column = -1;
        while (xml.Read())
        {
            if (IsText(xml)) TextChunks.Count(xml, null);
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI is not (Main or StrictMain)) continue;
            if (xml.LocalName == "row")
            {
                row = int.TryParse(xml.GetAttribute("r"), out var r) ? r : row + 1;
                column = -1;
            }
            else if (xml.LocalName == "c")
            {
                column = ColumnOf(xml.GetAttribute("r")) ?? column + 1;
                AuditCell(xml, audit, row, column, stringCount, longString);
            }
        }
        return audit;
    }

    /// <summary>Reads one cell element to its end.</summary>
    private static void AuditCell(XmlReader xml, SheetAudit audit, int row, int column, int stringCount, int? longString)
    {
        var type = xml.GetAttribute("t");
        var hasContent = type == "e";
        var hasFormula = false;
        var value = new System.Text.StringBuilder();
        long length = 0;
        var depth = xml.Depth;
        var empty = xml.IsEmptyElement;
        string? inside = null;
        while (!empty && xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                inside = xml.LocalName;
                if (inside is "f") hasFormula = hasContent = true;
                else if (inside is "v" or "is") hasContent = true;
            }
            else if (IsText(xml))
            {
                // A formula's own text is not shown; a value's or an inline string's is.
                var counted = TextChunks.Count(xml, inside == "v" ? value : null);
                if (inside != "f" && (length += counted) > InputLimits.TextLength) throw InputLimits.TextTooLong(audit.At(row, column));
            }
        }
        if (!hasContent) return;
        if (row > InputLimits.Rows) throw InputLimits.TooManyRows(audit.At(row, column));
        if (type == "e") audit.Problem(row, column, value.Length > 0 ? value.ToString().Trim() : "#ERROR");
        else if (hasFormula && value.Length == 0) audit.Problem(row, column, "");
        else audit.Content(row, column);
        if (type != "s") return;
        // A shared-string cell holds an index into the table of strings. One past its end (or not a number at all) is
        // damage, which ExcelDataReader would read as the index itself: a figure that was never typed.
        if (!int.TryParse(value.ToString().Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var used) || used >= stringCount)
            throw new InputException(audit.At(row, column),
                $"this cell points at shared string {MessageText.Quoted(Shortened(value.ToString().Trim()))}, but the workbook has {InputLimits.Count(stringCount)}: " +
                "the file is damaged; open it in Excel and save it again");
        if (used == longString) throw InputLimits.TextTooLong(audit.At(row, column));
    }

    private static string Shortened(string text) => text.Length <= 20 ? text : text[..20] + "...";

    private static bool IsText(XmlReader xml) =>
        xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    /// <summary>The 0-based column of a reference such as "AB12", or null when there is none to read.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            if (++letters > 3) return null;
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return letters == 0 ? null : column - 1;
    }
}
