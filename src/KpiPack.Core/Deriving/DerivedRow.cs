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
    Spc.SpcResult Spc);

/// <summary>The derived table for a report month, one row per catalogue indicator in catalogue order.</summary>
public sealed record DerivedTable(Month Month, IReadOnlyList<DerivedRow> Rows);
