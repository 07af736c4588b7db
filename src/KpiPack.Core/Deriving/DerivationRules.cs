using KpiPack.Core.Model;

namespace KpiPack.Core.Deriving;

/// <summary>
/// The rules the council used to derive the appendix columns, each checked against the published
/// figures of Jun-19, Apr-20 and Jun-20 (see the golden tests; evidence in seeds 003, 001 and 000).
/// </summary>
public static class DerivationRules
{
    public const int WindowMonths = 12;
    public const int ArrowThresholdPercent = 10;

    /// <summary>Amber band: a value short of its target by no more than this share of the target.</summary>
    public const decimal AmberTolerance = 0.05m;

    /// <summary>
    /// Relative change from <paramref name="baseValue"/> to <paramref name="current"/> in whole percent, rounded
    /// half away from zero. Percent indicators too change relatively, not in points: M3 Jun-19 went
    /// 29.9% → 32.7% and the appendix printed 9%. Null (printed n/a) when either value is missing or the base is 0 or below,
    /// and when the change is too large to print as a whole number (over two billion per cent, from a tiny base).
    /// </summary>
    public static int? PercentChange(Observation current, Observation baseValue)
    {
        // From a base below zero (a change, or net figure) a relative change reads backwards: -5 to 5 is not "down 200%".
        if (current.Number is not { } now || baseValue.Number is not { } then || then <= 0) return null;
        decimal percent;
        try
        {
            percent = Math.Round((now - then) / then * 100m, 0, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            return null;
        }
        return Math.Abs(percent) <= int.MaxValue ? (int)percent : null;
    }

    /// <summary>
    /// The arrow comes from the rounded % and ±10 counts as a movement: LAC7-QL Jun-19 fell 9.52%,
    /// printed −10% with ↓.
    /// </summary>
    public static Direction DirectionOf(int roundedPercent) => roundedPercent switch
    {
        >= ArrowThresholdPercent => Direction.Up,
        <= -ArrowThresholdPercent => Direction.Down,
        _ => Direction.Similar,
    };

    public static Judgement JudgementOf(Direction direction, Polarity polarity) => (direction, polarity) switch
    {
        (_, Polarity.None) => Judgement.None,
        (Direction.Similar, _) => Judgement.Similar,
        (Direction.Up, Polarity.Up) or (Direction.Down, Polarity.Down) => Judgement.Positive,
        _ => Judgement.Negative,
    };

    public static Movement? MovementOf(Observation current, Observation baseValue, Polarity polarity)
    {
        if (PercentChange(current, baseValue) is not { } percent) return null;
        var direction = DirectionOf(percent);
        return new Movement(percent, direction, JudgementOf(direction, polarity));
    }

    /// <summary>
    /// Average and maximum over the numeric months only: LAC16 Jun-19 averaged 170 over its ten numeric
    /// months; counting its two "tbc" months as zero would give 142.
    /// </summary>
    public static WindowSummary Summarise(IReadOnlyList<(Month Month, Observation Value)> window)
    {
        var numbers = window.Where(m => m.Value.IsNumber).Select(m => m.Value.Number!.Value).ToList();
        var missing = window.Where(m => !m.Value.IsNumber).Select(m => m.Month).ToList();
        return numbers.Count == 0
            ? new WindowSummary(null, null, 0, missing)
            : new WindowSummary(numbers.Sum() / numbers.Count, numbers.Max(), numbers.Count, missing);
    }

    /// <summary>
    /// Green when the value meets the target in the direction the polarity calls better; amber when it misses
    /// by no more than 5% of the target; red otherwise. No status without a numeric target, a polarity or a value.
    /// </summary>
    public static Rag RagOf(Observation value, Figure? target, Polarity polarity)
    {
        if (value.Number is not { } v || target?.Number is not { } t || polarity == Polarity.None) return Rag.None;
        var shortfall = polarity == Polarity.Up ? t - v : v - t;
        if (shortfall <= 0) return Rag.Green;
        return shortfall <= Math.Abs(t) * AmberTolerance ? Rag.Amber : Rag.Red;
    }

    /// <summary>The months of the window ending at (and including) the report month: Jul-18..Jun-19 for Jun-19.</summary>
    public static IReadOnlyList<Month> WindowEndingAt(Month month) => MonthRange.EndingAt(month, WindowMonths);
}
