using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>A point of a sparkline, scaled once for both editions: x from 0 (left) to 1, y from 0 (bottom) to 1.</summary>
public readonly record struct SparkPoint(float X, float Y);

/// <summary>A special-cause month, coloured by what it means.</summary>
public sealed record SparkSignal(SparkPoint Point, Rgb Ink);

/// <summary>
/// The months shown as a small line, with the SPC chart's mean and limits as faint rules behind it and its signals
/// marked, and a sentence that says the same for anyone who cannot see it. A month without a figure breaks the line
/// into <see cref="Segments"/>: a line drawn across the gap would show figures nobody gave.
/// </summary>
public sealed record Sparkline(IReadOnlyList<IReadOnlyList<SparkPoint>> Segments, IReadOnlyList<float> Rules, IReadOnlyList<SparkSignal> Signals, string Description)
{
    /// <summary>Where the <see cref="Rules"/> begin (0 to 1): the current period's start when the indicator was rebased within the line.</summary>
    public float RulesFrom { get; init; }

    public SparkPoint Latest => Segments[^1][^1];

    /// <summary>Null when fewer than two months hold a number: there is no line to draw.</summary>
    public static Sparkline? Of(IReadOnlyList<(Month Month, Observation Value)> months, SpcResult? chart, Indicator indicator)
    {
        var points = months.Select((m, i) => (Index: i, m.Month, Number: m.Value.Number)).Where(p => p.Number is not null)
            .Select(p => (p.Index, p.Month, Number: p.Number!.Value)).ToList();
        if (points.Count < 2) return null;

        var limits = chart is { HasLimits: true } ? chart : null;
        var (low, high) = (points.MinBy(p => p.Number), points.MaxBy(p => p.Number));
        // The scale takes in the process limits, so they can be drawn faintly behind the line.
        var bottom = Math.Min(low.Number, limits?.LowerLimit ?? decimal.MaxValue);
        var top = Math.Max(high.Number, limits?.UpperLimit ?? decimal.MinValue);
        var pad = top > bottom ? (top - bottom) * 0.1m : Math.Max(1, Math.Abs(top) * 0.1m);
        (bottom, top) = (bottom - pad, top + pad);
        float X(int index) => (index + 0.5f) / months.Count;
        float Y(decimal value) => (float)((value - bottom) / (top - bottom));

        var signals = limits?.Points
            .Where(p => p.Flagged)
            .Select(p => (Point: p, Index: months.Select(m => m.Month).ToList().IndexOf(p.Month)))
            .Where(s => s.Index >= 0)
            .Select(s => new SparkSignal(new SparkPoint(X(s.Index), Y(s.Point.Value)), SpcMarks.PointInk(s.Point.Signal)))
            .ToList() ?? [];
        var signalMonths = limits?.Points.Where(p => p.Flagged && months.Any(m => m.Month == p.Month)).Select(p => p.Month.Label).ToList() ?? [];

        var latest = points[^1];
        var gaps = months.Where((m, i) => !m.Value.IsNumber && i > points[0].Index && i < latest.Index).Select(m => m.Month.Label).ToList();
        var description = $"{months.Count} months from {months[0].Month.Label} to {months[^1].Month.Label}: " +
            $"low {Figures.Value(Observation.Of(low.Number), indicator)} in {low.Month.Label}, " +
            $"high {Figures.Value(Observation.Of(high.Number), indicator)} in {high.Month.Label}, " +
            $"latest {Figures.Value(Observation.Of(latest.Number), indicator)} in {latest.Month.Label}" +
            (gaps.Count == 0 ? "" : $"; no figure for {string.Join(", ", gaps)}") +
            (signalMonths.Count == 0 ? "" : $"; signals in {string.Join(", ", signalMonths)}");

        // Consecutive months with a figure make a segment: a new one starts wherever the month before had none.
        var segments = points
            .Select((p, i) => (Point: new SparkPoint(X(p.Index), Y(p.Number)), Segment: p.Index - i))
            .GroupBy(p => p.Segment, p => p.Point)
            .Select(g => (IReadOnlyList<SparkPoint>)g.ToList())
            .ToList();
        // The current period's limits, drawn from its first month when that is on the line.
        var periodStart = limits?.CurrentPoints[0].Month;
        var startIndex = months.Select(m => m.Month).ToList().IndexOf(periodStart ?? default);
        return new Sparkline(
            segments,
            limits is null ? [] : [Y(limits.LowerLimit), Y(limits.Mean), Y(limits.UpperLimit)],
            signals,
            description)
        {
            RulesFrom = limits is { Periods.Count: > 1 } && startIndex > 0 ? (float)startIndex / months.Count : 0,
        };
    }
}
