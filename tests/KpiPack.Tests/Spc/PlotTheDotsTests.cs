using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Tests.Spc;

/// <summary>
/// The test cases of NHS-R Community's NHSRplotthedots (tests/testthat), with the values they expect, run through
/// KpiPack's rules: the R package is what analysts check a Making Data Count chart against. Its helpers give a 1 where
/// a rule triggers; "part of" spreads it over the run, which is what <see cref="SpcRules"/> marks.
/// </summary>
public class PlotTheDotsTests
{
    private static int[] Flags(RuleMark[] marks) => marks.Select(m => m.Flags ? 1 : 0).ToArray();

    private static int[] Directions(RuleMark[] marks) => marks.Select(m => m.Direction switch { SpcDirection.High => 1, SpcDirection.Low => -1, _ => 0 }).ToArray();

    // test-ptd_calculate_point_type.R: ptd_seven_point_one_side_mean, then ptd_part_of_seven_trend over it.
    [TestCase(new[] { 1, 1, 1, 1, 1, 1 }, new[] { 0, 0, 0, 0, 0, 0 })]
    [TestCase(new[] { 1, 1, 1, 1, 1, 1, -1 }, new[] { 0, 0, 0, 0, 0, 0, 0 })]
    [TestCase(new[] { 1, 1, 1, 1, 1, 1, 1, 1, -1 }, new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 })]
    [TestCase(new[] { -1, -1, -1, -1, -1, -1, -1, -1, 1 }, new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 })]
    [TestCase(new[] { -1, 1, 1, 1, 1, 1, 1, 1, 1, -1 }, new[] { 0, 1, 1, 1, 1, 1, 1, 1, 1, 0 })]
    [TestCase(new[] { 1, -1, -1, -1, -1, -1, -1, -1, -1, 1 }, new[] { 0, 1, 1, 1, 1, 1, 1, 1, 1, 0 })]
    public void Seven_points_on_one_side_of_the_mean(int[] sides, int[] expected)
    {
        var marks = SpcRules.Shift(sides, 7);
        Assert.That(Flags(marks), Is.EqualTo(expected));
        Assert.That(Directions(marks).Where(d => d != 0), Is.All.EqualTo(sides[Array.IndexOf(expected, 1) is var i and >= 0 ? i : 0]));
    }

    [Test]
    public void No_points_no_marks() => Assert.That(SpcRules.Shift([], 7), Is.Empty);

    // ptd_seven_point_trend: 1 (rising) or -1 (falling) at the seventh point of a run; part of it back to its first.
    [TestCase(new double[] { 1, 2, 3, 4, 5, 6 }, new[] { 0, 0, 0, 0, 0, 0 })]
    [TestCase(new double[] { 1, 2, 3, 3, 4, 5, 6 }, new[] { 0, 0, 0, 0, 0, 0, 0 })]
    [TestCase(new double[] { 1, 2, 3, 4, 5, 6, 7 }, new[] { 1, 1, 1, 1, 1, 1, 1 })]
    [TestCase(new double[] { 2, 1, 2, 3, 4, 5, 6, 7, 3 }, new[] { 0, 1, 1, 1, 1, 1, 1, 1, 0 })]
    [TestCase(new double[] { 7, 6, 5, 4, 3, 2, 1 }, new[] { -1, -1, -1, -1, -1, -1, -1 })]
    [TestCase(new double[] { 2, 7, 6, 5, 4, 3, 2, 1, 3 }, new[] { 0, -1, -1, -1, -1, -1, -1, -1, 0 })]
    public void Seven_points_each_rising_or_each_falling(double[] ys, int[] expected) =>
        Assert.That(Directions(SpcRules.Trend(ys.Select(y => (decimal)y).ToList(), 7)), Is.EqualTo(expected));

    // ptd_special_cause_type: a point in two trends (the top of a rise that then falls) takes the run going on from it.
    [Test]
    public void The_top_of_a_rise_then_a_fall_is_falling() =>
        Assert.That(Directions(SpcRules.Trend([1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1], 7)),
            Is.EqualTo(new[] { 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1 }));

    // ptd_part_of_two_in_three(ptd_two_in_three(close, relative_to_mean), close), all on one side.
    [TestCase(new[] { 1, 0, 1 }, new[] { 1, 0, 1 })]
    [TestCase(new[] { 0, 1, 1 }, new[] { 0, 1, 1 })]
    [TestCase(new[] { 1, 1, 0 }, new[] { 1, 1, 0 })]
    [TestCase(new[] { 0, 0, 1, 0, 1, 0, 0 }, new[] { 0, 0, 1, 0, 1, 0, 0 })]
    [TestCase(new[] { 0, 0, 1, 1, 0, 0, 0 }, new[] { 0, 0, 1, 1, 0, 0, 0 })]
    [TestCase(new[] { 1, 0, 0, 1 }, new[] { 0, 0, 0, 0 })]
    [TestCase(new[] { 1, 0, 0, 1, 1 }, new[] { 0, 0, 0, 1, 1 })]
    [TestCase(new int[0], new int[0])]
    [TestCase(new[] { 0, 0, 0 }, new[] { 0, 0, 0 })]
    public void Two_of_three_close_to_a_limit(int[] close, int[] expected) =>
        Assert.That(Flags(SpcRules.TwoOfThreeClose(close.Select(c => c == 1).ToList(), close.Select(_ => 1).ToList())), Is.EqualTo(expected));

    // "ptd_two_in_three works as expected when points are on opposite sides of the mean".
    [TestCase(new[] { 1, 0, 1 }, new[] { 1, -1, 1 })]
    [TestCase(new[] { 0, 1, 1 }, new[] { 1, -1, 1 })]
    [TestCase(new[] { 1, 1, 0 }, new[] { 1, -1, 1 })]
    [TestCase(new[] { 0, 0, 1, 0, 1, 0, 0 }, new[] { 1, -1, 1, -1, 1, -1, 1 })]
    [TestCase(new[] { 0, 0, 1, 1, 0, 0, 0 }, new[] { -1, 1, -1, 1, -1, 1, -1 })]
    public void Two_of_three_needs_all_three_on_one_side_of_the_mean(int[] close, int[] sides) =>
        Assert.That(Flags(SpcRules.TwoOfThreeClose(close.Select(c => c == 1).ToList(), sides)), Is.All.EqualTo(0));

    // test-ptd_spc_standard.R: set.seed(123); y = rnorm(20) (its snapshots print the values in full).
    private static readonly decimal[] Rnorm =
    [
        -0.56047565m, -0.23017749m, 1.55870831m, 0.07050839m, 0.12928774m, 1.71506499m, 0.46091621m, -1.26506123m, -0.68685285m, -0.44566197m,
        1.22408180m, 0.35981383m, 0.40077145m, 0.11068272m, -0.55584113m, 1.78691314m, 0.49785048m, -1.96661716m, 0.70135590m, -0.47279141m,
    ];

    private static readonly Month End = new(2021, 8);

    private static List<(Month, Observation)> Series(IReadOnlyList<decimal> values) =>
        values.Select((v, i) => (End.AddMonths(i - values.Count + 1), Observation.Of(v))).ToList();

    private static SpcResult Chart(IReadOnlyList<decimal> values, SpcSettings settings, IndicatorSpc? indicator = null) =>
        XmrChart.Analyse(Series(values), Polarity.Up, null, settings, indicator);

    private static readonly SpcSettings Screening = SpcSettings.Default with { ScreenMovingRanges = true };

    [Test]
    public void The_standard_calculation_gives_its_mean_and_limits()
    {
        // Snapshot r1: mean_col 0.1416238, lpl -3.01138, upl 3.294627; no point outside, relative_to_mean as printed.
        var chart = Chart(Rnorm, Screening);
        Assert.That(chart.Mean, Is.EqualTo(0.1416238m).Within(0.0000001m));
        Assert.That(chart.LowerLimit, Is.EqualTo(-3.01138m).Within(0.000005m));
        Assert.That(chart.UpperLimit, Is.EqualTo(3.294627m).Within(0.0000005m));
        Assert.That(SpcRules.SidesOfMean(Rnorm, chart.Mean).Take(13), Is.EqualTo(new[] { -1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1 }));
        // The summary snapshot: 20 points, all common cause.
        Assert.That(chart.Points, Has.Count.EqualTo(20));
        Assert.That(chart.Points.Select(p => p.Signal), Is.All.EqualTo(PointSignal.Common));
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.Common));
    }

    [Test]
    public void Screening_leaves_out_an_outlying_moving_range()
    {
        var spiked = Rnorm.ToArray();
        spiked[14] = 10;
        // Snapshot r2 (screen_outliers TRUE): mean 0.6694159, lpl -2.383666, upl 3.722497.
        var screened = Chart(spiked, Screening);
        Assert.That(screened.Mean, Is.EqualTo(0.6694159m).Within(0.0000001m));
        Assert.That(screened.LowerLimit, Is.EqualTo(-2.383666m).Within(0.0000005m));
        Assert.That(screened.UpperLimit, Is.EqualTo(3.722497m).Within(0.0000005m));
        Assert.That(screened.Current!.Limits!.ScreenedRanges, Is.EqualTo(2), "10 is far from both its neighbours");
        // Snapshot r3 (screen_outliers FALSE): lpl -4.596625, upl 5.935457; the range is wider than screened.
        var unscreened = Chart(spiked, SpcSettings.Default);
        Assert.That(unscreened.LowerLimit, Is.EqualTo(-4.596625m).Within(0.0000005m));
        Assert.That(unscreened.UpperLimit, Is.EqualTo(5.935457m).Within(0.0000005m));
        Assert.That(unscreened.UpperLimit - unscreened.LowerLimit, Is.GreaterThan(screened.UpperLimit - screened.LowerLimit));
        // 10 is beyond both upper limits: a special cause either way.
        Assert.That(screened.Points[14].Deciding!.Rule, Is.EqualTo(SpcRule.OutsideLimits));
    }

    [Test]
    public void Each_rebased_period_has_its_own_mean_and_limits()
    {
        // test-ptd_spc.R's summary by facet (the first ten points, then the last ten), which is what a rebase at the
        // eleventh point does: 0.0746, -2.60, 2.75 and 0.209, -3.28, 3.70 (printed to three figures). The R package
        // computes limits for a group of ten (with a warning); minPoints 10 lets KpiPack do the same.
        var rebase = new SpcRebase(End.AddMonths(-9), "a new recording system");
        var chart = Chart(Rnorm, Screening with { MinPoints = 10 }, new IndicatorSpc { Rebases = [rebase] });
        Assert.That(chart.Periods, Has.Count.EqualTo(2));
        var (first, second) = (chart.Periods[0].Limits!, chart.Periods[1].Limits!);
        Assert.That((first.Mean, first.Lower, first.Upper), Is.EqualTo((0.0746m, -2.60m, 2.75m)).Using<(decimal, decimal, decimal)>(Near));
        Assert.That((second.Mean, second.Lower, second.Upper), Is.EqualTo((0.209m, -3.28m, 3.70m)).Using<(decimal, decimal, decimal)>(Near));
        Assert.That(chart.Periods[1].Rebase, Is.EqualTo(rebase));
        // test-ptd_spc_standard.R "it sets the rebase_group field": ten points in group 0, ten in group 1.
        Assert.That(chart.Points.Select(p => p.Period), Is.EqualTo(Enumerable.Repeat(0, 10).Concat(Enumerable.Repeat(1, 10))));
        // The chart's mean and limits are the current period's.
        Assert.That(chart.Mean, Is.EqualTo(second.Mean));
    }

    /// <summary>Equal as the R snapshot prints them: to three significant figures.</summary>
    private static bool Near((decimal, decimal, decimal) a, (decimal, decimal, decimal) b) =>
        ThreeFigures(a.Item1) == b.Item1 && ThreeFigures(a.Item2) == b.Item2 && ThreeFigures(a.Item3) == b.Item3;

    private static decimal ThreeFigures(decimal value)
    {
        var digits = 2 - (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return Math.Round(value, Math.Max(digits, 0), MidpointRounding.AwayFromZero);
    }

    [Test]
    public void Fixing_the_limits_after_twelve_points_changes_them()
    {
        // "setting fix_after_n_points changes the calculations": the limits differ from those of all twenty, and the
        // mean is the first twelve's.
        var all = Chart(Rnorm, Screening);
        var fixedOn12 = Chart(Rnorm, Screening with { BaselinePoints = 12 });
        Assert.That(fixedOn12.LowerLimit, Is.Not.EqualTo(all.LowerLimit));
        Assert.That(fixedOn12.UpperLimit, Is.Not.EqualTo(all.UpperLimit));
        Assert.That(fixedOn12.Mean, Is.EqualTo(Rnorm.Take(12).Average()));
        Assert.That(fixedOn12.Current!.Limits!.BaselinePoints, Is.EqualTo(12));
        Assert.That(fixedOn12.Points, Has.Count.EqualTo(20), "every point is charted against the fixed limits");
    }

    [Test]
    public void Two_close_points_on_opposite_sides_of_the_mean_are_common_cause()
    {
        // "it only reports special cause for 2of3 points close to limits when they are on the same side of the mean":
        // 1, -1 alternating sixteen times, the last two 5.5 and -5.5: both common cause.
        var values = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 1m : -1m).ToArray();
        values[14] = 5.5m;
        values[15] = -5.5m;
        var chart = Chart(values, Screening);
        Assert.That(chart.Points.TakeLast(2).Select(p => p.Signal), Is.All.EqualTo(PointSignal.Common));
    }
}
