using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using KpiPack.Core.Model;

namespace KpiPack.Bench;

/// <summary>
/// A pack of any size that looks like a real one: three sections, counts and percentages, indicator names
/// and outcomes of the sample's lengths, a random walk of values with a month missing now and then, and
/// commentary for most indicators in the report month.
/// </summary>
internal static class SyntheticPack
{
    public static readonly Month ReportMonth = new(2020, 6);

    private static readonly string[] Sections = ["Children and Families", "Early Help", "Looked after children"];
    private static readonly string[] Words =
        "number of children young people referrals assessments completed within timescale plans visits contacts percentage rate per thousand placed adopted open service"
            .Split(' ');

    public static string Write(string folder, int indicators, int months, int seed = 1)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        var catalogue = new StringBuilder("ref,indicator,section,owner,reporter,outcome,unit,polarity,sn,england,se_region,target_2020_21\n");
        // A wide .xlsx, as councils keep their figures: a long CSV of 5,000 × 36 would pass the 100,000-row input limit.
        using var workbook = new XLWorkbook();
        var values = workbook.AddWorksheet("Values");
        var commentary = workbook.AddWorksheet("Commentary");
        values.Cell(1, 1).SetValue("Ref");
        for (var m = 0; m < months; m++) values.Cell(1, m + 2).SetValue(ReportMonth.AddMonths(m - months + 1).ToString());
        commentary.Cell(1, 1).SetValue("Ref");
        commentary.Cell(1, 2).SetValue("Month");
        commentary.Cell(1, 3).SetValue("Commentary");
        var commentaryRow = 2;
        for (var i = 1; i <= indicators; i++)
        {
            var reference = $"G{i:00000}";
            var percent = random.Next(5) < 2;
            catalogue.Append(CultureInfo.InvariantCulture,
                $"{reference},{Phrase(random, 8, 16)},{Sections[(i - 1) * Sections.Length / indicators]},Jane White,Sean Holthouse,\"{Phrase(random, 12, 28)}\"," +
                $"{(percent ? "percent" : "count")},{(random.Next(3) switch { 0 => "up", 1 => "down", _ => "" })},{random.Next(50, 500)},Local,-,{random.Next(50, 500)}\n");
            values.Cell(i + 1, 1).SetValue(reference);
            var value = percent ? random.Next(20, 80) : random.Next(50, 2000);
            for (var m = months - 1; m >= 0; m--)
            {
                value = Math.Max(0, value + random.Next(-value / 8 - 1, value / 8 + 2));
                if (percent) value = Math.Min(100, value);
                var cell = values.Cell(i + 1, months - m + 1);
                if (random.Next(20) == 0) cell.SetValue(random.Next(2) == 0 ? "tbc" : "");
                else cell.SetValue(value);
                if (m != 0 || random.Next(5) == 0) continue;
                commentary.Cell(commentaryRow, 1).SetValue(reference);
                commentary.Cell(commentaryRow, 2).SetValue(ReportMonth.ToString());
                commentary.Cell(commentaryRow++, 3).SetValue($"{Phrase(random, 10, 110)}.");
            }
        }
        File.WriteAllText(Path.Combine(folder, "catalogue.csv"), catalogue.ToString());
        workbook.SaveAs(Path.Combine(folder, "workbook.xlsx"));
        File.WriteAllText(Path.Combine(folder, "kpipack.json"),
            """{ "service": "Synthetic service", "workbook": "workbook.xlsx", "agendaItem": "7", "output": "appendix-{appendix}-{month}.pdf" }""");
        return folder;
    }

    private static string Phrase(Random random, int min, int max)
    {
        var words = Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[random.Next(Words.Length)]);
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
