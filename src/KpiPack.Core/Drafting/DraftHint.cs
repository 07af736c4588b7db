using KpiPack.Core.Deriving;

namespace KpiPack.Core.Drafting;

/// <summary>The one line <c>validate</c> and <c>build</c> add when a movement has no commentary: where a draft can come from.</summary>
public static class DraftHint
{
    /// <summary>Null when every movement of 10% or more has its commentary.</summary>
    public static string? For(IEnumerable<DerivedTable> tables)
    {
        var months = tables.Where(t => t.Rows.Any(r => r.MovedWithoutCommentary)).Select(t => t.Month).Distinct().Order().ToList();
        if (months.Count == 0) return null;
        var month = months.Count == 1 ? months[0].ToString() : "yyyy-mm";
        return $"hint: 'kpipack draft --month {month}' writes the facts of each month's movement as a draft for the missing commentary";
    }
}
