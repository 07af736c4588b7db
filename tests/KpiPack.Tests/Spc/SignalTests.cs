using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Tests.Spc;

/// <summary>
/// Hand-worked series for where the two readings of the rules differ, for the window, flat runs, gaps, rebases and
/// baselines, with the arithmetic in the comments.
/// </summary>
public class SignalTests
{
    private static readonly Month End = new(2020, 6);

    private static List<(Month, Observation)> Series(params decimal?[] values) =>
        values.Select((v, i) => (End.AddMonths(i - values.Length + 1), v is { } n ? Observation.Of(n) : Observation.Missing("tbc"))).ToList();

    private static SpcResult Chart(SpcSettings settings, Polarity polarity, params decimal?[] values) =>
        XmrChart.Analyse(Series(values), polarity, null, settings);

    private static readonly SpcSettings WesternElectric = SpcSettings.Default with { Rules = SpcRuleSet.WesternElectric };

    // 38,18 alternating (five), then 10 rising to 16: sum 241, mean 20.083. Moving ranges 4 × 20 + 28 + 6 × 1 = 114
    // over 11: limits 20.083 ± 27.567 (-7.48 to 47.65), near limits ± 18.378 (1.71 to 38.46): nothing is outside
    // or close. 10..16 is a rising run of seven, and also seven below the mean.
    private static readonly decimal?[] RisingBelowTheMean = [38, 18, 38, 18, 38, 10, 11, 12, 13, 14, 15, 16];

    [Test]
    public void A_rising_run_below_the_mean_is_high_as_Making_Data_Count_reads_it()
    {
        var chart = Chart(SpcSettings.Default, Polarity.Up, RisingBelowTheMean);
        var latest = chart.Points[^1];
        Assert.That(latest.Rules.Select(r => (r.Rule, r.Direction)),
            Is.EqualTo(new[] { (SpcRule.Trend, SpcDirection.High), (SpcRule.Shift, SpcDirection.Low) }), "both rules fired, the trend first");
        Assert.That((latest.Direction, latest.Signal, chart.Variation), Is.EqualTo((SpcDirection.High, PointSignal.Improvement, SpcVariation.ImprovementHigh)));
        Assert.That(latest.Deciding, Is.EqualTo(new SpcRuleHit(SpcRule.Trend, SpcDirection.High, new Month(2019, 12), 7)));
        Assert.That(chart.Points.Skip(5).Select(p => p.Signal), Is.All.EqualTo(PointSignal.Improvement), "the whole run");
    }

    [Test]
    public void The_Western_Electric_setting_reads_it_by_its_side_of_the_mean()
    {
        var chart = Chart(WesternElectric, Polarity.Up, RisingBelowTheMean);
        Assert.That((chart.Points[^1].Direction, chart.Variation), Is.EqualTo((SpcDirection.Low, SpcVariation.ConcernLow)));
    }

