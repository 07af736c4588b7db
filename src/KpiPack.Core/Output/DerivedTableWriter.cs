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
            WriteFields(json, DerivedTableColumns.Names, DerivedTableColumns.Fields(row));
            // The chart itself, after the table's columns: its points with their period's mean and limits and their signal.
            json.WritePropertyName("spc_chart");
            json.WriteStartArray();
            foreach (var point in row.Spc.Points)
            {
                json.WriteStartObject();
                WriteFields(json, ChartPointColumns.Names.Skip(1), ChartPointColumns.Fields(row, point).Skip(1));
                json.WriteEndObject();
            }
            json.WriteEndArray();
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

    /// <summary>Numbers as numbers, a month or a ref (and a rule list or reason) as text, an absent field as null.</summary>
    private static void WriteFields(Utf8JsonWriter json, IEnumerable<string> names, IEnumerable<string?> fields)
    {
        foreach (var (name, field) in names.Zip(fields))
        {
            if (field is null) json.WriteNull(name);
            else if (name is not ("ref" or "month" or "rebased_from" or "rebase_reason" or "rules")
                     && decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                json.WriteNumber(name, number);
            else json.WriteString(name, field);
        }
    }

    /// <summary>Every indicator's chart points, one row each (<see cref="ChartPointColumns"/>): <c>derive --points</c>.</summary>
    public static void WritePointsCsv(DerivedTable table, TextWriter output)
    {
        var options = CsvWriterOptions.Default with { NewLine = "\n" };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader(ChartPointColumns.Names.ToArray());
        foreach (var fields in ChartPointColumns.Rows(table))
            csv.WriteRecord(fields.Select(f => f ?? "").ToArray());
    }
}
