using System.Globalization;
using ClosedXML.Excel;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Support;

/// <summary>
/// The appendix workbook a council keeps, made from one published appendix's clean figures (Golden/*-catalogue.csv,
/// -values.csv, -published.csv) and laid out as the seeds print it: the service and the "Mon-YY Monthly dataset"
/// title, the clerk's stamp, the two keys, the benchmarks' caption, the printed headings, a column per month,
/// the derived columns, the Percentage? flag, benchmarks, targets per financial year and the month's commentary; a
/// section's name on a row of its own before each later section, and the header repeated where a page breaks.
/// Percentages are kept as Excel keeps them (0.174 shown as 17.4%).
/// </summary>
internal static class CouncilAppendix
{
    public const int RowsPerPage = 12;

    public sealed record Published(string Prefix)
    {
        public IReadOnlyList<IReadOnlyDictionary<string, string>> Catalogue { get; } = CsvRows.Read(RepoPaths.Golden($"{Prefix}-catalogue.csv"));
        public IReadOnlyList<IReadOnlyDictionary<string, string>> Values { get; } = CsvRows.Read(RepoPaths.Golden($"{Prefix}-values.csv"));
        public IReadOnlyList<IReadOnlyDictionary<string, string>> Derived { get; } = CsvRows.Read(RepoPaths.Golden($"{Prefix}-published.csv"));

        public Month ReportMonth => Month.Parse(Prefix);
        public IReadOnlyList<Month> Months => Values.Select(v => Month.Parse(v["month"])).Distinct().Order().ToList();
        public IReadOnlyList<string> TargetColumns => Catalogue[0].Keys.Where(k => k.StartsWith("target_")).ToList();
        public bool IsPercentage(IReadOnlyDictionary<string, string> indicator) => indicator["is_percentage"] == "yes";
        public IReadOnlyDictionary<string, string> DerivedOf(string reference) => Derived.Single(d => d["ref"] == reference);
    }

    public static string Write(string path, Published data, string agendaItem = "7", string appendix = "1")
    {
        var months = data.Months;
        var targets = data.TargetColumns;
        string[] before = ["Ref.", "Indicator", "Owner", "Reporter", "Outcome (what impact will monitoring these measures have on the experiences of our children)"];
        string[] after = ["% change from previous month", "% change from same month prev. yr", "DoT", "12 month average", "12-mnth max value", "Percentage?",
            "Stat. Neighbour", "England", "SE region"];
        // Two ways the council heads a target: "Target 18-19" and, for the last year, "Target 2019/20".
        var targetHeadings = targets.Select((t, i) => i == targets.Count - 1 ? $"Target {t[7..11]}/{t[^2..]}" : $"Target {t[9..11]}-{t[^2..]}").ToList();
        var commentary = $"Commentary ({data.ReportMonth.Label}):";
        var firstMonth = before.Length + 1;
        var firstAfter = firstMonth + months.Count;

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(data.ReportMonth.Label);
        var row = 1;
        var caption = data.Catalogue[0]["benchmark_caption"];
        var last = firstAfter + after.Length + targets.Count;
        sheet.Cell(row, 1).SetValue(data.Catalogue[0]["section"]);
        sheet.Cell(row, last).SetValue($"Agenda Item {agendaItem}");
        row++;
        sheet.Cell(row, 1).SetValue($"{data.ReportMonth.Label} Monthly dataset");
        sheet.Cell(row, last).SetValue($"Appendix {appendix}");
        row++;
        sheet.Cell(row, 1).SetValue("Qualitative measures:");
        sheet.Cell(row, 4).SetValue("Key to direction of travel:");
        row++;
        string[] keys = ["Positive", "Similar", "Negative", "Increase 10% or more", "↑", "Similar", "→", "Decrease 10% or more", "↓"];
        for (var i = 0; i < keys.Length; i++) sheet.Cell(row, i + 1).SetValue(keys[i]);
        row++;
        if (caption.Length > 0) sheet.Cell(row, firstAfter + 6).SetValue($"Benchmarking ({caption})");
        row++;

        void Header()
        {
            string[] headings = [.. before, .. months.Select(m => m.Label), .. after, .. targetHeadings, commentary];
            for (var i = 0; i < headings.Length; i++) sheet.Cell(row, i + 1).SetValue(headings[i]);
            row++;
        }

        Header();
        var section = data.Catalogue[0]["section"];
        var onPage = 0;
        foreach (var indicator in data.Catalogue)
        {
            if (indicator["section"] != section)
            {
                section = indicator["section"];
                sheet.Cell(row++, 1).SetValue(section);
                Header();
                onPage = 0;
            }
            else if (onPage == RowsPerPage)
            {
                sheet.Cell(row++, last).SetValue($"Agenda Item {agendaItem}");
                Header();
                onPage = 0;
            }
            onPage++;
            var reference = indicator["ref"];
            var percent = data.IsPercentage(indicator);
            var published = data.DerivedOf(reference);
            object[] texts = [reference, indicator["indicator"], indicator["owner"], indicator["reporter"], indicator["outcome"]];
            for (var i = 0; i < texts.Length; i++) sheet.Cell(row, i + 1).SetValue(texts[i].ToString());
            for (var m = 0; m < months.Count; m++)
            {
                var value = data.Values.FirstOrDefault(v => v["ref"] == reference && v["month"] == months[m].ToString())?["value"] ?? "";
                Figure(sheet.Cell(row, firstMonth + m), value, percent);
            }
            var column = firstAfter;
            sheet.Cell(row, column++).SetValue(Change(published["dot_arrow_prev_month"], published["pct_change_prev_month"]));
            sheet.Cell(row, column++).SetValue(Change(published["dot_arrow_prev_year"], published["pct_change_prev_year"]));
            sheet.Cell(row, column++).SetValue(published["qualitative_dot"] switch { "Positive" => "▲", "Negative" => "▼", _ => "" });
            Figure(sheet.Cell(row, column++), published["avg_12m"], percent);
            Figure(sheet.Cell(row, column++), published["max_12m"], percent);
            sheet.Cell(row, column++).SetValue(percent ? "P" : "-");
            foreach (var benchmark in new[] { "sn", "england", "se_region" }) Figure(sheet.Cell(row, column++), indicator[benchmark], percent);
            foreach (var target in targets) Figure(sheet.Cell(row, column++), indicator[target], percent);
            sheet.Cell(row, column).SetValue(published["commentary"]);
            row++;
        }
        workbook.SaveAs(path);
        return path;
    }

    private static string Change(string arrow, string percent) => percent is "n/a" or "" ? "n/a" : $"{arrow} {percent}%".Trim();

    /// <summary>A number as a number (a percentage as Excel keeps it, with a % format), anything else as the text it is.</summary>
    private static void Figure(IXLCell cell, string text, bool percent)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            if (text.Length > 0) cell.SetValue(text);
            return;
        }
        if (!percent)
        {
            cell.Value = (double)number;
            return;
        }
        cell.Value = (double)(number / 100);
        var decimals = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
        cell.Style.NumberFormat.Format = decimals == 0 ? "0%" : "0." + new string('0', decimals) + "%";
    }
}
