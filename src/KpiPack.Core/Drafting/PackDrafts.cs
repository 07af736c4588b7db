using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Drafting;

/// <summary>The drafts of a pack's month: its derived table, the indicators its appendices show, each drafted from its history.</summary>
public static class PackDrafts
{
    /// <summary>
    /// By default the indicators whose movement needs words and has none, where an appendix prints commentary
    /// (<see cref="AppendixShows.NeedingWords"/>): the ones the panel will ask about. With <paramref name="all"/>,
    /// every indicator an appendix shows (one that only feeds a formula gets no commentary printed, so no draft).
    /// </summary>
    /// <exception cref="InputException">The workbook has no values for the month: there is nothing to draft from.</exception>
    public static IReadOnlyList<Draft> Of(LoadedPack pack, Month month, bool all)
    {
        var values = pack.Values;
        if (pack.NoValuesFor(month) is { } missing) throw new InputException([missing]);
        var table = pack.Derive(month);
        var shown = pack.Pack.Appendices.SelectMany(a => AppendixShows.Refs(a, table)).ToHashSet(StringComparer.Ordinal);
        var chosen = all ? table.Rows.Where(r => shown.Contains(r.Indicator.Ref)) : AppendixShows.NeedingWords(pack.Pack, table);
        return chosen
            .Select(row => Drafter.Of(row, History.Of(values, row.Indicator.Ref, month), pack.Pack.Spc, pack.Pack.Months))
            .ToList();
    }
}
