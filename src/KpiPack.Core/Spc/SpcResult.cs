using KpiPack.Core.Model;

namespace KpiPack.Core.Spc;

/// <summary>What the latest month's variation says, read with the indicator's polarity.</summary>
public enum SpcVariation { Insufficient, Common, ImprovementHigh, ImprovementLow, ConcernHigh, ConcernLow, NeutralHigh, NeutralLow }

/// <summary>Whether the process, as it runs, can be relied on to meet the target.</summary>
public enum SpcAssurance { None, Pass, Fail, HitAndMiss }

/// <summary>
/// What one point of the chart says: a special cause of concern or of improvement, an unusual month of an indicator
/// with no better direction, or ordinary (common-cause) variation.
/// </summary>
public enum PointSignal { Common, Concern, Improvement, Unusual }

/// <summary>Which way a special cause points: above the mean (or rising) is high.</summary>
public enum SpcDirection { None, High, Low }

/// <summary>The special-cause rules, in the order Making Data Count lets one decide a point's direction over another.</summary>
public enum SpcRule { OutsideLimits, Trend, TwoOfThree, Shift }

/// <summary>
/// A rule that flags a point, in a direction, and the run it belongs to: from <see cref="Since"/>, <see cref="Run"/>
/// figures up to and including the point (1 for a point outside the limits).
/// </summary>
public sealed record SpcRuleHit(SpcRule Rule, SpcDirection Direction, Month Since, int Run);

/// <summary>
/// One point of the chart: its period's index into <see cref="SpcResult.Periods"/>, every rule that flags it (in
/// <see cref="SpcRule"/> order) and the one signal they come to, which every reader (icon, chart, caption,
/// exceptions, draft, derive) takes as it is.
/// </summary>
public sealed record SpcPoint(Month Month, decimal Value)
{
    public int Period { get; init; }
    public IReadOnlyList<SpcRuleHit> Rules { get; init; } = [];
    public SpcDirection Direction { get; init; }
    public PointSignal Signal { get; init; }

    public bool Flagged => Signal != PointSignal.Common;

    /// <summary>Some rule flags it high (whatever the rules come to).</summary>
    public bool FlaggedHigh => Rules.Any(r => r.Direction == SpcDirection.High);

    public bool FlaggedLow => Rules.Any(r => r.Direction == SpcDirection.Low);

    /// <summary>The rule behind <see cref="Signal"/>: the first in <see cref="SpcRule"/> order in the point's direction.</summary>
    public SpcRuleHit? Deciding => Rules.FirstOrDefault(r => r.Direction == Direction);
}

/// <summary>
/// A period's mean and limits, worked out from its <see cref="BaselinePoints"/> figures (all of them unless a baseline
/// fixes fewer), leaving out <see cref="ScreenedRanges"/> outlying moving ranges when screening is on.
/// </summary>
public sealed record SpcLimits(decimal Mean, decimal Lower, decimal Upper, decimal NearLower, decimal NearUpper, int BaselinePoints, int ScreenedRanges);

/// <summary>
/// A run of the chart's points with one mean and one pair of limits: the chart's first period, or one from a rebase
/// (its month and reason). <see cref="Limits"/> is null when its baseline holds too few figures.
/// </summary>
public sealed record SpcPeriod(int FirstPoint, int PointCount, SpcRebase? Rebase, SpcLimits? Limits)
{
    public int LastPoint => FirstPoint + PointCount - 1;
}

/// <summary>An XmR chart of an indicator up to the report month; the mean and limits are the current (last) period's.</summary>
public sealed record SpcResult(IReadOnlyList<SpcPoint> Points, IReadOnlyList<SpcPeriod> Periods, SpcVariation Variation, SpcAssurance Assurance)
{
    /// <summary>No figures: no chart.</summary>
    public static readonly SpcResult Empty = new([], [], SpcVariation.Insufficient, SpcAssurance.None);

    /// <summary>
    /// The chart with nothing said of the report month: its points, periods and limits stay (earlier months' signals
    /// are theirs), but no variation or assurance is read for a month that has no figure of its own.
    /// </summary>
    public SpcResult WithoutVerdict() => this with { Variation = SpcVariation.Insufficient, Assurance = SpcAssurance.None };

    /// <summary>The period the latest point is in, whose limits the caption, the icons and the exceptions speak of.</summary>
    public SpcPeriod? Current => Periods.Count > 0 ? Periods[^1] : null;

    public bool HasLimits => Current?.Limits is not null;

    public decimal Mean => Current?.Limits?.Mean ?? 0;
    public decimal LowerLimit => Current?.Limits?.Lower ?? 0;
    public decimal UpperLimit => Current?.Limits?.Upper ?? 0;
    public decimal LowerNearLimit => Current?.Limits?.NearLower ?? 0;
    public decimal UpperNearLimit => Current?.Limits?.NearUpper ?? 0;

    /// <summary>The points of the current period.</summary>
    public IReadOnlyList<SpcPoint> CurrentPoints => Current is { } c ? Points.Skip(c.FirstPoint).Take(c.PointCount).ToList() : [];

    /// <summary>A point's mean and limits: its period's; null in a period without them.</summary>
    public SpcLimits? LimitsOf(SpcPoint point) => point.Period < Periods.Count ? Periods[point.Period].Limits : null;
}
