using System.Globalization;
using ClosedXML.Excel;

namespace KpiPack.SampleBuilder;

/// <summary>
/// Writes the workbook as a data team keeps it: a Values sheet with a date-headed column per month
/// (percent indicators as real percentage cells) and a Commentary sheet. Where two appendices print the
/// same month, the later one wins: the council revised some months between publications.
/// </summary>
internal static class SampleWorkbook
{
    public static void Write(IReadOnlyList<PublishedAppendix> appendices, string path)
    {
        var values = new Dictionary<(string Ref, string Month), string>();
        foreach (var appendix in appendices)
            foreach (var row in appendix.Values)
                values[(row["ref"], row["month"])] = row["value"];

        var percentRefs = appendices.SelectMany(a => a.Catalogue)
            .Where(r => r["is_percentage"] == "yes").Select(r => r["ref"]).ToHashSet();
        // A computed indicator takes no values from the workbook: its row is left out of the Values sheet.
        var refs = appendices.Reverse().SelectMany(a => a.Catalogue.Select(r => r["ref"])).Distinct()
            .Where(r => !SampleCatalogue.Formulas.ContainsKey(r)).Append(Population.Ref).ToList();
        var months = values.Keys.Select(k => k.Month).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var month in months) values[(Population.Ref, month)] = Population.In(month).ToString(CultureInfo.InvariantCulture);

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Values");
        sheet.Cell(1, 1).Value = "Ref";
        for (var m = 0; m < months.Count; m++)
        {
            var header = sheet.Cell(1, m + 2);
            header.Value = DateTime.ParseExact(months[m], "yyyy-MM", CultureInfo.InvariantCulture);
            header.Style.NumberFormat.Format = "mmm-yy";
        }
        for (var r = 0; r < refs.Count; r++)
        {
            sheet.Cell(r + 2, 1).Value = refs[r];
            for (var m = 0; m < months.Count; m++)
            {
                if (!values.TryGetValue((refs[r], months[m]), out var text) || text.Length == 0) continue;
                var cell = sheet.Cell(r + 2, m + 2);
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    cell.SetValue(text);
                }
                else if (percentRefs.Contains(refs[r]))
                {
                    cell.Value = (double)(number / 100m);
                    cell.Style.NumberFormat.Format = "0.0%";
                }
                else
                {
                    cell.Value = (double)number;
                }
            }
        }

        var commentary = workbook.AddWorksheet("Commentary");
        commentary.Cell(1, 1).Value = "Ref";
        commentary.Cell(1, 2).Value = "Month";
        commentary.Cell(1, 3).Value = "Commentary";
        var line = 2;
        foreach (var appendix in appendices)
            foreach (var row in appendix.Published.Where(r => r["commentary"].Length > 0))
            {
                commentary.Cell(line, 1).Value = row["ref"];
                commentary.Cell(line, 2).SetValue(appendix.ReportMonth);
                commentary.Cell(line, 3).Value = row["commentary"];
                line++;
            }
        workbook.SaveAs(path);
    }
}
