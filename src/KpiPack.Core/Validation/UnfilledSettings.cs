using KpiPack.Core.Input;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Validation;

/// <summary>
/// A new pack's settings that say who sent the appendix and where it goes: the author (in the PDF's properties, which a
/// council's website and a screen reader show) and the clerk's agenda item (the stamp on every page). A template
/// leaves them as placeholders in square brackets, or a pack file as empty text; either way the PDF would go to
/// committee without them, so one line says which to set.
/// </summary>
public static class UnfilledSettings
{
    /// <summary>The templates' placeholders: text in square brackets, such as "[your team]".</summary>
    public static bool IsPlaceholder(string? text) => text is { Length: > 2 } && text[0] == '[' && text[^1] == ']';

    public static void Check(Pack pack, Findings findings)
    {
        var unfilled = new List<(string Setting, string Problem, string Result)>();
        if (IsPlaceholder(pack.AgendaItem))
            unfilled.Add(("agendaItem", $"\"agendaItem\" is still the template's '{pack.AgendaItem}'", $"every page's stamp reads \"Agenda Item {pack.AgendaItem}\""));
        else if (pack.AgendaItem is null && pack.LeftEmpty.Contains("agendaItem"))
            unfilled.Add(("agendaItem", "\"agendaItem\" is empty", "every page's stamp reads only \"Appendix N\""));
        if (IsPlaceholder(pack.Author))
            unfilled.Add(("author", $"\"author\" is still the template's '{pack.Author}'", $"the PDF gives '{pack.Author}' as its author"));
        else if (string.IsNullOrWhiteSpace(pack.Author) && pack.LeftEmpty.Contains("author"))
            unfilled.Add(("author", "\"author\" is empty", "the PDF names no author"));
        if (unfilled.Count == 0) return;
        findings.Warning(new InputLocation(DisplayPath.Of(pack.File ?? Path.Combine(pack.Folder, Pack.FileName))),
            $"{string.Join(" and ", unfilled.Select(u => u.Problem))}: {string.Join(", and ", unfilled.Select(u => u.Result))}; " +
            $"set {string.Join(" and ", unfilled.Select(u => u.Setting == "author" ? "\"author\" to your team's name" : "\"agendaItem\" to the committee's agenda item"))} " +
            $"(or give {string.Join(" and ", unfilled.Select(u => u.Setting == "author" ? "--author" : "--agenda-item"))} to build)");
    }
}
