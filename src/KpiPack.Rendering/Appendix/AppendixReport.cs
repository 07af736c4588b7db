using KpiPack.Core.Deriving;
using KpiPack.Core.Model;

namespace KpiPack.Rendering.Appendix;

/// <summary>Everything an appendix prints: the derived table and the months of values shown beside it.</summary>
public sealed record AppendixReport(Catalogue Catalogue, MonthlyValues Values, DerivedTable Table)
{
    public Month Month => Table.Month;

    /// <summary>The months shown, oldest first, ending at the report month.</summary>
    public IReadOnlyList<Month> MonthsShown(int count) =>
        Enumerable.Range(0, count).Select(i => Month.AddMonths(i - count + 1)).ToList();

    /// <summary>The same report with only the indicators of these sections (all of them when none are named).</summary>
    public AppendixReport OnlySections(IReadOnlyCollection<string> sections) => sections.Count == 0
        ? this
        : this with { Table = Table with { Rows = Table.Rows.Where(r => sections.Contains(r.Indicator.Section)).ToList() } };

    public static AppendixReport Derive(Catalogue catalogue, MonthlyValues values, Month month, Core.Spc.SpcSettings? spc = null) =>
        new(catalogue, values, DerivationEngine.Derive(catalogue, values, month, spc));
}
