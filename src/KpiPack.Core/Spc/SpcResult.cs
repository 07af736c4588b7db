using KpiPack.Core.Model;

namespace KpiPack.Core.Spc;

/// <summary>What the latest month's variation says, read with the indicator's polarity.</summary>
public enum SpcVariation { Insufficient, Common, ImprovementHigh, ImprovementLow, ConcernHigh, ConcernLow, NeutralHigh, NeutralLow }

/// <summary>Whether the process, as it runs, can be relied on to meet the target.</summary>
public enum SpcAssurance { None, Pass, Fail, HitAndMiss }

/// <summary>One point of the chart, and whether a special-cause rule flags it high, low, or both.</summary>
public sealed record SpcPoint(Month Month, decimal Value, bool FlaggedHigh, bool FlaggedLow)
{
    public bool Flagged => FlaggedHigh || FlaggedLow;
}

/// <summary>An XmR chart of an indicator up to the report month.</summary>
public sealed record SpcResult(
    IReadOnlyList<SpcPoint> Points,
    decimal Mean,
    decimal LowerLimit,
    decimal UpperLimit,
    decimal LowerNearLimit,
    decimal UpperNearLimit,
    SpcVariation Variation,
    SpcAssurance Assurance)
{
    /// <summary>Too few numeric months for limits to mean anything.</summary>
    public static SpcResult Insufficient(IReadOnlyList<SpcPoint> points) =>
        new(points, 0, 0, 0, 0, 0, SpcVariation.Insufficient, SpcAssurance.None);

    public bool HasLimits => Variation != SpcVariation.Insufficient;
}
