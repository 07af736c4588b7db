using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Tests.Spc;

/// <summary>Hand-worked series for each rule of the method, with the arithmetic in the comments.</summary>
public class XmrChartTests
{
    private static readonly Month End = new(2020, 6);

    /// <summary>The values as consecutive months ending in Jun-20; null is a month marked tbc.</summary>
    private static List<(Month, Observation)> Series(params decimal?[] values) =>
        values.Select((v, i) => (End.AddMonths(i - values.Length + 1), v is { } n ? Observation.Of(n) : Observation.Missing("tbc"))).ToList();

    private static SpcResult Chart(Polarity polarity, params decimal?[] values) =>
        XmrChart.Analyse(Series(values), polarity, null, SpcSettings.Default);

    private static int[] FlaggedHigh(SpcResult chart) => chart.Points.Select((p, i) => (p, i)).Where(x => x.p.FlaggedHigh).Select(x => x.i).ToArray();

    // Sum 138 over 12 points: mean 11.5. Moving ranges 2,1,2,1,1,1,2,1,2,1,1 sum 15 over 11: mR̄ = 15/11.
    // Limits 11.5 ± 2.66 × 15/11 = 11.5 ± 3.6273: 7.8727 to 15.1273; near limits 11.5 ± 2.4182. Nothing is outside.
    private static readonly decimal?[] Steady = [10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 11];

    [Test]
    public void Limits_are_the_mean_plus_and_minus_2_66_mean_moving_ranges()
    {
        var chart = Chart(Polarity.Up, Steady);

        Assert.That(chart.Mean, Is.EqualTo(11.5m));
        Assert.That(chart.UpperLimit, Is.EqualTo(15.1273m).Within(0.0001m));
        Assert.That(chart.LowerLimit, Is.EqualTo(7.8727m).Within(0.0001m));
        Assert.That(chart.UpperNearLimit, Is.EqualTo(13.9182m).Within(0.0001m));
        Assert.That((chart.Variation, chart.Points.Any(p => p.Flagged)), Is.EqualTo((SpcVariation.Common, false)));
    }

