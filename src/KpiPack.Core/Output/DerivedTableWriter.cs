using System.Globalization;
using System.Text.Json;
using CsvHelper;
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

    public static void WriteJson(DerivedTable table, Stream output)
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
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
