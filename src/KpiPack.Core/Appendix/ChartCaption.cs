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
        var rebase = spc.Current?.Rebase is { } r && spc.Periods.Count > 1 ? r : null;
        if (!spc.HasLimits)
            return rebase is null
                ? $"Too few months for process limits: {Months(spc.Points.Count)} with a figure, {settings.MinPoints} needed"
                : $"Too few months for process limits since they were recalculated from {rebase.Month.Label} ({rebase.Reason}): " +
                  $"{Months(spc.CurrentPoints.Count)} with a figure, {settings.MinPoints} needed";

        var latest = spc.Points[^1];
        var variation = latest.Deciding is { } rule
            ? $"Special cause: {Kind(latest.Signal)} — {Reason(spc, rule, indicator)}"
            : $"Common cause — {latest.Month.Label}'s {Figures.Value(Observation.Of(latest.Value), indicator)} is within the process limits, " +
              $"{Figures.Statistic(spc.LowerLimit, indicator)} to {Figures.Statistic(spc.UpperLimit, indicator)}";
        var assurance = (spc.Assurance, target) switch
        {
            (SpcAssurance.Pass, { } t) => $"; the target, {Figures.Statistic(t, indicator)}, is met every month as things run",
            (SpcAssurance.Fail, { } t) => $"; the target, {Figures.Statistic(t, indicator)}, is missed every month as things run",
            (SpcAssurance.HitAndMiss, { } t) => $"; the target, {Figures.Statistic(t, indicator)}, is hit and miss",
            _ => "",
        };
        var since = rebase is null ? "" : $"; limits recalculated from {rebase.Month.Label}: {rebase.Reason}";
        return variation + assurance + since;
    }

    private static string Kind(PointSignal signal) => signal switch
    {
        PointSignal.Concern => "concern",
        PointSignal.Improvement => "improvement",
        _ => "unusual",
    };

    /// <summary>The rule that decides the latest point's signal (as <see cref="XmrChart"/> gives it), in words.</summary>
    private static string Reason(SpcResult spc, SpcRuleHit rule, Indicator indicator)
    {
        var points = spc.Points;
        var latest = points[^1];
        var high = rule.Direction == SpcDirection.High;
        var (side, limit, limitName) = high ? ("above", spc.UpperLimit, "upper") : ("below", spc.LowerLimit, "lower");
        return rule.Rule switch
        {
            SpcRule.OutsideLimits =>
                $"{latest.Month.Label}'s {Figures.Value(Observation.Of(latest.Value), indicator)} is {side} the {limitName} process limit, {Figures.Statistic(limit, indicator)}",
            SpcRule.Shift => $"{InARow(points, rule.Run)} {side} the mean, {Span(points, rule.Run)}",
            SpcRule.Trend => $"{InARow(points, rule.Run)} {(high ? "rising" : "falling")}, {Span(points, rule.Run)}",
            _ => $"{And(points.TakeLast(rule.Run).Where(p => p.Rules.Any(h => h.Rule == SpcRule.TwoOfThree && h.Direction == rule.Direction)).Select(p => p.Month.Label).ToList())} " +
                 $"close to the {limitName} process limit (two of three months in a row beyond two-thirds of the way to it)",
        };
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
