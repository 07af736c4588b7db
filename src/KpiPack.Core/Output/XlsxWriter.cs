using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace KpiPack.Core.Output;

/// <summary>A worksheet to write: its name and rows of cells, each a string, a decimal or null (empty).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes a plain .xlsx (text and numbers, no styles) part by part: the tool writes the workbook `init --from` makes,
/// and ClosedXML is kept out of it (it is not trimmed for a native build). The zip's times are fixed, so the same
/// sheets give the same bytes.
/// </summary>
public static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var overrides = string.Concat(sheets.Select((_, i) =>
            $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        Part(zip, "[Content_Types].xml",
            $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>""");
        Part(zip, "_rels/.rels",
            $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        var entries = string.Concat(sheets.Select((s, i) => $"""<sheet name="{Escape(s.Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""));
        Part(zip, "xl/workbook.xml",
            $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets>{entries}</sheets></workbook>""");
        var links = string.Concat(sheets.Select((_, i) =>
            $"""<Relationship Id="rId{i + 1}" Type="{Relationships}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""));
        Part(zip, "xl/_rels/workbook.xml.rels",
            $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{links}</Relationships>""");
        for (var i = 0; i < sheets.Count; i++) Part(zip, $"xl/worksheets/sheet{i + 1}.xml", Worksheet(sheets[i]));
    }

    private static string Worksheet(XlsxSheet sheet)
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            xml.Append($"""<row r="{r + 1}">""");
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                var reference = Input.Sheet.ColumnLetter(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (sheet.Rows[r][c])
                {
                    case null: break;
                    case decimal number:
                        xml.Append($"""<c r="{reference}"><v>{number.ToString(CultureInfo.InvariantCulture)}</v></c>""");
                        break;
                    case var text:
                        xml.Append($"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{Escape(text.ToString() ?? "")}</t></is></c>""");
                        break;
                }
            }
            xml.Append("</row>");
        }
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static void Part(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
