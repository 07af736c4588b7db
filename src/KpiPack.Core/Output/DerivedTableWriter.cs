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
