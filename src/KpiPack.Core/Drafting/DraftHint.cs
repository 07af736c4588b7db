using KpiPack.Core.Deriving;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Drafting;

/// <summary>The one line <c>validate</c> and <c>build</c> add when a movement has no commentary: where a draft can come from.</summary>
public static class DraftHint
{
    /// <summary>Null when every movement of 10% or more has its commentary where an appendix prints one.</summary>
    public static string? For(Pack pack, IEnumerable<DerivedTable> tables)
    {
        var months = tables.Where(t => AppendixShows.NeedingWords(pack, t).Count > 0).Select(t => t.Month).Distinct().Order().ToList();
        if (months.Count == 0) return null;
        var command = $"'kpipack draft --month {months[^1]}'";
        return months.Count == 1
            ? $"hint: {command} writes the facts of each month's movement as a draft for the missing commentary"
            : $"hint: {command} writes the facts of each movement as a draft for the missing commentary, and so for each of the " +
              $"{months.Count} months that have some ({months[0].Label} to {months[^1].Label})";
    }
}
