using KpiPack.Core.Model;

namespace KpiPack.Core.Deriving;

/// <summary>
/// The 12-month average and maximum, over the months of the window that hold a number.
/// <see cref="MonthsWithoutNumber"/> lets a report say when the window is short.
/// </summary>
public sealed record WindowSummary(decimal? Average, decimal? Maximum, int MonthsUsed, IReadOnlyList<Month> MonthsWithoutNumber);
