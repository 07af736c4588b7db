using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsvHelper;

namespace KpiPack.SampleBuilder;

/// <summary>
/// The 2023 board pack (issue 21) from the board data tables extracted from seed 004 (data/README.md): its catalogue,
/// workbook and pack file in samples/board-2023, and the board template.
/// </summary>
internal static class BoardSample
{
    private static readonly string[] Months =
        ["2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07"];

    private static readonly string[] Benchmarks = ["own_2021_22", "sn", "se_region", "england"];

    public static readonly string[] Header =
        ["ref", "ref_id", "indicator", "unit", "polarity", "decimals", .. Benchmarks, "target_2023_24"];

    public static void Write(string data, string sample, string template)
    {
        var rows = SharedCsv.Read(Path.Combine(data, "board-2023-07.csv"));
        var tables = SharedCsv.Read(Path.Combine(data, "board-2023-07-tables.csv"));
        var catalogue = Catalogue(rows);
        Directory.CreateDirectory(sample);
        Directory.CreateDirectory(template);
        // The template's author is a placeholder to change, which the first build points out.
        foreach (var (folder, author) in new[] { (sample, "Children and Families data team"), (template, "[your team]") })
        {
            WriteCatalogue(catalogue, Path.Combine(folder, "catalogue.csv"));
            File.WriteAllText(Path.Combine(folder, "kpipack.json"), PackFile(rows, tables, author));
        }
        WriteWorkbook(rows, catalogue, Path.Combine(sample, "workbook.xlsx"));
        TemplateWorkbook.Write(catalogue.Select(r => r[0]), Path.Combine(template, "workbook.xlsx"));
        Reproducible(Path.Combine(template, "workbook.xlsx"));
    }

    /// <summary>One row per indicator, in the order first printed; each field from the first table that prints it.</summary>
    private static List<string[]> Catalogue(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) =>
        rows.GroupBy(r => r["ref"]).Select(g =>
        {
            string First(string field) => g.Select(r => r[field]).FirstOrDefault(v => v.Length > 0) ?? "";
            // A figure where any table prints one; "-" where the tables print only that (the seed's "none").
            string Printed(string field) =>
                g.Select(r => r[field]).FirstOrDefault(v => v.Length > 0 && v != "-") ?? (g.Any(r => r[field] == "-") ? "-" : "");
            var unit = First("unit");
            return new[]
            {
                g.Key, First("ref_id"), First("indicator"), unit, First("polarity"),
                // The board prints every figure whole, percentages too.
                unit == "percent" ? "0" : "",
            }.Concat(Benchmarks.Select(Printed)).Append(Target(Printed("target"))).ToArray();
        }).ToList();

    /// <summary>"95%" is 95; "&lt;36%" (at most 36, lower is better) is 36, the polarity saying which side.</summary>
    private static string Target(string printed) => printed.TrimStart('<').TrimEnd('%');

    private static void WriteCatalogue(IEnumerable<string[]> rows, string path)
    {
        using var csv = CsvWriter.ToFile(path, CsvWriterOptions.Default with { NewLine = "\n" });
        csv.WriteHeader(Header);
        foreach (var row in rows) csv.WriteRecord(row);
    }

