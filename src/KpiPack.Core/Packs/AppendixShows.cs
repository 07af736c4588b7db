using KpiPack.Core.Deriving;

namespace KpiPack.Core.Packs;

/// <summary>
/// Which indicators a pack's appendices show, and which of them with a given column. A finding about a column is worth
/// reading only where the column is printed: the board's tables have no commentary and no 12-month average, so a
/// warning (or a draft) about them for an indicator only those tables show asks for work nobody will see.
/// </summary>
public static class AppendixShows
{
    /// <summary>The refs <paramref name="appendix"/> shows of <paramref name="table"/>: its tables' rows, or its sections' indicators.</summary>
    public static IReadOnlyList<string> Refs(AppendixDefinition appendix, DerivedTable table) =>
        appendix.Tables.Count > 0
            ? appendix.Tables.SelectMany(t => t.Refs).Distinct().ToList()
            : table.OnlySections(appendix.Sections).Rows.Select(r => r.Indicator.Ref).ToList();

    /// <summary>
    /// The rows of <paramref name="table"/> some appendix of the pack prints with any of <paramref name="parts"/> (every
    /// row of a pack with no appendices listed).
    /// </summary>
    public static IReadOnlyList<DerivedRow> With(Pack pack, DerivedTable table, params AppendixPart[] parts)
    {
        if (pack.Appendices.Count == 0) return table.Rows;
        bool Shows(IReadOnlySet<AppendixPart> shown) => parts.Any(shown.Contains);
        var refs = pack.Appendices.SelectMany(appendix => appendix.Tables.Count > 0
                ? appendix.Tables.Where(t => Shows(t.Parts ?? appendix.Parts)).SelectMany(t => t.Refs)
                : Shows(appendix.Parts) ? Refs(appendix, table) : [])
            .ToHashSet(StringComparer.Ordinal);
        return table.Rows.Where(r => refs.Contains(r.Indicator.Ref)).ToList();
    }

    /// <summary>The rows that moved 10% or more and have no commentary where an appendix prints one: the movements that need words.</summary>
    public static IReadOnlyList<DerivedRow> NeedingWords(Pack pack, DerivedTable table) =>
        With(pack, table, AppendixPart.Commentary).Where(r => r.MovedWithoutCommentary).ToList();
}
