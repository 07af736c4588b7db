using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Appendix;

/// <summary>
/// One titled table of the board layout as both editions print it: its columns in the council's order and in the
/// screen order, and its rows in the order the pack lists them (an indicator listed in several tables is in each).
/// </summary>
public sealed record AppendixTable(
    string Title, IReadOnlyList<AppendixColumn> Columns, IReadOnlyList<AppendixColumn> ScreenColumns, IReadOnlyList<DerivedRow> Rows)
{
    /// <summary>The columns this table leaves out because they would print nothing.</summary>
    public IReadOnlyList<LeftOutColumn> LeftOut { get; init; } = [];
}

/// <summary>The board layout's tables of an appendix (issue 21), made from its pack's table definitions.</summary>
internal static class AppendixTables
{
    /// <summary>
    /// The tables of <paramref name="definition"/>, each with its own columns (or the appendix's) and headings; a table
    /// that judges at the latest value re-derives its indicators that have no value in the report month.
    /// </summary>
    public static IReadOnlyList<AppendixTable> Of(
        Pack pack, AppendixDefinition definition, DerivedTable table, MonthlyValues values,
        IReadOnlyList<Month> months, IReadOnlyList<FinancialYear> targetYears)
    {
        var byRef = table.Rows.ToDictionary(r => r.Indicator.Ref, StringComparer.Ordinal);
        var benchmarks = definition.Benchmarks ?? pack.Benchmarks;
        return definition.Tables.Select(t =>
        {
            var headings = new Dictionary<AppendixPart, string>(definition.Headings);
            foreach (var (part, heading) in t.Headings) headings[part] = heading;
            var columns = new AppendixColumns(t.Parts ?? definition.Parts, table.Month, months, targetYears, values, benchmarks, headings);
            var latest = t.JudgeAtLatestValue ?? definition.JudgeAtLatestValue;
            var rows = t.Refs.Where(byRef.ContainsKey).Select(r => byRef[r])
                .Select(row => latest && !row.Value.IsNumber ? DerivationEngine.DeriveAtLatest(row.Indicator, values, table.Month, pack.Spc) : row)
                .ToList();
            var empty = EmptyColumns.Of(columns.Table(), rows, table.Month, values, t.Title);
            return new AppendixTable(t.Title, EmptyColumns.Without(columns.Table(), empty), EmptyColumns.Without(columns.Screen(), empty), rows)
            {
                LeftOut = empty.Select(e => e.Note).ToList(),
            };
        }).ToList();
    }

    /// <summary>Every part any table shows: the keys explain them all.</summary>
    public static IReadOnlySet<AppendixPart> PartsShown(AppendixDefinition definition) =>
        definition.Tables.Count == 0
            ? definition.Parts
            : definition.Tables.SelectMany(t => t.Parts ?? definition.Parts).ToHashSet();
}
