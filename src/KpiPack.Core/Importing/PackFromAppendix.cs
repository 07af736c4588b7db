using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Output;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Importing;

/// <summary>The files of a pack made from an appendix sheet: catalogue.csv, workbook.xlsx and kpipack.json, as bytes.</summary>
public static class PackFromAppendix
{
    public const string Catalogue = "catalogue.csv";
    public const string Workbook = "workbook.xlsx";

    public static IReadOnlyList<(string File, byte[] Bytes)> Files(ImportedAppendix appendix) =>
    [
        (Catalogue, CatalogueCsv(appendix)),
        (Workbook, WorkbookXlsx(appendix)),
        (Pack.FileName, PackJson(appendix)),
    ];

    private static byte[] CatalogueCsv(ImportedAppendix appendix)
    {
        var years = appendix.Indicators.SelectMany(i => i.Indicator.Targets.Keys).Distinct().Order().ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(["ref", "indicator", "section", "owner", "reporter", "outcome", "unit", "polarity", "sn", "england", "se_region",
                .. years.Select(y => $"target_{y.StartYear}_{(y.StartYear + 1) % 100:00}")]);
            foreach (var imported in appendix.Indicators)
            {
                var i = imported.Indicator;
                csv.WriteRecord([i.Ref, i.Name, i.Section, i.Owner, i.Reporter, i.Outcome, i.Unit.ToString().ToLowerInvariant(),
                    i.Polarity switch { Polarity.Up => "up", Polarity.Down => "down", _ => "" },
                    i.StatisticalNeighbours?.Text ?? "", i.England?.Text ?? "", i.SouthEastRegion?.Text ?? "",
                    .. years.Select(y => i.Targets.GetValueOrDefault(y)?.Text ?? "")]);
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] WorkbookXlsx(ImportedAppendix appendix)
    {
        List<IReadOnlyList<object?>> values = [["Ref", .. appendix.Months.Select(m => (object?)m.ToString())]];
        values.AddRange(appendix.Indicators.Select(i => (IReadOnlyList<object?>)[i.Indicator.Ref, .. appendix.Months.Select(m => ValueOf(i.Values[m]))]));
        List<IReadOnlyList<object?>> commentary = [["Ref", "Month", "Commentary"]];
        commentary.AddRange(appendix.Indicators.Where(i => i.Commentary.Length > 0)
            .Select(i => (IReadOnlyList<object?>)[i.Indicator.Ref, appendix.ReportMonth.ToString(), i.Commentary]));
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet(WorkbookReader.ValuesSheet, values), new XlsxSheet(WorkbookReader.CommentarySheet, commentary)]);
        return stream.ToArray();
    }

    /// <summary>
    /// A number as a number (a cell shown as 17.4% is already 17.4, and "17.4%" or "1,403" typed as text become numbers),
    /// a marker such as tbc as the text it is, an empty cell as nothing.
    /// </summary>
    internal static object? ValueOf(Cell cell)
    {
        if (cell.Number is { } number) return number;
        var text = cell.Text.Trim();
        if (text.Length == 0) return null;
        var bare = text.TrimEnd('%').Replace(",", "").Trim();
        return decimal.TryParse(bare, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : text;
    }

    private static byte[] PackJson(ImportedAppendix appendix)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("service", appendix.Service);
            json.WriteString("catalogue", Catalogue);
            json.WriteString("workbook", Workbook);
            json.WriteNumber("months", Math.Clamp(appendix.Months.Count, Pack.FewestMonths, Pack.MostMonths));
            json.WriteString("agendaItem", appendix.AgendaItem ?? "");
            json.WriteString("benchmarkCaption", appendix.BenchmarkCaption);
            json.WriteStartArray("appendices");
            var first = int.TryParse(appendix.AppendixNumber, out var number) ? number : 1;
            for (var i = 0; i < appendix.Sections.Count; i++)
            {
                json.WriteStartObject();
                // A stamp that is not a number ("A") numbers the first appendix; the others follow it.
                json.WriteString("appendix", i == 0 && appendix.AppendixNumber is { } stamped ? stamped : (first + i).ToString(CultureInfo.InvariantCulture));
                json.WriteString("title", appendix.Sections[i]);
                json.WriteStartArray("sections");
                json.WriteStringValue(appendix.Sections[i]);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
