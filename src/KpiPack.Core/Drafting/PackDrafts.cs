using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Drafting;

/// <summary>The drafts of a pack's month: its derived table, the indicators its appendices show, each drafted from its history.</summary>
public static class PackDrafts
{
    /// <exception cref="InputException">The workbook has no values for the month: there is nothing to draft from.</exception>
    public static IReadOnlyList<Draft> Of(LoadedPack pack, Month month, bool all)
    {
        var values = pack.Values;
        if (pack.NoValuesFor(month) is { } missing) throw new InputException([missing]);
        var appendices = pack.Pack.Appendices;
        // An indicator no appendix shows (one that only feeds a formula) gets no commentary printed, so no draft.
        var shown = pack.Derive(month).Rows
            .Where(r => appendices.Count == 0 || appendices.Any(a => a.Sections.Count == 0 || a.Sections.Contains(r.Indicator.Section)));
        return DraftSelection.Choose(shown, all)
            .Select(row => Drafter.Of(row, History.Of(values, row.Indicator.Ref, month), pack.Pack.Spc))
            .ToList();
    }
}
