using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;
using KpiPack.Tests.Rendering;

namespace KpiPack.Tests.Appendix;

/// <summary>Exceptions' charts from hand-worked series, with the arithmetic in the comments.</summary>
public class ExceptionChartTests
{
    private static readonly Month End = new(2020, 6);

    private static DerivedRow Row(Polarity polarity, decimal? target, params decimal?[] values)
    {
        var indicator = new Indicator { Ref = "EH2", Name = "Children in need", Polarity = polarity };
        var series = values.Select((v, i) => (End.AddMonths(i - values.Length + 1), v is { } n ? Observation.Of(n) : Observation.Missing("tbc"))).ToList();
        var targetFigure = target is { } t ? Figure.Of(t) : null;
        var spc = XmrChart.Analyse(series, polarity, targetFigure, SpcSettings.Default);
        return new DerivedRow(indicator, End, series[^1].Item2, null, null, new WindowSummary(null, null, 0, []), targetFigure, Rag.None, "", spc);
    }

    // Jul-18 to Nov-19 alternate 10 and 12 (nine 10s, eight 12s: 186), then Dec-19 to Jun-20 are 13 (91): mean 277/24 = 11.54.
    // Moving ranges: sixteen of 2, one of 3, six of 0: 35/23 = 1.522; limits 11.54 ± 4.05, 7.49 to 15.59; near upper 14.24.
    // Only the last seven months sit above the mean in a run (a 12 is followed by a 10), and none is near a limit.
    private static readonly decimal?[] Shift = [.. Enumerable.Range(0, 17).Select(i => (decimal?)(i % 2 == 0 ? 10 : 12)), 13, 13, 13, 13, 13, 13, 13];

    [Test]
    public void A_run_above_the_mean_is_said_in_words_with_its_months()
    {
        var chart = ExceptionCharts.Of(Row(Polarity.Down, 12, Shift), SpcSettings.Default);

        Assert.That(chart.Caption, Is.EqualTo("Special cause: concern — 7 months in a row above the mean, Dec-19 to Jun-20; the target, 12, is hit and miss"));
        Assert.That(chart.Points.Select(p => p.Signal), Is.EqualTo(Enumerable.Repeat(PointSignal.Common, 17).Concat(Enumerable.Repeat(PointSignal.Concern, 7))));
        Assert.That(chart.Mean, Is.EqualTo(277m / 24).Within(0.0001m));
        Assert.That(chart.UpperLimit, Is.EqualTo(277m / 24 + 2.66m * 35 / 23).Within(0.0001m));
        Assert.That(chart.LowerLimit, Is.EqualTo(277m / 24 - 2.66m * 35 / 23).Within(0.0001m));
        Assert.That(chart.Target, Is.EqualTo(12m));
        Assert.That((chart.Variation?.Mark, chart.Variation?.Name, chart.Variation?.Shape), Is.EqualTo(("↑", "worse", MarkShape.Circle)));
        Assert.That((chart.Assurance?.Mark, chart.Assurance?.Shape), Is.EqualTo(("?", MarkShape.Square)));
        Assert.That(chart.Title, Is.EqualTo("EH2 Children in need"));
    }

    [Test]
    public void The_same_run_of_an_indicator_where_higher_is_better_is_an_improvement() =>
        Assert.That(ExceptionCharts.Of(Row(Polarity.Up, null, Shift), SpcSettings.Default).Caption,
            Is.EqualTo("Special cause: improvement — 7 months in a row above the mean, Dec-19 to Jun-20"));

    // Jul-18 to May-20 alternate 10 and 12 (twelve 10s, eleven 12s: 252), then Jun-20 is 30: mean 282/24 = 11.75.
    // Moving ranges: twenty-two of 2 and one of 18: 62/23 = 2.6957; limits 11.75 ± 7.1704, 4.58 to 18.92 (printed 19):
    // a target of 4 is below the lower limit, so an indicator where higher is better meets it every month.
    [Test]
    public void A_month_beyond_a_limit_names_the_limit_at_the_indicators_decimals()
    {
        decimal?[] spike = [.. Enumerable.Range(0, 23).Select(i => (decimal?)(i % 2 == 0 ? 10 : 12)), 30];
        var chart = ExceptionCharts.Of(Row(Polarity.Up, 4, spike), SpcSettings.Default);

        Assert.That(chart.Caption, Is.EqualTo("Special cause: improvement — Jun-20's 30 is above the upper process limit, 19; the target, 4, is met every month as things run"));
        Assert.That(chart.Points[^1].Signal, Is.EqualTo(PointSignal.Improvement));
        Assert.That(chart.Assurance?.Mark, Is.EqualTo("P"));
    }

