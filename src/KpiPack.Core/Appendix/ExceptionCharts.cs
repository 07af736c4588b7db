using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>
/// A full SPC chart for every indicator the exceptions page lists, in the order it lists them (an indicator in two
/// groups is charted once, where it first appears): the panel looks at the chart, not at a word (issue 15).
/// </summary>
public static class ExceptionCharts
{
    public const string Heading = "Charts for the exceptions";

    /// <summary>What the points and lines mean, said beside the charts on every page that has them.</summary>
    public static readonly IReadOnlyList<KeyItem> Legend =
    [
        .. new[] { PointSignal.Concern, PointSignal.Improvement, PointSignal.Unusual, PointSignal.Common }
            .Select(s => ChartMarks.Point(s)).Select(p => new KeyItem(p.Name) { Icon = p }),
        new("solid line: mean"),
        new("dashed lines: process limits"),
        new("dotted red line: target"),
    ];

    public static IReadOnlyList<ExceptionChart> Of(IReadOnlyList<ExceptionGroup> groups, SpcSettings settings) =>
        groups.SelectMany(g => g.Rows).DistinctBy(r => r.Indicator.Ref).Select(r => Of(r, settings)).ToList();

    public static ExceptionChart Of(DerivedRow row, SpcSettings settings)
    {
        var spc = row.Spc;
        var indicator = row.Indicator;
        var first = spc.Points.Count > 0 ? spc.Points[0].Month : row.Month;
        var last = spc.Points.Count > 0 && spc.Points[^1].Month > row.Month ? spc.Points[^1].Month : row.Month;
        var months = new List<Month>();
        for (var m = first; m <= last; m = m.AddMonths(1)) months.Add(m);
        var points = spc.Points
            .Select(p => new ChartPoint(p.Month, months.IndexOf(p.Month), p.Value, p.Signal))
            .ToList();
        var target = row.Target?.Number;

        var figures = points.Select(p => p.Value).ToList();
        if (target is { } t) figures.Add(t);
        var periods = PeriodsOf(spc, points, months.Count);
        // The axis reaches every figure and every period's limits, but a percentage's stops at 100% and a count's at
        // 0 unless a figure goes there.
        var scaled = figures.Concat(periods.SelectMany(p => new[] { p.LowerLimit, p.UpperLimit }).OfType<decimal>()).ToList();
        var (min, max, ticks) = ChartScale.Of(scaled, indicator.Decimals, AxisBounds.For(indicator.Unit, figures));

        return new ExceptionChart
        {
            Ref = indicator.Ref,
            Wording = indicator.Name,
            Months = months,
            Points = points,
            Mean = spc.HasLimits ? spc.Mean : null,
            LowerLimit = spc.HasLimits ? spc.LowerLimit : null,
            UpperLimit = spc.HasLimits ? spc.UpperLimit : null,
            Periods = periods,
            Target = target,
            YMin = min,
            YMax = max,
            YTicks = ChartScale.Labels(ticks, indicator),
            XLabels = ChartScale.MonthLabels(months),
            Caption = ChartCaption.Of(spc, indicator, target, settings),
            Variation = ChartMarks.Variation(spc.Variation),
            Assurance = ChartMarks.Assurance(spc.Assurance),
        };
    }

    /// <summary>Each period from halfway between its first point and the point before to halfway after its last point.</summary>
    private static List<ChartPeriod> PeriodsOf(SpcResult spc, IReadOnlyList<ChartPoint> points, int months) =>
        spc.Periods.Select((period, i) => new ChartPeriod(
            i == 0 ? -0.5 : (points[period.FirstPoint - 1].Index + points[period.FirstPoint].Index) / 2.0,
            i == spc.Periods.Count - 1 ? months - 0.5 : (points[period.LastPoint].Index + points[period.LastPoint + 1].Index) / 2.0,
            period.Limits?.Mean, period.Limits?.Lower, period.Limits?.Upper, i == 0 ? null : period.Rebase)).ToList();
}
