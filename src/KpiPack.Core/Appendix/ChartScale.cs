using KpiPack.Core.Model;

namespace KpiPack.Core.Appendix;

/// <summary>
/// The y axis of an exception's chart: round steps (1, 2, 2.5 or 5 times a power of ten) no finer than the indicator's
/// decimals, so no two ticks print the same label, from a tick at or below the lowest value to one at or above the
/// highest.
/// </summary>
public static class ChartScale
{
    /// <summary>About this many intervals between ticks: enough to read a value off, few enough for 6 pt labels.</summary>
    public const int Intervals = 4;

    public static (decimal Min, decimal Max, IReadOnlyList<decimal> Ticks) Of(IReadOnlyCollection<decimal> values, int decimals) =>
        Of(values, decimals, AxisBounds.None);

    /// <summary>
    /// The scale for <paramref name="values"/> (the figures and the lines drawn with them, such as process limits)
    /// kept within <paramref name="bounds"/>: a limit past a bound is left off the chart rather than stretching it.
    /// </summary>
    public static (decimal Min, decimal Max, IReadOnlyList<decimal> Ticks) Of(IReadOnlyCollection<decimal> values, int decimals, AxisBounds bounds)
    {
        var finest = Power(-Math.Clamp(decimals, 0, 10));
        var (low, high) = values.Count == 0 ? (0m, 1m) : (bounds.Clamp(values.Min()), bounds.Clamp(values.Max()));
        var step = Nice((high - low) / Intervals, finest);
        var min = bounds.Clamp(Math.Floor(low / step) * step);
        var max = bounds.Clamp(Math.Ceiling(high / step) * step);
        // A flat line gets a step either side, so it sits mid-chart rather than on an edge (or a step off the bound it is on).
        if (max - min < step) (min, max) = (bounds.Clamp(min - step), bounds.Clamp(max + step));
        var ticks = new List<decimal>();
        for (var tick = min; tick <= max; tick += step) ticks.Add(tick);
        return (min, max, ticks);
    }

    /// <summary>
    /// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least <paramref name="raw"/> and a whole number
    /// of <paramref name="finest"/> (2.5 is skipped where it would need a decimal the indicator does not print).
    /// </summary>
    public static decimal Nice(decimal raw, decimal finest)
    {
        if (raw <= finest) return finest;
        var exponent = (int)Math.Floor(Math.Log10((double)raw));
        var power = Power(exponent);
        // Log10 of a decimal through double can land a hair either side of a whole number.
        if (raw / power >= 10) power *= 10;
        if (raw / power < 1) power /= 10;
        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
            if (factor * power >= raw && factor * power % finest == 0) return factor * power;
        return 10 * power;
    }

    private static decimal Power(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result = exponent > 0 ? result * 10 : result / 10;
        return result;
    }

    /// <summary>The labels of <paramref name="ticks"/> at the indicator's decimals, with % for a percentage.</summary>
    public static IReadOnlyList<ChartTick> Labels(IReadOnlyList<decimal> ticks, Indicator indicator) =>
        ticks.Select(t => new ChartTick(t, Figures.Statistic(t, indicator))).ToList();

    /// <summary>At most this many month labels: "Jun-20" at 6 pt, eight to a chart a third of a page wide, never touch.</summary>
    public const int MostMonthLabels = 8;

    /// <summary>
    /// Month labels, ending at the report month so it is always labelled: every month on a short chart, and on a longer
    /// one every second, third, fourth, sixth or twelfth (a calendar's steps), no more than <see cref="MostMonthLabels"/>.
    /// </summary>
    public static IReadOnlyList<MonthTick> MonthLabels(IReadOnlyList<Month> months)
    {
        var fewest = (months.Count + MostMonthLabels - 1) / MostMonthLabels;
        var every = new[] { 1, 2, 3, 4, 6, 12 }.FirstOrDefault(step => step >= fewest, 12 * ((fewest + 11) / 12));
        return months.Select((m, i) => new MonthTick(i, m.Label)).Where(t => (months.Count - 1 - t.Index) % every == 0).ToList();
    }
}

/// <summary>
/// Where a chart's y axis may not go unless a figure goes there: below 0 (counts, rates and percentages are never
/// negative) and, for a percentage, above 100%. Process limits are not figures: an upper limit of 104% for a
/// percentage that cannot pass 100 would only squash the line.
/// </summary>
public readonly record struct AxisBounds(decimal? Floor, decimal? Ceiling)
{
    public static readonly AxisBounds None = new(null, null);

    /// <summary>The bounds for an indicator in <paramref name="unit"/> whose chart shows <paramref name="figures"/> (its values and target).</summary>
    public static AxisBounds For(Unit unit, IReadOnlyCollection<decimal> figures) => new(
        figures.Count == 0 || figures.Min() >= 0 ? 0 : null,
        unit == Unit.Percent && (figures.Count == 0 || figures.Max() <= 100) ? 100 : null);

    public decimal Clamp(decimal value)
    {
        var floored = Floor is { } floor && value < floor ? floor : value;
        return Ceiling is { } ceiling && floored > ceiling ? ceiling : floored;
    }
}