    [Test]
    public void Common_cause_says_where_the_latest_month_sits()
    {
        decimal?[] steady = [10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 11];
        // Mean 11.5, mR̄ 15/11: limits 7.8727 to 15.1273, printed 8 and 15. A target of 20 is above the upper limit.
        var chart = ExceptionCharts.Of(Row(Polarity.Up, 20, steady), SpcSettings.Default);

        Assert.That(chart.Caption, Is.EqualTo("Common cause — Jun-20's 11 is within the process limits, 8 to 15; the target, 20, is missed every month as things run"));
        Assert.That(chart.Points.Select(p => p.Signal), Is.All.EqualTo(PointSignal.Common));
        Assert.That((chart.Variation?.Name, chart.Assurance?.Mark), Is.EqualTo(("common", "F")));
        // The scale takes in the target: 20 - 7.87 over 4 intervals is 3.03, so steps of 5 from 5 to 20.
        Assert.That(chart.YTicks.Select(t => t.Label), Is.EqualTo(new[] { "5", "10", "15", "20" }));
        Assert.That((chart.YMin, chart.YMax), Is.EqualTo((5m, 20m)));
    }

    [Test]
    public void With_too_few_months_for_limits_the_chart_has_points_and_says_why_it_has_no_limits()
    {
        var chart = ExceptionCharts.Of(Row(Polarity.Up, null, 4, null, 6, 5, null, 7, 8), SpcSettings.Default);

        Assert.That(chart.Caption, Is.EqualTo("Too few months for process limits: 5 months with a figure, 12 needed"));
        Assert.That((chart.Mean, chart.UpperLimit, chart.LowerLimit, chart.Variation, chart.Assurance), Is.EqualTo(((decimal?)null, (decimal?)null, (decimal?)null, (ChartIcon?)null, (ChartIcon?)null)));
        // Dec-19 to Jun-20, with Jan-20 and Apr-20 missing: the line breaks at each gap.
        Assert.That(chart.Months.Select(m => m.Label), Is.EqualTo(new[] { "Dec-19", "Jan-20", "Feb-20", "Mar-20", "Apr-20", "May-20", "Jun-20" }));
        Assert.That(chart.Points.Select(p => p.Index), Is.EqualTo(new[] { 0, 2, 3, 5, 6 }));
        Assert.That(chart.Segments.Select(s => s.Count), Is.EqualTo(new[] { 1, 2, 2 }));
    }

    [Test]
    public void A_counts_axis_stops_at_zero_and_leaves_a_lower_limit_below_it_off_the_chart()
    {
        // 1 and 9 alternate: mean 5, every moving range 8, limits 5 ± 2.66 × 8 = -16.28 to 26.28.
        var chart = ExceptionCharts.Of(Row(Polarity.Up, null, [.. Enumerable.Range(0, 12).Select(i => (decimal?)(i % 2 == 0 ? 1 : 9))]), SpcSettings.Default);

        Assert.That(chart.LowerLimit, Is.LessThan(0m));
        Assert.That((chart.YMin, chart.YMax), Is.EqualTo((0m, 30m)));
        Assert.That(chart.YTicks.Select(t => t.Label), Is.EqualTo(new[] { "0", "10", "20", "30" }));
        Assert.That((chart.IsOnAxis(chart.LowerLimit!.Value), chart.IsOnAxis(chart.UpperLimit!.Value), chart.IsOnAxis(chart.Mean!.Value)),
            Is.EqualTo((false, true, true)));
    }

    // Figures 92 to 99 with limits 88.5 and 104: the axis stops at 100.
    [TestCase(Unit.Percent, new[] { 92.0, 99.0, 88.5, 104.0 }, new[] { 92.0, 99.0 }, 85, 100)]
    // A percentage over 100 (a figure, not a limit) is shown: the axis goes past 100 for it.
    [TestCase(Unit.Percent, new[] { 92.0, 101.0, 88.5, 104.0 }, new[] { 92.0, 101.0 }, 85, 105)]
    // A count's lower limit below zero stops at zero...
    [TestCase(Unit.Count, new[] { 3.0, 9.0, -2.5, 14.5 }, new[] { 3.0, 9.0 }, 0, 15)]
    // ...unless a figure is below zero (a net change, say).
    [TestCase(Unit.Count, new[] { -3.0, 9.0, -8.5, 14.5 }, new[] { -3.0, 9.0 }, -10, 20)]
    // A count of nought every month: a step above, none below.
    [TestCase(Unit.Count, new[] { 0.0, 0.0 }, new[] { 0.0, 0.0 }, 0, 1)]
    // A percentage of 100 every month: a step below, none above.
    [TestCase(Unit.Percent, new[] { 100.0, 100.0 }, new[] { 100.0, 100.0 }, 99, 100)]
    public void The_axis_goes_below_zero_or_above_100_percent_only_for_a_figure(Unit unit, double[] scaled, double[] figures, int min, int max)
    {
        var bounds = AxisBounds.For(unit, figures.Select(v => (decimal)v).ToList());

        var (low, high, ticks) = ChartScale.Of(scaled.Select(v => (decimal)v).ToList(), 0, bounds);

        Assert.That((low, high), Is.EqualTo(((decimal)min, (decimal)max)));
        Assert.That(ticks, Is.All.InRange((decimal)min, (decimal)max));
        Assert.That(ticks, Does.Contain((decimal)min));
    }

