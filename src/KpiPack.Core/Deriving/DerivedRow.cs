using KpiPack.Core.Model;

namespace KpiPack.Core.Deriving;

/// <summary>Every figure the appendix prints for one indicator in the report month.</summary>
public sealed record DerivedRow(
    Indicator Indicator,
    Month Month,
    Observation Value,
    Movement? FromPreviousMonth,
    Movement? FromPreviousYear,
    WindowSummary Window,
    Figure? Target,
    Rag Rag,
    string Commentary,
    Spc.SpcResult Spc)
{
    /// <summary>The value minus the previous month's, at the indicator's decimals ("Trend" in the board tables); null when either is missing.</summary>
    public decimal? ChangeFromPreviousMonth { get; init; }

    /// <summary>The month's movement read with the polarity ("Direction of travel" in the board tables).</summary>
    public Travel Travel { get; init; }

    /// <summary>
    /// The month every figure of the row was judged at when it is not the report month: the indicator's latest month
    /// with a value, for a table that judges at the latest value (<see cref="DerivationEngine.DeriveAtLatest"/>).
    /// </summary>
    public Month? JudgedAt { get; init; }

    /// <summary>The movements of 10% or more, "on the month" and "on the year": the panel's first question about each is why.</summary>
    public IReadOnlyList<(string Period, Movement Movement)> BigMovements =>
        new[] { ("on the month", FromPreviousMonth), ("on the year", FromPreviousYear) }
            .Where(m => m.Item2 is { Direction: not Direction.Similar })
            .Select(m => (m.Item1, m.Item2!))
            .ToList();

    /// <summary>A big movement that came with no commentary: flagged by the checks and listed among the exceptions.</summary>
    public bool MovedWithoutCommentary => Commentary.Length == 0 && BigMovements.Count > 0;
}

/// <summary>The derived table for a report month, one row per catalogue indicator in catalogue order.</summary>
public sealed record DerivedTable(Month Month, IReadOnlyList<DerivedRow> Rows)
{
    /// <summary>The same table with only the indicators of these sections (all of them when none are named).</summary>
    public DerivedTable OnlySections(IReadOnlyCollection<string> sections) => sections.Count == 0
        ? this
        : this with { Rows = Rows.Where(r => sections.Contains(r.Indicator.Section)).ToList() };

    /// <summary>The same table with only the indicators of these refs, in catalogue order, each once: a board appendix's rows.</summary>
    public DerivedTable OnlyRefs(IEnumerable<string> refs)
    {
        var listed = refs.ToHashSet(StringComparer.Ordinal);
        return this with { Rows = Rows.Where(r => listed.Contains(r.Indicator.Ref)).ToList() };
    }
}
