namespace KpiPack.Core.Packs;

/// <summary>
/// The optional parts of an appendix table, named in the pack file's "columns" list. Ref and indicator are
/// always shown. The Early Help appendix of the Jul-19 agenda pack, for one, has no outcome and no DoT.
/// </summary>
public enum AppendixPart
{
    Owner,
    Reporter,
    Outcome,
    Months,
    Trend,
    Changes,
    Polarity,
    Average,
    Maximum,
    Benchmarks,
    Targets,
    Commentary,

    /// <summary>The statistical process control marks: variation and assurance.</summary>
    Spc,

    /// <summary>The exceptions page before the table.</summary>
    Exceptions,

    // The board tables' columns (seed 004), shown only when a pack names them: the council's 2019 appendix has none.

    /// <summary>The value minus the previous month's: "Trend" in the board tables.</summary>
    Difference,

    /// <summary>The month's movement read with the polarity, as an arrow coloured by improvement: "Direction of travel".</summary>
    Direction,

    /// <summary>The report month's RAG on its own, as a word on its colour.</summary>
    Rag,

    /// <summary>The report month's target alone, without its RAG: the board tables' "Target".</summary>
    Target,

    /// <summary>The catalogue's optional <c>ref_id</c> column: the reference the council printed ("Ref_ID"), not unique.</summary>
    RefId,
}

/// <summary>Which parts an appendix shows when its pack names none.</summary>
public static class AppendixParts
{
    /// <summary>Every part of the council's 2019 appendix: the board tables' columns only when named.</summary>
    public static IReadOnlySet<AppendixPart> Default { get; } = Enum.GetValues<AppendixPart>()
        .Where(p => p < AppendixPart.Difference).ToHashSet();

    /// <summary>The pack file's key for a part: "ref_id" for <see cref="AppendixPart.RefId"/>, else its name in lower case.</summary>
    public static string KeyOf(AppendixPart part) => part == AppendixPart.RefId ? "ref_id" : part.ToString().ToLowerInvariant();

    /// <summary>The part a pack file's column key names, or null.</summary>
    public static AppendixPart? Parse(string key) =>
        Enum.GetValues<AppendixPart>().Cast<AppendixPart?>().FirstOrDefault(p => string.Equals(KeyOf(p!.Value), key, StringComparison.OrdinalIgnoreCase));
}