    // 10 and 12 alternating (six 10s, five 12s), then 20: sum 140, mean 11.667. Moving ranges: ten of 2 and one of 10,
    // sum 30 over 11: mR̄ 2.7273, limits 11.667 ± 7.2545: upper 18.921. 20 is above it.
    private static readonly decimal?[] Spike = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 20];

    [TestCase(Polarity.Up, SpcVariation.ImprovementHigh)]
    [TestCase(Polarity.Down, SpcVariation.ConcernHigh)]
    [TestCase(Polarity.None, SpcVariation.NeutralHigh)]
    public void Rule_1_a_point_above_the_upper_limit_is_special_cause_high(Polarity polarity, SpcVariation expected)
    {
        var chart = Chart(polarity, Spike);
        Assert.That(FlaggedHigh(chart), Is.EqualTo(new[] { 11 }));
        Assert.That(chart.Variation, Is.EqualTo(expected));
    }

    // Five lows 9,11,9,11,9 (sum 49), seven highs 12,14,12,14,12,14,12 (sum 90): mean 139/12 = 11.583.
    // Moving ranges 2,2,2,2,3,2,2,2,2,2,2 = 23 over 11: limits 11.583 ± 5.562, near 11.583 ± 3.708: nothing beyond.
    // All seven highs are above the mean: a shift.
    [Test]
    public void Rule_2_seven_points_above_the_mean_are_a_shift()
    {
        var chart = Chart(Polarity.Up, 9, 11, 9, 11, 9, 12, 14, 12, 14, 12, 14, 12);
        Assert.That(FlaggedHigh(chart), Is.EqualTo(new[] { 5, 6, 7, 8, 9, 10, 11 }));
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.ImprovementHigh));
    }

    // Six lows 9,11,9,11,9,11 (60) and six highs 12,14,12,14,12,14 (78): mean 11.5, so the 11s are below it and the
    // run above is six: no shift. Moving ranges 2×5, 1, 2×5 = 21 over 11: limits 11.5 ± 5.08, near ± 3.39 (14.89).
    [Test]
    public void Rule_2_six_points_are_not_a_shift()
    {
        var chart = Chart(Polarity.Up, 9, 11, 9, 11, 9, 11, 12, 14, 12, 14, 12, 14);
        Assert.That(chart.Points.Any(p => p.Flagged), Is.False);
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.Common));
    }

    // 9,8,9,9 (35) and 13,15,13,12,15,13,15,13 (109): sum 144, mean exactly 12. Moving ranges 1,1,0,4,2,2,1,3,2,2,2 = 20
    // over 11: mR̄ 1.818, limits 12 ± 4.836 (7.16 to 16.84), near 12 ± 3.224 (8.78 to 15.22): only the 8 is beyond a near
    // limit, alone. Eight points from 13 on would be a shift, but the 12 sits on the mean and breaks them into 3 and 4.
    [Test]
    public void Rule_2_a_point_on_the_mean_breaks_the_run()
    {
        var onTheMean = Chart(Polarity.Up, 9, 8, 9, 9, 13, 15, 13, 12, 15, 13, 15, 13);
        Assert.That(onTheMean.Mean, Is.EqualTo(12m));
        Assert.That(onTheMean.Points.Any(p => p.Flagged), Is.False);

        // Half a unit more and it is above the (now 12.04) mean: eight in a row, a shift.
        var aboveTheMean = Chart(Polarity.Up, 9, 8, 9, 9, 13, 15, 13, 12.5m, 15, 13, 15, 13);
        Assert.That(FlaggedHigh(aboveTheMean), Is.EqualTo(new[] { 4, 5, 6, 7, 8, 9, 10, 11 }));
    }

    // 20,10,20,10,20,11,12,...,17: mean 178/12 = 14.833. Moving ranges 10,10,10,10,9 and six of 1 = 55 over 11: mR̄ 5,
    // limits 14.833 ± 13.3, near ± 8.867 (23.7 and 5.97): nothing beyond. 11..17 is seven points each higher: a trend.
    [Test]
    public void Rule_3_seven_points_each_higher_than_the_last_are_a_trend()
    {
        var chart = Chart(Polarity.Down, 20, 10, 20, 10, 20, 11, 12, 13, 14, 15, 16, 17);
        Assert.That(FlaggedHigh(chart), Is.EqualTo(new[] { 5, 6, 7, 8, 9, 10, 11 }));
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.ConcernHigh));
    }

    // 10,20,10,20,10,20,11,...,16: a rise of six points (five rises) is not a trend. Mean 171/12 = 14.25, mR̄ 64/11,
    // limits 14.25 ± 15.48, near ± 10.32: nothing beyond.
    [Test]
    public void Rule_3_six_points_rising_are_not_a_trend()
    {
        var chart = Chart(Polarity.Up, 10, 20, 10, 20, 10, 20, 11, 12, 13, 14, 15, 16);
        Assert.That(chart.Points.Any(p => p.Flagged), Is.False);
    }

    [Test]
    public void Rule_3_an_equal_value_breaks_a_trend()
    {
        // 11,12,13,13,14,15,16: the repeated 13 splits it into runs of three and four.
        var chart = Chart(Polarity.Up, 20, 10, 20, 10, 20, 11, 12, 13, 13, 14, 15, 16);
        Assert.That(chart.Points.Any(p => p.Flagged), Is.False);
    }

    // 10,12 alternating, then 15.5, 15.5: sum 141, mean 11.75. Moving ranges nine of 2, 3.5 and 0 = 21.5 over 11:
    // mR̄ 1.9545, limits 11.75 ± 5.199 (upper 16.949), near 11.75 ± 3.466 (upper 15.216). Both 15.5s are beyond the
    // near limit and inside the process limit: two of three, flagged; the 12 before them, the third, is not.
    [Test]
    public void Rule_4_two_of_three_beyond_the_near_limit_flag_those_two()
    {
        var chart = Chart(Polarity.Up, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 15.5m, 15.5m);
        Assert.That(FlaggedHigh(chart), Is.EqualTo(new[] { 10, 11 }));
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.ImprovementHigh));
    }

    [Test]
    public void Fewer_than_twelve_numeric_months_are_insufficient_and_gaps_are_skipped()
    {
        decimal?[] eleven = [10, 12, 11, 13, 12, null, 10, 12, 13, 11, 12, 11];
        decimal?[] twelve = [10, 12, 11, 13, 12, null, 11, 10, 12, 13, 11, 12, 11];

        Assert.That(Chart(Polarity.Up, eleven).Variation, Is.EqualTo(SpcVariation.Insufficient));
        var chart = Chart(Polarity.Up, twelve);
        Assert.That(chart.Points, Has.Count.EqualTo(12));
        // The same twelve values as Steady: the gap is stepped over, not counted as a moving range to zero.
        Assert.That(chart.Mean, Is.EqualTo(11.5m));
    }

    [Test]
    public void Uses_at_most_the_last_24_points()
    {
        var values = Enumerable.Range(0, 30).Select(i => (decimal?)(i % 2 == 0 ? 10 : 12)).ToArray();
        Assert.That(Chart(Polarity.Up, values).Points, Has.Count.EqualTo(24));
    }

    [TestCase(Polarity.Up, 5, SpcAssurance.Pass)]
    [TestCase(Polarity.Up, 20, SpcAssurance.Fail)]
    [TestCase(Polarity.Up, 12, SpcAssurance.HitAndMiss)]
    [TestCase(Polarity.Down, 20, SpcAssurance.Pass)]
    [TestCase(Polarity.Down, 5, SpcAssurance.Fail)]
    [TestCase(Polarity.None, 5, SpcAssurance.None)]
    public void Assurance_compares_the_target_with_the_process_limits(Polarity polarity, decimal target, SpcAssurance expected)
    {
        // Steady's limits are 7.87 to 15.13.
        var chart = XmrChart.Analyse(Series(Steady), polarity, Figure.Of(target), SpcSettings.Default);
        Assert.That(chart.Assurance, Is.EqualTo(expected));
    }

    [Test]
    public void Assurance_needs_a_numeric_target() =>
        Assert.That(XmrChart.Analyse(Series(Steady), Polarity.Up, Figure.Parse("TBC"), SpcSettings.Default).Assurance, Is.EqualTo(SpcAssurance.None));

    public class Properties
    {
        private static readonly decimal?[][] Cases = [Steady, Spike, [20, 10, 20, 10, 20, 11, 12, 13, 14, 15, 16, 17], [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 15.5m, 15.5m]];

        [Test]
        public void Shifting_every_value_shifts_the_limits_and_keeps_the_flags([Values(-7.5, 0.25, 1000)] double by)
        {
            foreach (var values in Cases)
            {
                var shift = (decimal)by;
                var before = Chart(Polarity.Up, values);
                var after = Chart(Polarity.Up, values.Select(v => v + shift).ToArray());
                Assert.That(after.Mean - before.Mean, Is.EqualTo(shift).Within(1e-20m));
                Assert.That(after.UpperLimit - before.UpperLimit, Is.EqualTo(shift).Within(1e-20m));
                Assert.That(after.Points.Select(p => (p.FlaggedHigh, p.FlaggedLow)), Is.EqualTo(before.Points.Select(p => (p.FlaggedHigh, p.FlaggedLow))));
                Assert.That(after.Variation, Is.EqualTo(before.Variation));
            }
        }

        [Test]
        public void Scaling_by_a_positive_constant_scales_the_limits([Values(0.5, 3, 100)] double by)
        {
            foreach (var values in Cases)
            {
                var factor = (decimal)by;
                var before = Chart(Polarity.Up, values);
                var after = Chart(Polarity.Up, values.Select(v => v * factor).ToArray());
                Assert.That(after.UpperLimit, Is.EqualTo(before.UpperLimit * factor).Within(1e-18m));
                Assert.That(after.LowerLimit, Is.EqualTo(before.LowerLimit * factor).Within(1e-18m));
                Assert.That(after.Points.Select(p => p.Flagged), Is.EqualTo(before.Points.Select(p => p.Flagged)));
            }
        }

        [Test]
        public void Reversing_polarity_swaps_improvement_and_concern()
        {
            foreach (var values in Cases)
            {
                var up = Chart(Polarity.Up, values).Variation;
                var down = Chart(Polarity.Down, values).Variation;
                var swapped = up switch
                {
                    SpcVariation.ImprovementHigh => SpcVariation.ConcernHigh,
                    SpcVariation.ConcernLow => SpcVariation.ImprovementLow,
                    var same => same,
                };
                Assert.That(down, Is.EqualTo(swapped));
            }
        }
    }
}
