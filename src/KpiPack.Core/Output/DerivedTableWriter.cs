using System.Globalization;
using System.Text.Json;
using CsvHelper;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;

namespace KpiPack.Core.Output;

/// <summary>Writes the derived table as CSV (one row per indicator) or as a JSON array of objects, numbers as numbers.</summary>
public static class DerivedTableWriter
{
    public static void WriteCsv(DerivedTable table, TextWriter output)
    {
        var options = CsvWriterOptions.Default with { NewLine = "\n" };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader(DerivedTableColumns.Names.ToArray());
        foreach (var row in table.Rows)
            csv.WriteRecord(DerivedTableColumns.Fields(row).Select(f => f ?? "").ToArray());
    }

    /// <summary>
    /// The table for opening in a spreadsheet, with each indicator's wording and commentary: numbers are written
    /// as numbers, and text that a spreadsheet would run as a formula (starting =, +, -, @) is escaped.
    /// </summary>
    public static void WriteSpreadsheetCsv(DerivedTable table, TextWriter output)
    {
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader([.. DerivedTableColumns.Names, "indicator", "commentary"]);
        foreach (var row in table.Rows)
        {
            var fields = DerivedTableColumns.Fields(row);
            csv.WriteField(row.Indicator.Ref);
            csv.WriteField(row.Month.ToString());
            foreach (var field in fields.Skip(2))
            {
                if (field is not null && decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    csv.WriteField(number, "G");
                else
                    csv.WriteField(field ?? "");
            }
            csv.WriteField(row.Indicator.Name);
            csv.WriteField(row.Commentary);
            csv.EndRecord();
        }
    }

    /// <param name="revised">
    /// Each appendix's figures revised since its most recent earlier record: a row with any gets a "revised" list of
    /// them (appendix, since, month, then, now, both figures as printed); a row without has no such key.
    /// </param>
    public static void WriteJson(DerivedTable table, Stream output, IReadOnlyList<(string Appendix, RevisionList Revisions)>? revised = null)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            foreach (var (name, field) in DerivedTableColumns.Names.Zip(DerivedTableColumns.Fields(row)))
            {
                if (field is null) json.WriteNull(name);
                else if (name is not ("ref" or "month") && decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    json.WriteNumber(name, number);
                else json.WriteString(name, field);
            }
            WriteRevisions(json, row.Indicator.Ref, revised ?? []);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRevisions(Utf8JsonWriter json, string reference, IReadOnlyList<(string Appendix, RevisionList Revisions)> revised)
    {
        var mine = revised.SelectMany(a => a.Revisions.Figures.Where(f => f.Ref == reference).Select(f => (a.Appendix, a.Revisions.Since, Figure: f))).ToList();
        if (mine.Count == 0) return;
        json.WriteStartArray("revised");
        foreach (var (appendix, since, figure) in mine)
        {
            json.WriteStartObject();
            json.WriteString("appendix", appendix);
            json.WriteString("since", since.ToString());
            json.WriteString("month", figure.Month.ToString());
            json.WriteString("then", figure.Then);
            json.WriteString("now", figure.Now);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
