namespace KpiPack.Core.Spc;

/// <summary>
/// The numbers of the Making Data Count method, set in the pack file ("spc"): how many months the chart
/// uses at most, how few are too few, and how long a run is a shift or a trend.
/// </summary>
public sealed record SpcSettings
{
    public static readonly SpcSettings Default = new();

    public int MaxPoints { get; init; } = 24;
    public int MinPoints { get; init; } = 12;
    public int ShiftRun { get; init; } = 7;
    public int TrendRun { get; init; } = 7;
}
