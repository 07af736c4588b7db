namespace KpiPack.Core.Model;

/// <summary>What a figure measures. A change (or net figure: starters less leavers) is the only one that can be below zero.</summary>
public enum Unit { Count, Percent, Rate, Change }

public static class Units
{
    /// <summary>"count", "percentage", "rate", "change": as messages name it.</summary>
    public static string NameOf(Unit unit) => unit == Unit.Percent ? "percentage" : unit.ToString().ToLowerInvariant();

    /// <summary>A count, a rate or a percentage cannot be negative; a change can.</summary>
    public static bool AllowNegative(Unit unit) => unit == Unit.Change;
}

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

    /// <summary>
    /// The catalogue's other columns, by header in lower case, where the row has text: a benchmark the pack names
    /// ("own_2021_22") or the council's printed reference ("ref_id").
    /// </summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>The benchmark in catalogue column <paramref name="column"/> (sn, england, se_region or another); null when blank.</summary>
    public Figure? BenchmarkOf(string column) => column.ToLowerInvariant() switch
    {
        "sn" => StatisticalNeighbours,
        "england" => England,
        "se_region" => SouthEastRegion,
        var other => Figure.Parse(Columns.GetValueOrDefault(other)),
    };

    public static int DefaultDecimals(Unit unit) => unit == Unit.Percent ? 1 : 0;
}
