using System.Text.RegularExpressions;
using CsvHelper;

namespace KpiPack.SampleBuilder;

/// <summary>
/// Merges the appendices' catalogues into one: the latest appendix's order, then indicators only older
/// ones print; for each field the latest appendix that fills it wins.
/// </summary>
internal static partial class SampleCatalogue
{
    private static readonly string[] Targets = ["target_2017_18", "target_2018_19", "target_2019_20"];

    public static readonly string[] Header =
    [
        "ref", "indicator", "section", "owner", "reporter", "outcome", "unit", "polarity", "decimals",
        "sn", "england", "se_region", .. Targets, "formula",
    ];

    /// <summary>
    /// The nine percentages that are ratios of two printed counts in every month of every appendix (issue 14): the
    /// catalogue computes them, and the workbook leaves them out. The council derived the changes of seven from the
    /// unrounded ratio, as KpiPack does from a formula. M6-QL and EH4-QL it kept as whole-number percentages (Jun-19
    /// prints M6-QL 32 / 542 = 5.90% as 6.0, and 6.0% → 6.0% as a 0% change), so their formulas round as its sheet did.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Formulas = new Dictionary<string, string>
    {
        ["M3"] = "[M2] / [M1] * 100",
        ["M6-QL"] = "round([M6-QL (val)] / [M2] * 100, 0)",
        ["CP4"] = "[CP4 (val)] / [CP2] * 100",
        ["EH4-QL"] = "round([EH4 (val)] / [EH3] * 100, 0)",
        ["CP3-QL"] = "[CP3-QL (val)] / [CP2] * 100",
        ["LAC6 (%)"] = "[LAC6 (val)] / [LAC3] * 100",
        ["LAC12 (%)"] = "[LAC12 (val)] / [LAC3] * 100",
        ["LAC10 (%)"] = "[LAC10-QL] / [LAC1] * 100",
        ["LAC9"] = "[LAC9 (val)] / [LAC1] * 100",
        // The rates per 10,000 children aged 0-17, over the population below; the four that count children the
        // council kept whole, as its printed changes show. CP2-NI counts conferences with the transfer-ins CP2 leaves out.
        ["M2-NI"] = $"round([M2] / [{Population.Ref}] * 10000, 0)",
        ["CP1-NI"] = $"round([CP1] / [{Population.Ref}] * 10000, 0)",
        ["CP6B-NI"] = $"round([CP6B] / [{Population.Ref}] * 10000, 0)",
        ["LAC1-NI"] = $"round([LAC1] / [{Population.Ref}] * 10000, 0)",
        ["CP2-NI"] = $"([CP2] + [CP2b]) / [{Population.Ref}] * 10000",
    };

    /// <summary>The merged catalogue's rows, in the order of <see cref="Header"/>.</summary>
    public static IReadOnlyList<string[]> Rows(IReadOnlyList<PublishedAppendix> appendices)
    {
        var newestFirst = appendices.Reverse().ToList();
        var refs = newestFirst.SelectMany(a => a.Catalogue.Select(r => r["ref"])).Distinct().ToList();
        return refs.Select(reference =>
        {
            string Latest(string field) => newestFirst
                .SelectMany(a => a.Catalogue.Where(r => r["ref"] == reference))
                .Select(r => r.GetValueOrDefault(field, ""))
                .FirstOrDefault(v => v.Length > 0) ?? "";

            var name = Latest("indicator");
            var unit = Latest("is_percentage") == "yes" ? "percent" : RatePattern().IsMatch(name) ? "rate" : "count";
            return new[]
            {
                reference, name, Latest("section"), Latest("owner"), Latest("reporter"), Latest("outcome"),
                unit, Polarity(appendices, reference), Decimals(appendices, reference, unit),
                Latest("sn"), Latest("england"), Latest("se_region"),
            }.Concat(Targets.Select(Latest)).Append(Formulas.GetValueOrDefault(reference, "")).ToArray();
        })
        // No section: it serves the rates' formulas and prints in no appendix.
        .Append(new[] { Population.Ref, Population.Name, "", "", "", "", "count", "", "", "", "", "" }.Concat(Targets.Select(_ => "")).Append("").ToArray())
        .ToList();
    }

    public static void Write(IEnumerable<string[]> rows, string path)
    {
        using var csv = CsvWriter.ToFile(path, CsvWriterOptions.Default with { NewLine = "\n" });
        csv.WriteHeader(Header);
        foreach (var row in rows) csv.WriteRecord(row);
    }

    /// <summary>▲ / ▼ is the indicator's polarity, the same in every appendix that prints it (shared/data/README.md, rule 6).</summary>
    private static string Polarity(IEnumerable<PublishedAppendix> appendices, string reference)
    {
        var glyphs = appendices
            .SelectMany(a => a.Published.Where(r => r["ref"] == reference))
            .Select(r => r["qualitative_glyph_raw"])
            .Where(g => g is "▲" or "▼")
            .Distinct()
            .ToList();
        return glyphs switch
        {
            [] => "",
            ["▲"] => "up",
            ["▼"] => "down",
            _ => throw new InvalidOperationException($"{reference}: the appendices disagree on its polarity"),
        };
    }

    /// <summary>
    /// The Jun-19 appendix prints averages with the indicator's own decimals; where that differs from the
    /// unit's default (CP4 (val): 29.58) the catalogue says so.
    /// </summary>
    private static string Decimals(IEnumerable<PublishedAppendix> appendices, string reference, string unit)
    {
        var printed = appendices.First().Published.FirstOrDefault(r => r["ref"] == reference)?["avg_12m"];
        if (printed is null || !decimal.TryParse(printed, System.Globalization.CultureInfo.InvariantCulture, out _)) return "";
        var decimals = printed.Contains('.') ? printed.Length - printed.IndexOf('.') - 1 : 0;
        var standard = unit == "percent" ? 1 : 0;
        return decimals == standard ? "" : decimals.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b(rate|per 10,000)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatePattern();
}
