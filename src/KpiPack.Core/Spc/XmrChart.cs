using KpiPack.Core.Model;

namespace KpiPack.Core.Spc;

/// <summary>
/// Statistical process control as NHS England's "Making Data Count" does it: an XmR chart (limits from the mean
/// moving range) of the last figures, split into periods at the indicator's rebases, each with its own mean and
/// limits; four special-cause rules read within each period; one signal per point; the variation of the latest point
/// and assurance against a target from the current period. Pure: the same series always gives the same chart.
/// </summary>
public static class XmrChart
{
    /// <summary>The XmR constant: the mean moving range scaled to three sigma.</summary>
    public const decimal ProcessLimitFactor = 2.66m;

    /// <summary>A moving range above this many mean moving ranges is an outlier when screening is on (as NHSRplotthedots).</summary>
    public const decimal ScreeningFactor = 3.267m;

    /// <param name="series">The indicator's months in order, ending at the report month; non-numeric months are skipped.</param>
    /// <param name="indicator">The indicator's rebases and baseline; null: none, with the pack's baseline.</param>
    public static SpcResult Analyse(IReadOnlyList<(Month Month, Observation Value)> series, Polarity polarity, Figure? target, SpcSettings settings,
        IndicatorSpc? indicator = null)
    {
        indicator ??= new IndicatorSpc { BaselinePoints = settings.BaselinePoints };
        var figures = series.Where(m => m.Value.IsNumber).Select(m => (m.Month, Value: m.Value.Number!.Value)).ToList();
        // The chart: the last MaxPoints months with a figure, however far back they go.
        var window = figures.TakeLast(settings.MaxPoints).ToList();
        if (window.Count == 0) return SpcResult.Empty;

        var rebases = indicator.Rebases.OrderBy(r => r.Month).ToList();
        int PeriodOf(Month month) => rebases.Count(r => r.Month <= month);

        var points = new List<SpcPoint>();
        var periods = new List<SpcPeriod>();
        foreach (var group in window.Select((f, i) => (f.Month, f.Value, Index: i)).GroupBy(f => PeriodOf(f.Month)))
        {
            var members = group.ToList();
            var number = PeriodOf(members[0].Month);
            var baseline = BaselineOf(figures.Where(f => PeriodOf(f.Month) == number).ToList(), members.Select(m => (m.Month, m.Value)).ToList(), indicator);
            var limits = baseline.Count >= settings.MinPoints ? LimitsOf(baseline, settings.ScreenMovingRanges) : null;
            var xs = members.Select(m => m.Value).ToList();
            var hits = limits is null ? xs.Select(_ => new List<(SpcRule, RuleMark)>()).ToList() : HitsOf(xs, limits, settings);
            var first = points.Count;
            for (var i = 0; i < members.Count; i++)
            {
                var point = new SpcPoint(members[i].Month, members[i].Value) { Period = periods.Count };
                var rules = hits[i].Select(h => new SpcRuleHit(h.Item1, h.Item2.Direction, members[h.Item2.Since].Month, i - h.Item2.Since + 1)).ToList();
                var direction = limits is null ? SpcDirection.None : DirectionOf(rules, point.Value, limits.Mean, settings.Rules);
                points.Add(point with { Rules = rules, Direction = direction, Signal = SignalOf(direction, polarity) });
            }
            periods.Add(new SpcPeriod(first, members.Count, number == 0 ? null : rebases[number - 1], limits));
        }

        var current = periods[^1].Limits;
        return new SpcResult(points, periods,
            current is null ? SpcVariation.Insufficient : VariationOf(points[^1], polarity),
            current is null ? SpcAssurance.None : AssuranceOf(target, polarity, current.Lower, current.Upper));
    }

    /// <summary>
    /// The figures a period's limits are worked out from: those of the baseline months where the period holds some
    /// (wherever they fall, before the chart's first month too); else its first N figures from its start (the rebase,
    /// or the indicator's first figure); else the period's figures on the chart.
    /// </summary>
    private static List<decimal> BaselineOf(List<(Month Month, decimal Value)> period, List<(Month Month, decimal Value)> charted, IndicatorSpc indicator)
    {
        if (indicator.BaselineMonths is { } span && period.Any(f => span.Contains(f.Month)))
            return period.Where(f => span.Contains(f.Month)).Select(f => f.Value).ToList();
        if (indicator.BaselineMonths is null && indicator.BaselinePoints is { } n)
            return period.Take(n).Select(f => f.Value).ToList();
        return charted.Select(f => f.Value).ToList();
    }

