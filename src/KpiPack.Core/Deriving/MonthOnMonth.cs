using KpiPack.Core.Model;

namespace KpiPack.Core.Deriving;

/// <summary>The board tables' direction of travel: the month's movement read with the indicator's polarity.</summary>
public enum Travel { None, Improved, Same, Worsened }

/// <summary>
/// The plain month-on-month figures of the council's 2023 board data tables (seed 004): "Trend" is this month minus
/// last (contacts 1948 → 1804 printed −144), and "Direction of travel" is +1 / 0 / −1 for improved, no change and
/// worsened read with the polarity. Unlike the 2019 appendix's arrows there is no ±10% band: any change counts
/// (children in our care 518 → 510, a 1.5% fall, printed 1 with lower better).
/// </summary>
public static class MonthOnMonth
{
    /// <summary>
    /// <paramref name="current"/> minus <paramref name="previous"/>, each as printed at <paramref name="decimals"/>, so
    /// the difference is the one a reader gets from the two printed figures; null when either is not a number.
    /// </summary>
    public static decimal? Difference(Observation current, Observation previous, int decimals)
    {
        if (current.Number is not { } now || previous.Number is not { } then) return null;
        return Printed(now, decimals) - Printed(then, decimals);
    }

    /// <summary>
    /// Improved when the printed figure moved the way the polarity calls better, worsened the other way, same when it
    /// did not move; <see cref="Travel.None"/> without a polarity or either figure.
    /// </summary>
    public static Travel TravelOf(Observation current, Observation previous, Polarity polarity, int decimals)
    {
        if (polarity == Polarity.None || Difference(current, previous, decimals) is not { } difference) return Travel.None;
        if (difference == 0) return Travel.Same;
        return (difference > 0) == (polarity == Polarity.Up) ? Travel.Improved : Travel.Worsened;
    }

    private static decimal Printed(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
