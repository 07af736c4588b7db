using KpiPack.Core.Model;

namespace KpiPack.Core.Spc;

/// <summary>
/// Statistical process control as NHS England's "Making Data Count" does it: an XmR chart (limits from the mean
/// moving range), four special-cause rules, the variation of the latest point and assurance against a target.
/// Pure: the same series always gives the same chart.
/// </summary>
public static class XmrChart
{
    /// <summary>The XmR constant: the mean moving range scaled to three sigma.</summary>
    public const decimal ProcessLimitFactor = 2.66m;

    /// <param name="series">The indicator's months in order, ending at the report month; non-numeric months are skipped.</param>
    public static SpcResult Analyse(IReadOnlyList<(Month Month, Observation Value)> series, Polarity polarity, Figure? target, SpcSettings settings)
    {
        var values = series
            .Where(m => m.Value.IsNumber)
            .Select(m => (m.Month, Value: m.Value.Number!.Value))
            .TakeLast(settings.MaxPoints)
            .ToList();
        if (values.Count < settings.MinPoints)
            return SpcResult.Insufficient(values.Select(v => new SpcPoint(v.Month, v.Value, false, false)).ToList());

        var mean = values.Average(v => v.Value);
        // Moving ranges between consecutive numeric values, with no screening of large ones (as MDC's Excel tool).
        var meanRange = values.Zip(values.Skip(1), (a, b) => Math.Abs(b.Value - a.Value)).Average();
        var spread = ProcessLimitFactor * meanRange;
        var (lower, upper) = (mean - spread, mean + spread);
        var (nearLower, nearUpper) = (mean - spread * 2 / 3, mean + spread * 2 / 3);

        var xs = values.Select(v => v.Value).ToList();
        var high = new bool[xs.Count];
        var low = new bool[xs.Count];
        FlagOutsideLimits(xs, lower, upper, high, low);
        FlagRuns(xs, x => x > mean, settings.ShiftRun, high);
        FlagRuns(xs, x => x < mean, settings.ShiftRun, low);
        FlagTrends(xs, settings.TrendRun, high, low);
        FlagTwoOfThree(xs, x => x > nearUpper, high);
        FlagTwoOfThree(xs, x => x < nearLower, low);

        var points = values.Select((v, i) => new SpcPoint(v.Month, v.Value, high[i], low[i])).ToList();
        return new SpcResult(points, mean, lower, upper, nearLower, nearUpper,
            VariationOf(points[^1], mean, polarity), AssuranceOf(target, polarity, lower, upper));
    }

    /// <summary>Rule 1: a point above the upper or below the lower process limit (a point on a limit is inside).</summary>
    private static void FlagOutsideLimits(List<decimal> xs, decimal lower, decimal upper, bool[] high, bool[] low)
    {
        for (var i = 0; i < xs.Count; i++)
        {
            if (xs[i] > upper) high[i] = true;
            if (xs[i] < lower) low[i] = true;
        }
    }

    /// <summary>Rule 2: a run of at least <paramref name="length"/> points on one side of the mean; a point on the mean breaks it.</summary>
    private static void FlagRuns(List<decimal> xs, Func<decimal, bool> side, int length, bool[] flags)
    {
        var start = 0;
        for (var i = 0; i <= xs.Count; i++)
        {
            if (i < xs.Count && side(xs[i])) continue;
            if (i - start >= length) for (var j = start; j < i; j++) flags[j] = true;
            start = i + 1;
        }
    }

    /// <summary>Rule 3: at least <paramref name="length"/> points each higher (or each lower) than the one before; an equal value breaks it.</summary>
    private static void FlagTrends(List<decimal> xs, int length, bool[] high, bool[] low)
    {
        FlagMonotone(xs, length, (a, b) => b > a, high);
        FlagMonotone(xs, length, (a, b) => b < a, low);
    }

    private static void FlagMonotone(List<decimal> xs, int length, Func<decimal, decimal, bool> step, bool[] flags)
    {
        var start = 0;
        for (var i = 1; i <= xs.Count; i++)
        {
            if (i < xs.Count && step(xs[i - 1], xs[i])) continue;
            if (i - start >= length) for (var j = start; j < i; j++) flags[j] = true;
            start = i;
        }
    }

    /// <summary>Rule 4: two of three consecutive points beyond the same near limit; those two are flagged, not the third.</summary>
    private static void FlagTwoOfThree(List<decimal> xs, Func<decimal, bool> beyond, bool[] flags)
    {
        for (var i = 0; i + 2 < xs.Count; i++)
        {
            var window = Enumerable.Range(i, 3).Where(j => beyond(xs[j])).ToList();
            if (window.Count >= 2) foreach (var j in window) flags[j] = true;
        }
    }

    /// <summary>
    /// The latest point's variation: common unless a rule flags it; then high or low by the rule's direction (above the
    /// mean when flagged both ways), read as improvement or concern with the polarity, neutral without one.
    /// </summary>
    private static SpcVariation VariationOf(SpcPoint latest, decimal mean, Polarity polarity)
    {
        if (!latest.Flagged) return SpcVariation.Common;
        var isHigh = latest.FlaggedHigh && (!latest.FlaggedLow || latest.Value > mean);
        return (isHigh, polarity) switch
        {
            (true, Polarity.Up) => SpcVariation.ImprovementHigh,
            (true, Polarity.Down) => SpcVariation.ConcernHigh,
            (true, _) => SpcVariation.NeutralHigh,
            (false, Polarity.Up) => SpcVariation.ConcernLow,
            (false, Polarity.Down) => SpcVariation.ImprovementLow,
            _ => SpcVariation.NeutralLow,
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
