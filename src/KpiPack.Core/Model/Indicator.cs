namespace KpiPack.Core.Model;

public enum Unit { Count, Percent, Rate }

/// <summary>Which way is better. The council prints it as ▲ (higher is better) or ▼ (lower is better).</summary>
public enum Polarity { None, Up, Down }

/// <summary>One row of the indicator catalogue.</summary>
public sealed record Indicator
{
    public required string Ref { get; init; }
    public required string Name { get; init; }
    public string Section { get; init; } = "";
    public string Owner { get; init; } = "";
    public string Reporter { get; init; } = "";
    public string Outcome { get; init; } = "";
    public Unit Unit { get; init; } = Unit.Count;
    public Polarity Polarity { get; init; } = Polarity.None;

    /// <summary>Decimals the average and maximum are printed with.</summary>
    public int Decimals { get; init; }

    public Figure? StatisticalNeighbours { get; init; }
    public Figure? England { get; init; }
    public Figure? SouthEastRegion { get; init; }
    public IReadOnlyDictionary<FinancialYear, Figure> Targets { get; init; } = new Dictionary<FinancialYear, Figure>();

    /// <summary>How the value is computed from other indicators each month; null when the workbook gives it.</summary>
    public Formula? Formula { get; init; }

    public Figure? TargetFor(Month month) => Targets.GetValueOrDefault(month.FinancialYear);

    public static int DefaultDecimals(Unit unit) => unit == Unit.Percent ? 1 : 0;
}
