namespace KpiPack.Core.Model;

/// <summary>The indicators of a pack, in the order the appendix prints them.</summary>
public sealed record Catalogue(string SourceFile, IReadOnlyList<Indicator> Indicators)
{
    /// <summary>The financial years that have a target column, oldest first.</summary>
    public IReadOnlyList<FinancialYear> TargetYears { get; } =
        Indicators.SelectMany(i => i.Targets.Keys).Distinct().Order().ToList();
}
