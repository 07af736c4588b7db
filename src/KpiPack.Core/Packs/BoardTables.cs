namespace KpiPack.Core.Packs;

/// <summary>
/// One titled table of the board layout (seed 004's "Board Data Tables"): its rows are the listed indicators in the
/// order given, and an indicator may be listed in several tables.
/// </summary>
public sealed record TableDefinition(string Title, IReadOnlyList<string> Refs)
{
    /// <summary>The table's own columns; the appendix's when null.</summary>
    public IReadOnlySet<AppendixPart>? Parts { get; init; }

    /// <summary>Headings that replace the appendix's for this table.</summary>
    public IReadOnlyDictionary<AppendixPart, string> Headings { get; init; } = new Dictionary<AppendixPart, string>();

    /// <summary>
    /// When the report month has no value, judge direction, RAG, changes and SPC at the indicator's latest month with
    /// one, and say which: the Corporate parenting board table's figures stop at May-23 in the Jul-23 pack. Null: the
    /// appendix's setting.
    /// </summary>
    public bool? JudgeAtLatestValue { get; init; }
}

/// <summary>A benchmark column: the catalogue column it comes from and its heading, under an optional group heading.</summary>
public sealed record Benchmark(string Column, string Label, string Group = "")
{
    /// <summary>The three benchmarks of the council's 2019 appendix, under "Benchmarking".</summary>
    public static IReadOnlyList<Benchmark> Defaults { get; } =
    [
        new("sn", "Stat. Neighbour", "Benchmarking"),
        new("england", "England", "Benchmarking"),
        new("se_region", "SE region", "Benchmarking"),
    ];
}
