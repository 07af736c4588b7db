using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>The keys to the icons beside the exceptions' charts, on the first page with the others when there are charts.</summary>
internal static class ChartKeys
{
    /// <summary>
    /// <paramref name="keys"/> with the chart icons' keys after the SPC assurance key, where there is one, so that the
    /// two SPC keys and the two icon keys each share a line of the first page; at the end otherwise.
    /// </summary>
    public static IReadOnlyList<AppendixKey> With(IReadOnlyList<AppendixKey> keys, IReadOnlyList<ExceptionChart> charts)
    {
        var assurance = keys.ToList().FindIndex(k => k.Items.Any(i => i.Swatch is { } s && SpcMarks.All.Contains(s) && s.Mark is "P"));
        var at = assurance < 0 ? keys.Count : assurance + 1;
        return [.. keys.Take(at), .. For(charts), .. keys.Skip(at)];
    }

    public static IReadOnlyList<AppendixKey> For(IReadOnlyList<ExceptionChart> charts) => charts.Count == 0 ? [] :
    [
        new("Chart icons, variation:",
            [.. new[] { SpcVariation.ImprovementHigh, SpcVariation.ConcernHigh, SpcVariation.NeutralHigh, SpcVariation.Common }
                .Select(v => ChartMarks.Variation(v)!).Select(i => new KeyItem(ChartMarks.Words(i)) { Icon = i })],
            "the round icon beside each chart of the exceptions says what the latest month's variation is, with an arrow for its direction."),
        new("Chart icons, assurance:",
            [.. new[] { SpcAssurance.Pass, SpcAssurance.Fail, SpcAssurance.HitAndMiss }
                .Select(a => ChartMarks.Assurance(a)!).Select(i => new KeyItem(ChartMarks.Words(i)) { Icon = i })],
            "the square icon beside a chart with a target says whether the process, as it runs, passes (P) or fails (F) the target every month, or is hit and miss (?)."),
    ];
}
