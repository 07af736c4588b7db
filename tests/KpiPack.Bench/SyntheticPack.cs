using System.Globalization;
using System.Text;
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
        var workbook = new StringBuilder("ref,month,value,commentary\n");
        for (var i = 1; i <= indicators; i++)
        {
            var reference = $"G{i:00000}";
            var percent = random.Next(5) < 2;
            catalogue.Append(CultureInfo.InvariantCulture,
                $"{reference},{Phrase(random, 8, 16)},{Sections[(i - 1) * Sections.Length / indicators]},Jane White,Sean Holthouse,\"{Phrase(random, 12, 28)}\"," +
                $"{(percent ? "percent" : "count")},{(random.Next(3) switch { 0 => "up", 1 => "down", _ => "" })},{random.Next(50, 500)},Local,-,{random.Next(50, 500)}\n");
            var value = percent ? random.Next(20, 80) : random.Next(50, 2000);
            for (var m = months - 1; m >= 0; m--)
            {
                var month = ReportMonth.AddMonths(-m);
                value = Math.Max(0, value + random.Next(-value / 8 - 1, value / 8 + 2));
                if (percent) value = Math.Min(100, value);
                var text = random.Next(20) == 0 ? (random.Next(2) == 0 ? "tbc" : "") : value.ToString(CultureInfo.InvariantCulture);
                var commentary = m == 0 && random.Next(5) > 0 ? $"\"{Phrase(random, 10, 110)}.\"" : "";
                workbook.Append(CultureInfo.InvariantCulture, $"{reference},{month},{text},{commentary}\n");
            }
        }
        File.WriteAllText(Path.Combine(folder, "catalogue.csv"), catalogue.ToString());
        File.WriteAllText(Path.Combine(folder, "workbook.csv"), workbook.ToString());
        File.WriteAllText(Path.Combine(folder, "kpipack.json"),
            """{ "service": "Synthetic service", "workbook": "workbook.csv", "agendaItem": "7", "output": "appendix-{appendix}-{month}.pdf" }""");
        return folder;
    }

    private static string Phrase(Random random, int min, int max)
    {
        var words = Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[random.Next(Words.Length)]);
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
