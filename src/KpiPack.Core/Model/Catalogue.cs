namespace KpiPack.Core.Model;

/// <summary>The indicators of a pack, in the order the appendix prints them.</summary>
public sealed record Catalogue(string SourceFile, IReadOnlyList<Indicator> Indicators)
{
    /// <summary>The financial years that have a target column, oldest first.</summary>
    public IReadOnlyList<FinancialYear> TargetYears { get; } =
        Indicators.SelectMany(i => i.Targets.Keys).Distinct().Order().ToList();

    /// <summary>
    /// The financial years the catalogue has a target column for, even an empty one; by default those with a target.
    /// A year with a column and no figure in it still has no target: the column is there to be filled in.
    /// </summary>
    public IReadOnlyList<FinancialYear> TargetColumns { get; init; } =
        Indicators.SelectMany(i => i.Targets.Keys).Distinct().Order().ToList();

    /// <summary>The catalogue's column for a financial year's targets: target_2020_21.</summary>
    public static string TargetColumnOf(FinancialYear year) => $"target_{year.StartYear}_{(year.StartYear + 1) % 100:00}";

    /// <summary>Whether any indicator has a target for the year: without one, no RAG is judged in it.</summary>
    public bool SetsTargetsFor(FinancialYear year) => TargetYears.Contains(year);
}