    [TestCase(new[] { 95.2, 99.1 }, 1, new[] { "95.0%", "96.0%", "97.0%", "98.0%", "99.0%", "100.0%" })]
    [TestCase(new[] { 0.0, 3.0 }, 0, new[] { "0%", "1%", "2%", "3%" })]
    // A range of 8.1 wants steps of 2.03: 2.5 would need a decimal the indicator does not print, so 5.
    [TestCase(new[] { 7.49, 15.59 }, 0, new[] { "5%", "10%", "15%", "20%" })]
    // A flat line sits mid-chart, a step either side.
    [TestCase(new[] { 5.0, 5.0 }, 0, new[] { "4%", "5%", "6%" })]
    public void The_y_axis_steps_in_round_numbers_no_finer_than_the_indicators_decimals(double[] values, int decimals, string[] labels)
    {
        var indicator = new Indicator { Ref = "X", Name = "X", Unit = Unit.Percent, Decimals = decimals };
        var (_, _, ticks) = ChartScale.Of(values.Select(v => (decimal)v).ToList(), decimals);
        Assert.That(ChartScale.Labels(ticks, indicator).Select(t => t.Label), Is.EqualTo(labels));
    }

    [Test]
    public void Month_labels_end_at_the_report_month_every_third_month_over_two_years()
    {
        var months = MonthRange.EndingAt(End, 24);
        Assert.That(ChartScale.MonthLabels(months).Select(t => t.Label),
            Is.EqualTo(new[] { "Sep-18", "Dec-18", "Mar-19", "Jun-19", "Sep-19", "Dec-19", "Mar-20", "Jun-20" }));
        Assert.That(ChartScale.MonthLabels(MonthRange.EndingAt(End, 7)), Has.Count.EqualTo(7));
        Assert.That(ChartScale.MonthLabels(MonthRange.EndingAt(End, 13)).Select(t => t.Label), Is.EqualTo(new[] { "Jun-19", "Aug-19", "Oct-19", "Dec-19", "Feb-20", "Apr-20", "Jun-20" }));
        // The pack may chart up to 120 months: a label every other year (a year each would be ten), ending at the report month.
        Assert.That(ChartScale.MonthLabels(MonthRange.EndingAt(End, 120)).Select(t => t.Label).ToList(), Has.Count.EqualTo(5).And.All.StartsWith("Jun-"));
        Assert.That(ChartScale.MonthLabels(MonthRange.EndingAt(End, 200)), Has.Count.LessThanOrEqualTo(ChartScale.MostMonthLabels));
    }

    [Test]
    public void The_sample_has_a_chart_for_every_exception_once_in_the_exceptions_order()
    {
        var model = SampleAppendix.Model(End);
        var listed = model.Exceptions!.Groups.SelectMany(g => g.Rows).Select(r => r.Indicator.Ref).Distinct().ToList();

        Assert.That(model.ExceptionCharts.Select(c => c.Ref), Is.EqualTo(listed).And.Not.Empty);
        Assert.That(SampleAppendix.Model(End, pack => pack with { ExceptionCharts = false }).ExceptionCharts, Is.Empty);
    }

    [Test]
    public void A_chart_with_no_figure_or_one_says_so_and_both_editions_draw_it()
    {
        var none = ExceptionCharts.Of(Row(Polarity.Up, null, null, null), SpcSettings.Default);
        var one = ExceptionCharts.Of(Row(Polarity.Down, 3, 5), SpcSettings.Default);
        Assert.That((none.Caption, none.Points.Count, none.Months.Single()), Is.EqualTo(("No figures to chart", 0, End)));
        Assert.That((one.Caption, one.Points.Single().Signal), Is.EqualTo(("Too few months for process limits: 1 month with a figure, 12 needed", PointSignal.Common)));

        var model = SampleAppendix.Model(End) with { ExceptionCharts = [none, one] };
        using var pdf = new MemoryStream();
        KpiPack.Rendering.Pdf.PdfEdition.Write(model, pdf);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.ToArray());
        Assert.That(string.Join(" ", document.GetPages().Select(p => p.Text)), Does.Contain("No figures to chart").And.Contain("1 month with a figure"));
        using var html = new MemoryStream();
        KpiPack.Rendering.Html.HtmlEdition.Write(model, html);
        Assert.That(System.Text.Encoding.UTF8.GetString(html.ToArray()), Does.Contain("No figures to chart"));
    }
}
