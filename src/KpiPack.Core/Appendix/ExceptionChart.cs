using KpiPack.Core.Model;

namespace KpiPack.Core.Appendix;

/// <summary>What a point of an exception's chart says: a special cause of concern or of improvement, an unusual
/// month of an indicator with no better direction, or ordinary (common-cause) variation.</summary>
public enum PointSignal { Common, Concern, Improvement, Unusual }

/// <summary>A month with a figure, at <see cref="Index"/> months from the chart's first month.</summary>
public sealed record ChartPoint(Month Month, int Index, decimal Value, PointSignal Signal);

/// <summary>A value on the y axis and its label at the indicator's decimals ("96.5%").</summary>
public sealed record ChartTick(decimal Value, string Label);

/// <summary>A month on the x axis (as an index into <see cref="ExceptionChart.Months"/>) and its label, "Jun-20".</summary>
public sealed record MonthTick(int Index, string Label);

/// <summary>The outline of a mark drawn by KpiPack: the icons beside a chart and the points on it.</summary>
public enum MarkShape { Circle, Square, Diamond }

/// <summary>
/// An icon or point mark: a shape filled and outlined, with a glyph inside (an arrow or a letter, so that colour is
/// never the only signal) and the words that say the same.
/// </summary>
public sealed record ChartIcon(MarkShape Shape, Rgb Fill, Rgb Ink, string Mark, string Name);

/// <summary>
/// An exception's full SPC chart, worked out once for both editions: the months with their figures coloured by
/// signal, the mean and process limits, the target, the axes' ticks and labels, and a caption saying in words what
/// it shows. The editions only map it to points on a page.
/// </summary>
public sealed record ExceptionChart
{
    public required string Ref { get; init; }

    /// <summary>The indicator's wording, as the catalogue gives it.</summary>
    public required string Wording { get; init; }

    /// <summary>"EH2 Number of Children In Need (CiN) at end of period …": the chart's heading and accessible name.</summary>
    public string Title => $"{Ref} {Wording}";

    /// <summary>Every month on the x axis, oldest first, ending at the report month; months without a figure included.</summary>
    public required IReadOnlyList<Month> Months { get; init; }
    public required IReadOnlyList<ChartPoint> Points { get; init; }

    /// <summary>Null when too few months hold a figure for process limits.</summary>
    public decimal? Mean { get; init; }
    public decimal? LowerLimit { get; init; }
    public decimal? UpperLimit { get; init; }

    /// <summary>The report month's financial-year target, when the catalogue gives it as a number.</summary>
    public decimal? Target { get; init; }

    /// <summary>The y axis runs from <see cref="YMin"/> to <see cref="YMax"/>, the first and last of <see cref="YTicks"/>.</summary>
    public required decimal YMin { get; init; }
    public required decimal YMax { get; init; }
    public required IReadOnlyList<ChartTick> YTicks { get; init; }
    public required IReadOnlyList<MonthTick> XLabels { get; init; }

    /// <summary>
    /// Whether a line at <paramref name="value"/> falls on the y axis: a process limit past what the unit allows (below
    /// 0, above 100%) is left off the drawing, as the axis stops at the bound (<see cref="AxisBounds"/>).
    /// </summary>
    public bool IsOnAxis(decimal value) => value >= YMin && value <= YMax;

    /// <summary>One sentence: "Special cause: concern — 7 months in a row above the mean, Dec-19 to Jun-20".</summary>
    public required string Caption { get; init; }

    public ChartIcon? Variation { get; init; }
    public ChartIcon? Assurance { get; init; }

    /// <summary>Runs of points in consecutive months: the line is broken where a month has no figure.</summary>
    public IReadOnlyList<IReadOnlyList<ChartPoint>> Segments =>
        Points.Select((p, i) => (Point: p, Run: p.Index - i)).GroupBy(p => p.Run, p => p.Point)
            .Select(g => (IReadOnlyList<ChartPoint>)g.ToList()).ToList();
}
