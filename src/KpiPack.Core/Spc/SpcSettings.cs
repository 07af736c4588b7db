using KpiPack.Core.Model;

namespace KpiPack.Core.Spc;

/// <summary>Which reading of the special-cause rules a pack uses (docs/spc.md says what each does).</summary>
public enum SpcRuleSet
{
    /// <summary>As NHS England's Making Data Count tools and NHS-R's NHSRplotthedots read them: the default.</summary>
    MakingDataCount,

    /// <summary>KpiPack's reading before issue 29, kept for a council that wants its charts unchanged.</summary>
    WesternElectric,
}

/// <summary>
/// The numbers of the Making Data Count method, set in the pack file ("spc"): how many months the chart
/// uses at most, how few are too few, how long a run is a shift or a trend, which reading of the rules, whether
/// outlying moving ranges are screened, the baseline the limits are fixed on, and each indicator's own settings.
/// </summary>
public sealed record SpcSettings
{
    public static readonly SpcSettings Default = new();

    public int MaxPoints { get; init; } = 24;
    public int MinPoints { get; init; } = 12;
    public int ShiftRun { get; init; } = 7;
    public int TrendRun { get; init; } = 7;
    public SpcRuleSet Rules { get; init; } = SpcRuleSet.MakingDataCount;

    /// <summary>Leave out of the mean moving range any range above 3.267 times it (off by default, as the MDC Excel tool).</summary>
    public bool ScreenMovingRanges { get; init; }

    /// <summary>Fix every period's limits on its first this many figures; null: on all of them.</summary>
    public int? BaselinePoints { get; init; }

    /// <summary>An indicator's own rebases and baseline, by ref.</summary>
    public IReadOnlyDictionary<string, IndicatorSpc> Indicators { get; init; } = new Dictionary<string, IndicatorSpc>();

    /// <summary>The indicator's settings, the pack's baseline where it sets none.</summary>
    public IndicatorSpc For(string reference)
    {
        var own = Indicators.GetValueOrDefault(reference) ?? IndicatorSpc.None;
        return own.BaselinePoints is null && own.BaselineMonths is null ? own with { BaselinePoints = BaselinePoints } : own;
    }
}

/// <summary>A month from which an indicator's limits are recalculated, and why (a deliberate change to the service or the count).</summary>
public sealed record SpcRebase(Month Month, string Reason);

/// <summary>The months from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
public sealed record MonthSpan(Month From, Month To)
{
    public bool Contains(Month month) => month >= From && month <= To;

    public override string ToString() => $"{From.Label} to {To.Label}";
}

/// <summary>One indicator's rebases and baseline: its limits fixed on its first N figures or on a span of months.</summary>
public sealed record IndicatorSpc
{
    public static readonly IndicatorSpc None = new();

    /// <summary>In month order.</summary>
    public IReadOnlyList<SpcRebase> Rebases { get; init; } = [];

    public int? BaselinePoints { get; init; }
    public MonthSpan? BaselineMonths { get; init; }
}

/// <summary>The names the pack file gives the rule sets.</summary>
public static class SpcRuleSets
{
    public const string MakingDataCount = "making-data-count";
    public const string WesternElectric = "western-electric";

    public static IReadOnlyList<string> Names { get; } = [MakingDataCount, WesternElectric];

    public static SpcRuleSet Parse(string name) => name == WesternElectric ? SpcRuleSet.WesternElectric : SpcRuleSet.MakingDataCount;

    public static string NameOf(SpcRuleSet rules) => rules == SpcRuleSet.WesternElectric ? WesternElectric : MakingDataCount;
}
