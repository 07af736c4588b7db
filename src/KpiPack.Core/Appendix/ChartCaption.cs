using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>
/// The sentence under an exception's chart, saying in words what the chart shows: the latest month's variation and
/// the rule that flags it ("Special cause: concern — 7 months in a row above the mean, Dec-19 to Jun-20"), then what
/// the process limits say about the target.
/// </summary>
public static class ChartCaption
{
    public static string Of(SpcResult spc, Indicator indicator, decimal? target, SpcSettings settings)
    {
        if (spc.Points.Count == 0) return "No figures to chart";
        if (!spc.HasLimits)
            return $"Too few months for process limits: {Months(spc.Points.Count)} with a figure, {settings.MinPoints} needed";

        var latest = spc.Points[^1];
        var variation = latest.Flagged
            ? $"Special cause: {Kind(spc.Variation)} — {Reason(spc, indicator, settings)}"
            : $"Common cause — {latest.Month.Label}'s {Figures.Value(Observation.Of(latest.Value), indicator)} is within the process limits, " +
              $"{Figures.Statistic(spc.LowerLimit, indicator)} to {Figures.Statistic(spc.UpperLimit, indicator)}";
        var assurance = (spc.Assurance, target) switch
        {
            (SpcAssurance.Pass, { } t) => $"; the target, {Figures.Statistic(t, indicator)}, is met every month as things run",
            (SpcAssurance.Fail, { } t) => $"; the target, {Figures.Statistic(t, indicator)}, is missed every month as things run",
            (SpcAssurance.HitAndMiss, { } t) => $"; the target, {Figures.Statistic(t, indicator)}, is hit and miss",
            _ => "",
        };
        return variation + assurance;
    }

    private static string Kind(SpcVariation variation) => variation switch
    {
        SpcVariation.ConcernHigh or SpcVariation.ConcernLow => "concern",
        SpcVariation.ImprovementHigh or SpcVariation.ImprovementLow => "improvement",
        _ => "unusual",
    };

    /// <summary>The first rule, in the order Making Data Count lists them, that flags the latest month in its direction.</summary>
    private static string Reason(SpcResult spc, Indicator indicator, SpcSettings settings)
    {
        var points = spc.Points;
        var latest = points[^1];
        var high = spc.Variation is SpcVariation.ImprovementHigh or SpcVariation.ConcernHigh or SpcVariation.NeutralHigh;
        var (side, limit, limitName) = high ? ("above", spc.UpperLimit, "upper") : ("below", spc.LowerLimit, "lower");

        if (high ? latest.Value > spc.UpperLimit : latest.Value < spc.LowerLimit)
            return $"{latest.Month.Label}'s {Figures.Value(Observation.Of(latest.Value), indicator)} is {side} the {limitName} process limit, {Figures.Statistic(limit, indicator)}";

        var run = RunBack(points, p => high ? p.Value > spc.Mean : p.Value < spc.Mean);
        if (run >= settings.ShiftRun) return $"{InARow(points, run)} {side} the mean, {Span(points, run)}";

        var trend = 1 + RunBack(points.Zip(points.Skip(1)).ToList(), pair => high ? pair.Second.Value > pair.First.Value : pair.Second.Value < pair.First.Value);
        if (trend >= settings.TrendRun) return $"{InARow(points, trend)} {(high ? "rising" : "falling")}, {Span(points, trend)}";

        var near = points.TakeLast(3).Where(p => high ? p.Value > spc.UpperNearLimit : p.Value < spc.LowerNearLimit).ToList();
        if (near.Count >= 2 && near[^1] == latest)
            return $"{And(near.Select(p => p.Month.Label).ToList())} close to the {limitName} process limit ({near.Count} of 3 months beyond two-thirds of the way to it)";

        return $"{latest.Month.Label} is flagged by a special-cause rule";
    }

    /// <summary>How many items at the end of <paramref name="items"/> in a row pass <paramref name="test"/>.</summary>
    private static int RunBack<T>(IReadOnlyList<T> items, Func<T, bool> test)
    {
        var count = 0;
        for (var i = items.Count - 1; i >= 0 && test(items[i]); i--) count++;
        return count;
    }

    /// <summary>"7 months in a row", or "7 figures in a row" when months without a figure fall inside the run.</summary>
    private static string InARow(IReadOnlyList<SpcPoint> points, int count)
    {
        var first = points[^count].Month;
        var span = (points[^1].Month.Year - first.Year) * 12 + points[^1].Month.Number - first.Number + 1;
        return span == count ? $"{count} months in a row" : $"{count} figures in a row";
    }

    private static string Span(IReadOnlyList<SpcPoint> points, int count) => $"{points[^count].Month.Label} to {points[^1].Month.Label}";

    private static string And(IReadOnlyList<string> items) => items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    private static string Months(int count) => count == 1 ? "1 month" : $"{count} months";
}
