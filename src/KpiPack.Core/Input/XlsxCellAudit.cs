using System.IO.Compression;
using System.Xml;

namespace KpiPack.Core.Input;

/// <summary>
/// Finds the .xlsx cells that ExcelDataReader reads as empty but are not: error values (#DIV/0!, #REF!) and
/// formulas saved without their result (as some tools write them). Without this they would silently become
/// missing months.
/// </summary>
internal static class XlsxCellAudit
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Sheet name → (1-based row, 0-based column) → what is wrong with the cell.</summary>
    public static IReadOnlyDictionary<string, Dictionary<(int Row, int Column), string>> Read(string path)
    {
        var result = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.OrdinalIgnoreCase);
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase))
            return result;
        using var zip = ZipFile.OpenRead(path);
        var targets = SheetTargets(zip);
        foreach (var (name, target) in targets)
        {
            var entry = zip.GetEntry("xl/" + target.TrimStart('/').Replace("xl/", "", StringComparison.Ordinal));
            if (entry is not null) result[name] = Audit(entry);
        }
        return result;
    }

    private static List<(string Name, string Target)> SheetTargets(ZipArchive zip)
    {
        var relationships = new Dictionary<string, string>();
        var sheets = new List<(string, string)>();
        // A workbook without these parts is refused by ExcelDataReader itself; the audit then has nothing to add.
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } relsEntry || zip.GetEntry("xl/workbook.xml") is not { } workbookEntry)
            return sheets;
        using (var rels = XmlReader.Create(relsEntry.Open()))
            while (rels.ReadToFollowing("Relationship"))
                relationships[rels.GetAttribute("Id") ?? ""] = rels.GetAttribute("Target") ?? "";
        using var workbook = XmlReader.Create(workbookEntry.Open());
        while (workbook.ReadToFollowing("sheet", Main))
            if (relationships.TryGetValue(workbook.GetAttribute("id", Relationships) ?? "", out var target))
                sheets.Add((workbook.GetAttribute("name") ?? "", target));
        return sheets;
    }

    private static Dictionary<(int, int), string> Audit(ZipArchiveEntry sheet)
    {
        var problems = new Dictionary<(int, int), string>();
        using var xml = XmlReader.Create(sheet.Open());
        while (xml.ReadToFollowing("c", Main))
        {
            var reference = xml.GetAttribute("r");
            var isError = xml.GetAttribute("t") == "e";
            string? value = null;
            var hasFormula = false;
            if (!xml.IsEmptyElement)
            {
                using var cell = xml.ReadSubtree();
                while (cell.Read())
                {
                    if (cell.NodeType != XmlNodeType.Element) continue;
                    if (cell.LocalName == "f") hasFormula = true;
                    else if (cell.LocalName == "v") value = cell.ReadElementContentAsString();
                }
            }
            if (reference is null || CellIndex(reference) is not { } at) continue;
            if (isError) problems[at] = value ?? "#ERROR";
            else if (hasFormula && string.IsNullOrEmpty(value)) problems[at] = "";
        }
        return problems;
    }

    private static (int Row, int Column)? CellIndex(string reference)
    {
        var letters = reference.TakeWhile(char.IsLetter).ToArray();
        if (letters.Length == 0 || !int.TryParse(reference[letters.Length..], out var row)) return null;
        var column = letters.Aggregate(0, (n, c) => n * 26 + (char.ToUpperInvariant(c) - 'A' + 1)) - 1;
        return (row, column);
    }
}