    // 10,12 eight times, then 16, 11, 16: sum 219 over 19, mean 11.526. Moving ranges 15 × 2 + 4 + 5 + 5 = 44 over 18:
    // limits 11.526 ± 6.502 (5.02 to 18.03), near limits ± 4.335 (upper 15.86). Both 16s are close to the upper limit,
    // but the 11 between them is below the mean.
    private static readonly decimal?[] CloseAcrossTheMean = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 16, 11, 16];

    [Test]
    public void Two_of_three_needs_all_three_on_one_side_of_the_mean()
    {
        Assert.That(Chart(SpcSettings.Default, Polarity.Up, CloseAcrossTheMean).Variation, Is.EqualTo(SpcVariation.Common));
        var western = Chart(WesternElectric, Polarity.Up, CloseAcrossTheMean);
        Assert.That(western.Variation, Is.EqualTo(SpcVariation.ImprovementHigh));
        Assert.That(western.Points.Select((p, i) => (p, i)).Where(x => x.p.Flagged).Select(x => x.i), Is.EqualTo(new[] { 16, 18 }));
    }

    // 10,12 eight times, then 20, 17: sum 213 over 18, mean 11.833. Moving ranges 15 × 2 + 8 + 3 = 41 over 17: limits
    // 11.833 ± 6.415 (upper 18.25), near ± 4.277 (upper 16.11). 20 is beyond the limit, 17 between the near limit and
    // the limit: one close point, not two.
    private static readonly decimal?[] BeyondThenClose = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 20, 17];

    [Test]
    public void A_point_beyond_the_limit_is_a_signal_of_its_own_not_a_close_one()
    {
        var chart = Chart(SpcSettings.Default, Polarity.Up, BeyondThenClose);
        Assert.That(chart.Points[^2].Rules.Select(r => r.Rule), Is.EqualTo(new[] { SpcRule.OutsideLimits }));
        Assert.That(chart.Points[^1].Flagged, Is.False);
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.Common));
        var western = Chart(WesternElectric, Polarity.Up, BeyondThenClose);
        Assert.That(western.Points[^1].Rules.Select(r => r.Rule), Is.EqualTo(new[] { SpcRule.TwoOfThree }));
    }

    [TestCase(Polarity.Up, PointSignal.Improvement)]
    [TestCase(Polarity.Down, PointSignal.Concern)]
    [TestCase(Polarity.None, PointSignal.Unusual)]
    public void A_point_reads_its_direction_with_the_polarity(Polarity polarity, PointSignal expected) =>
        Assert.That(Chart(SpcSettings.Default, polarity, RisingBelowTheMean).Points[^1].Signal, Is.EqualTo(expected));

    [Test]
    public void A_flat_run_has_its_limits_on_the_mean_and_no_signal([Values] bool screen)
    {
        // Twelve 10s: every moving range is 0, so the limits are the mean; no point is beyond them nor either side.
        var chart = Chart(SpcSettings.Default with { ScreenMovingRanges = screen }, Polarity.Up, Enumerable.Repeat((decimal?)10, 12).ToArray());
        Assert.That((chart.Mean, chart.LowerLimit, chart.UpperLimit), Is.EqualTo((10m, 10m, 10m)));
        Assert.That(chart.Points.Any(p => p.Flagged), Is.False);
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.Common));
    }

    [Test]
    public void The_chart_takes_the_last_24_months_with_a_figure_however_far_back()
    {
        // Thirty months with three gaps: 27 figures, of which the chart takes the last 24 (the calendar's last 24
        // months would hold 21 of them).
        var values = Enumerable.Range(0, 30).Select(i => i is 10 or 20 or 25 ? (decimal?)null : i % 2 == 0 ? 10 : 12).ToArray();
        var chart = Chart(SpcSettings.Default, Polarity.Up, values);
        Assert.That(chart.Points, Has.Count.EqualTo(24));
        Assert.That(chart.Points[0].Month, Is.EqualTo(End.AddMonths(-26)), "the 4th month of the 30: three before it and the three gaps are left out");
    }

    [Test]
    public void A_gap_does_not_break_a_run_of_figures()
    {
        // The shift of seven below the mean of Rule_2 (XmrChartTests), with a month marked tbc inside the run.
        var chart = Chart(SpcSettings.Default, Polarity.Up, 9, 11, 9, 11, 9, 12, 14, 12, null, 14, 12, 14, 12);
        Assert.That(chart.Points[^1].Deciding, Is.EqualTo(new SpcRuleHit(SpcRule.Shift, SpcDirection.High, End.AddMonths(-7), 7)));
    }

    // Twelve months of Steady (mean 11.5, limits 7.87 to 15.13), then, from a rebase, twelve around 30.
    private static readonly decimal?[] Steady = [10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 11];
    private static readonly decimal?[] Higher = [30, 32, 31, 33, 32, 31, 30, 32, 33, 31, 32, 31];

    [Test]
    public void A_rebase_starts_a_period_with_its_own_limits_and_runs_do_not_cross_it()
    {
        var rebase = new SpcRebase(End.AddMonths(-11), "referrals now counted per child");
        var values = Series([.. Steady, .. Higher]);
        var chart = XmrChart.Analyse(values, Polarity.Down, null, SpcSettings.Default, new IndicatorSpc { Rebases = [rebase] });
        Assert.That(chart.Periods.Select(p => (p.FirstPoint, p.PointCount)), Is.EqualTo(new[] { (0, 12), (12, 12) }));
        Assert.That(chart.Periods[0].Limits!.Mean, Is.EqualTo(11.5m));
        Assert.That(chart.Mean, Is.EqualTo(31.5m), "the current period's");
        Assert.That(chart.Points.Any(p => p.Flagged), Is.False, "each period is steady about its own mean");
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.Common));

        // Without the rebase the second twelve are a shift of twelve above the mean.
        var unrebased = XmrChart.Analyse(values, Polarity.Down, null, SpcSettings.Default);
        Assert.That(unrebased.Variation, Is.EqualTo(SpcVariation.ConcernHigh));
    }

    [Test]
    public void A_period_with_too_few_figures_has_no_limits()
    {
        var rebase = new SpcRebase(End.AddMonths(-4), "new service");
        var chart = XmrChart.Analyse(Series([.. Steady, .. Higher.Take(5)]), Polarity.Up, null, SpcSettings.Default, new IndicatorSpc { Rebases = [rebase] });
        Assert.That(chart.Periods[0].Limits, Is.Not.Null);
        Assert.That(chart.Periods[1].Limits, Is.Null);
        Assert.That((chart.HasLimits, chart.Variation), Is.EqualTo((false, SpcVariation.Insufficient)));
        Assert.That(chart.Points.Skip(12).Any(p => p.Flagged), Is.False);
    }

    [Test]
    public void A_baseline_of_months_fixes_the_limits_even_before_the_charts_window()
    {
        // Steady's twelve months are the baseline; then 24 months of Higher, so Steady is outside the 24-month window.
        var values = Series([.. Steady, .. Higher, .. Higher]);
        var baseline = new MonthSpan(End.AddMonths(-35), End.AddMonths(-24));
        var chart = XmrChart.Analyse(values, Polarity.Up, null, SpcSettings.Default, new IndicatorSpc { BaselineMonths = baseline });
        Assert.That(chart.Points[0].Month, Is.EqualTo(End.AddMonths(-23)));
        Assert.That((chart.Mean, chart.Current!.Limits!.BaselinePoints), Is.EqualTo((11.5m, 12)));
        Assert.That(chart.Points.Select(p => p.Deciding?.Rule), Is.All.EqualTo(SpcRule.OutsideLimits), "all 24 are above the baseline's limits");
        Assert.That(chart.Variation, Is.EqualTo(SpcVariation.ImprovementHigh));
    }

    [Test]
    public void A_baseline_of_points_counts_from_the_rebase()
    {
        var rebase = new SpcRebase(End.AddMonths(-11), "referrals now counted per child");
        var chart = XmrChart.Analyse(Series([.. Steady, .. Higher]), Polarity.Up, null, SpcSettings.Default with { MinPoints = 6 },
            new IndicatorSpc { Rebases = [rebase], BaselinePoints = 6 });
        Assert.That(chart.Periods[0].Limits!.Mean, Is.EqualTo(Steady.Take(6).Average()));
        Assert.That(chart.Periods[1].Limits!.Mean, Is.EqualTo(Higher.Take(6).Average()));
    }

    [Test]
    public void The_pack_baseline_applies_where_an_indicator_sets_none()
    {
        var settings = SpcSettings.Default with
        {
            BaselinePoints = 15,
            Indicators = new Dictionary<string, IndicatorSpc> { ["A"] = new() { BaselineMonths = new(End, End) }, ["B"] = new() { BaselinePoints = 20 } },
        };
        Assert.That(settings.For("A").BaselinePoints, Is.Null);
        Assert.That(settings.For("B").BaselinePoints, Is.EqualTo(20));
        Assert.That(settings.For("C").BaselinePoints, Is.EqualTo(15));
    }
}
