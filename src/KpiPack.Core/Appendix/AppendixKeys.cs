using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>The keys above the table, each shown only when the table has what it explains.</summary>
internal static class AppendixKeys
{
    /// <param name="targetYear">The report month's financial year, the only one RAG is judged against.</param>
    /// <param name="targetsSet">Whether any indicator of the appendix has a target for <paramref name="targetYear"/>.</param>
    public static IReadOnlyList<AppendixKey> For(IReadOnlySet<AppendixPart> parts, string benchmarkCaption, FinancialYear targetYear, bool targetsSet)
    {
        var keys = new List<AppendixKey>();
        if (parts.Contains(AppendixPart.Changes))
            keys.Add(new AppendixKey("Key to direction of travel:",
                [new("Increase 10% or more ↑"), new("Similar →"), new("Decrease 10% or more ↓")]));
        if (parts.Contains(AppendixPart.Polarity))
            keys.Add(new AppendixKey("DoT:", [new("▲ higher is better"), new("▼ lower is better")]));
        if (parts.Contains(AppendixPart.Changes))
            keys.Add(new AppendixKey("Qualitative measures:",
                [.. new[] { Palette.Positive, Palette.Similar, Palette.Negative }.Select(s => new KeyItem($"{s.Mark} {s.Name}", s))]));
        if (parts.Contains(AppendixPart.Direction))
            keys.Add(new AppendixKey("Direction of travel ↑ → ↓:",
                [new($"{Palette.Positive.Mark} Improved", Palette.Positive), new($"{Palette.Similar.Mark} No change", Palette.Similar),
                 new($"{Palette.Negative.Mark} Worsened", Palette.Negative)],
                "the arrow says whether the figure rose, stayed or fell on the previous month; the colour and mark whether that is " +
                "better or worse, read with which way is better."));
        if (parts.Contains(AppendixPart.Targets) || parts.Contains(AppendixPart.Target) || parts.Contains(AppendixPart.Rag))
            keys.Add(targetsSet
                ? new AppendixKey($"Target {targetYear.ShortLabel}:",
                    [new("Green: met", Palette.Green), new("Amber: within 5%", Palette.Amber), new("Red: missed", Palette.Red)])
                // Said, so that a page without RAG is not read as a page where every target was met.
                : new AppendixKey("Targets:", [new($"No targets are set for {targetYear.Label}, so no RAG is given")],
                    $"the catalogue has no targets for {targetYear.Label}, the financial year of this report; a target column " +
                    "of an earlier year is shown for reference only, under its own year."));
        if (parts.Contains(AppendixPart.Spc))
        {
            keys.Add(new AppendixKey("SPC (signals, not noise):",
                [.. new[] { SpcVariation.ImprovementHigh, SpcVariation.ConcernHigh, SpcVariation.NeutralHigh, SpcVariation.Common }
                    .Select(v => SpcMarks.Variation(v)!).Select(s => new KeyItem(SpcMarks.Text(s), s))],
                "better is a real improvement, worse a real concern, unusual a real change in an indicator with no better " +
                "direction, common ordinary month-to-month variation."));
            keys.Add(new AppendixKey("Assurance:",
                [.. new[] { SpcAssurance.Pass, SpcAssurance.Fail, SpcAssurance.HitAndMiss }
                    .Select(a => SpcMarks.Assurance(a)!).Select(s => new KeyItem(SpcMarks.Text(s), s))],
                "as things run, the indicator passes or fails its target every month, or is hit and miss."));
        }
        if (benchmarkCaption.Length > 0)
            keys.Add(new AppendixKey(AppendixKey.BenchmarkLabel, [new(benchmarkCaption)]));
        return keys;
    }

    /// <summary>The note of the columns left out for printing nothing, with the keys so that both editions and every layout show it.</summary>
    public static IReadOnlyList<AppendixKey> LeftOut(IReadOnlyList<LeftOutColumn> leftOut) => leftOut.Count == 0 ? [] :
    [
        new("Columns left out:", [.. LeftOutColumn.Notes(leftOut).Select(note => new KeyItem(note))],
            "a column that would be empty on every row is not printed: a month in which no indicator has a figure " +
            "(blank or marked not available throughout), a target column with no target in it."),
    ];
}
