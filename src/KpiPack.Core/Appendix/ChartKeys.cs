using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>The keys to the icons beside the exceptions' charts, on the first page with the others when there are charts.</summary>
internal static class ChartKeys
{
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
