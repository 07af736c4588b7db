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
            .Select(p => new ChartPoint(p.Month, months.IndexOf(p.Month), p.Value, spc.HasLimits ? ChartMarks.Signal(p, indicator.Polarity) : PointSignal.Common))
            .ToList();
        var target = row.Target?.Number;

        var figures = points.Select(p => p.Value).ToList();
        if (target is { } t) figures.Add(t);
        var scaled = spc.HasLimits ? [.. figures, spc.LowerLimit, spc.UpperLimit] : figures;
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
}