    /// <summary>
    /// The mean, and limits 2.66 mean moving ranges either side (near limits two-thirds of the way), from consecutive
    /// figures; with screening, moving ranges of <see cref="ScreeningFactor"/> times their mean or more are left out
    /// and the mean moving range taken again.
    /// </summary>
    public static SpcLimits LimitsOf(IReadOnlyList<decimal> baseline, bool screen)
    {
        var mean = baseline.Average();
        var ranges = baseline.Zip(baseline.Skip(1), (a, b) => Math.Abs(b - a)).ToList();
        var meanRange = ranges.Count == 0 ? 0 : ranges.Average();
        var screened = 0;
        if (screen && meanRange > 0)
        {
            var kept = ranges.Where(r => r < ScreeningFactor * meanRange).ToList();
            screened = ranges.Count - kept.Count;
            meanRange = kept.Average();
        }
        var spread = ProcessLimitFactor * meanRange;
        return new SpcLimits(mean, mean - spread, mean + spread, mean - spread * 2 / 3, mean + spread * 2 / 3, baseline.Count, screened);
    }

    /// <summary>Every rule's marks on each point, in <see cref="SpcRule"/> order, by the pack's reading of the rules.</summary>
    private static List<List<(SpcRule, RuleMark)>> HitsOf(List<decimal> xs, SpcLimits limits, SpcSettings settings)
    {
        var sides = SpcRules.SidesOfMean(xs, limits.Mean);
        var marks = new List<(SpcRule Rule, RuleMark[] Marks)> { (SpcRule.OutsideLimits, SpcRules.OutsideLimits(xs, limits)) };
        if (settings.Rules == SpcRuleSet.MakingDataCount)
        {
            marks.Add((SpcRule.Trend, SpcRules.Trend(xs, settings.TrendRun)));
            marks.Add((SpcRule.TwoOfThree, SpcRules.TwoOfThreeClose(xs, sides, limits)));
        }
        else
        {
            // A point at the top of a rise that then falls is in both runs, read by its side of the mean.
            marks.Add((SpcRule.Trend, SpcRules.Trend(xs, settings.TrendRun, SpcDirection.High)));
            marks.Add((SpcRule.Trend, SpcRules.Trend(xs, settings.TrendRun, SpcDirection.Low)));
            marks.Add((SpcRule.TwoOfThree, SpcRules.TwoOfThreeBeyond(xs, limits)));
        }
        marks.Add((SpcRule.Shift, SpcRules.Shift(sides, settings.ShiftRun)));
        return xs.Select((_, i) => marks.Where(m => m.Marks[i].Flags).Select(m => (m.Rule, m.Marks[i])).ToList()).ToList();
    }

    /// <summary>
    /// Where rules disagree: Making Data Count takes the first rule in <see cref="SpcRule"/> order (outside the limits,
    /// then a trend, two of three, a shift), so a rising run below the mean is high; the Western Electric reading takes
    /// the side of the mean (high only when above it).
    /// </summary>
    private static SpcDirection DirectionOf(IReadOnlyList<SpcRuleHit> rules, decimal value, decimal mean, SpcRuleSet ruleSet)
    {
        if (rules.Count == 0) return SpcDirection.None;
        if (ruleSet == SpcRuleSet.MakingDataCount) return rules[0].Direction;
        var high = rules.Any(r => r.Direction == SpcDirection.High);
        var low = rules.Any(r => r.Direction == SpcDirection.Low);
        return high && (!low || value > mean) ? SpcDirection.High : SpcDirection.Low;
    }

    public static PointSignal SignalOf(SpcDirection direction, Polarity polarity) => (direction, polarity) switch
    {
        (SpcDirection.None, _) => PointSignal.Common,
        (_, Polarity.None) => PointSignal.Unusual,
        (SpcDirection.High, Polarity.Up) or (SpcDirection.Low, Polarity.Down) => PointSignal.Improvement,
        _ => PointSignal.Concern,
    };

    /// <summary>The latest point's signal, with its direction: the variation the icon, the caption and the exceptions say.</summary>
    private static SpcVariation VariationOf(SpcPoint latest, Polarity polarity)
    {
        if (!latest.Flagged) return SpcVariation.Common;
        var high = latest.Direction == SpcDirection.High;
        return polarity switch
        {
            Polarity.Up => high ? SpcVariation.ImprovementHigh : SpcVariation.ConcernLow,
            Polarity.Down => high ? SpcVariation.ConcernHigh : SpcVariation.ImprovementLow,
            _ => high ? SpcVariation.NeutralHigh : SpcVariation.NeutralLow,
        };
    }

    /// <summary>
    /// A target outside the process limits is met every month (or missed every month) while the process stays as it
    /// is; a target between them is hit and miss.
    /// </summary>
    private static SpcAssurance AssuranceOf(Figure? target, Polarity polarity, decimal lower, decimal upper)
    {
        if (target?.Number is not { } t || polarity == Polarity.None) return SpcAssurance.None;
        if (t < lower) return polarity == Polarity.Up ? SpcAssurance.Pass : SpcAssurance.Fail;
        if (t > upper) return polarity == Polarity.Up ? SpcAssurance.Fail : SpcAssurance.Pass;
        return SpcAssurance.HitAndMiss;
    }
}