    /// <summary>A Values sheet headed by date cells, percentages as percentage cells, and an empty Commentary sheet.</summary>
    private static void WriteWorkbook(IReadOnlyList<IReadOnlyDictionary<string, string>> rows, List<string[]> catalogue, string path)
    {
        var first = rows.GroupBy(r => r["ref"]).ToDictionary(g => g.Key, g => g.First());
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Values");
        sheet.Cell(1, 1).Value = "Ref";
        for (var m = 0; m < Months.Length; m++)
        {
            var header = sheet.Cell(1, m + 2);
            header.Value = DateTime.ParseExact(Months[m], "yyyy-MM", CultureInfo.InvariantCulture);
            header.Style.NumberFormat.Format = "mmm-yy";
        }
        for (var r = 0; r < catalogue.Count; r++)
        {
            var reference = catalogue[r][0];
            var percent = catalogue[r][3] == "percent";
            sheet.Cell(r + 2, 1).Value = reference;
            for (var m = 0; m < Months.Length; m++)
            {
                var text = first[reference][Months[m]];
                if (text.Length == 0) continue;
                var cell = sheet.Cell(r + 2, m + 2);
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) cell.SetValue(text);
                else if (percent)
                {
                    cell.Value = (double)(number / 100m);
                    cell.Style.NumberFormat.Format = "0%";
                }
                else cell.Value = (double)number;
            }
        }
        var commentary = workbook.AddWorksheet("Commentary");
        commentary.Cell(1, 1).Value = "Ref";
        commentary.Cell(1, 2).Value = "Month";
        commentary.Cell(1, 3).Value = "Commentary";
        workbook.SaveAs(path);
        Reproducible(path);
    }

    /// <summary>
    /// Makes the saved workbook the same bytes on every rebuild. The package ClosedXML saves through dates every zip
    /// entry and the core properties (created, modified) at the time of saving, and names the properties' part and two
    /// relationships with fresh GUIDs: here they get a fixed date (the month after the report month) and fixed names.
    /// </summary>
    private static void Reproducible(string path)
    {
        const string Core = "package/services/metadata/core-properties/core.psmdcp";
        var written = new DateTimeOffset(2023, 8, 1, 0, 0, 0, TimeSpan.Zero);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            string Read(System.IO.Compression.ZipArchiveEntry entry)
            {
                using var reader = new StreamReader(entry.Open());
                return reader.ReadToEnd();
            }
            void Replace(string name, string text)
            {
                zip.GetEntry(name)?.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            var core = zip.Entries.Single(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
            var properties = Regex.Replace(Read(core), @"\d{4}-\d\d-\d\dT[0-9:.]+Z", "2023-08-01T00:00:00Z");
            var relationships = Read(zip.GetEntry("_rels/.rels")!).Replace(core.FullName, Core);
            var id = 0;
            relationships = Regex.Replace(relationships, "Id=\"R[0-9a-f]{16}\"", _ => $"Id=\"R{++id}\"");
            core.Delete();
            Replace(Core, properties);
            Replace("_rels/.rels", relationships);
            foreach (var entry in zip.Entries) entry.LastWriteTime = written;
        }
    }

    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["trend"] = """["ref_id", "months", "difference"]""",
        ["target"] = """["ref_id", "months", "target", "rag", "direction"]""",
        ["full"] = """["ref_id", "months", "target", "rag", "direction", "benchmarks"]""",
        ["board"] = """["months", "target", "rag", "direction", "benchmarks"]""",
    };

    /// <summary>The pack file: the thirteen tables in the seed's order, each with the columns the seed prints for it.</summary>
    private static string PackFile(IReadOnlyList<IReadOnlyDictionary<string, string>> rows, IReadOnlyList<IReadOnlyDictionary<string, string>> tables, string author)
    {
        var json = new StringBuilder();
        json.Append($$"""
            // The council's 2023 "Board Data Tables" (seed 004) as a KpiPack board pack: thirteen titled tables, each
            // listing its indicators in the order the council prints them, with the columns it prints. Generated by
            // samples/SampleBuilder from samples/SampleBuilder/data (see its README.md). In this folder,
            // `kpipack build --month 2023-07` writes the board pack's PDF and HTML edition.
            {
              "service": "Children and Families",
              "author": "{{author}}",
              "catalogue": "catalogue.csv",
              "workbook": "workbook.xlsx",
              "months": 13,
              "output": "board-data-tables-{month}.pdf",
              // The benchmark columns of the catalogue, headed as the board tables print them.
              "benchmarks": [
                { "column": "own_2021_22", "label": "So'ton 21/22" },
                { "column": "sn", "label": "Statistical Neighbours" },
                { "column": "se_region", "label": "South East" },
                { "column": "england", "label": "England" }
              ],
              "appendices": [
                {
                  "appendix": "1",
                  "title": "Board data tables",
                  // What a table shows unless it names its own columns: no exceptions page, as the council's board has none.
                  "columns": ["ref_id", "months", "target", "rag", "direction", "benchmarks"],
                  "headings": { "difference": "Trend", "months": "" },
                  "tables": [

            """);
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var refs = rows.Where(r => r["table"] == table["table"]).Select(r => Quote(r["ref"]));
            var untitled = table["titled_in_seed"] == "no" ? " // untitled in the seed" : "";
            json.Append($"        {{ \"title\": {Quote(table["title"])},{untitled}\n");
            json.Append($"          \"columns\": {Columns[table["columns"]]},\n");
            if (table["judge_at_latest_value"] == "yes")
                json.Append("          // The board's return stops at May-23: RAG and direction are those of each indicator's latest month.\n          \"judgeAtLatestValue\": true,\n");
            json.Append($"          \"refs\": [{string.Join(", ", refs)}] }}{(t < tables.Count - 1 ? "," : "")}\n");
        }
        json.Append("      ]\n    }\n  ]\n}\n");
        return json.ToString();
    }

    private static string Quote(string text) => $"\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
}
