using KpiPack.Core.Deriving;

namespace KpiPack.Core.Drafting;

/// <summary>
/// Which indicators get a draft: by default those a panel will ask about (listed among the exceptions, moved 10% or
/// more) and those with no commentary yet; every one when asked for all.
/// </summary>
public static class DraftSelection
{
    /// <summary>Why an indicator is drafted, in words for the Markdown edition; empty when it would not be by default.</summary>
    public static IReadOnlyList<string> Reasons(DerivedRow row)
    {
        var reasons = new List<string>();
        // The exceptions' own group for an unexplained movement is said by the two reasons after it.
        reasons.AddRange(Appendix.Exceptions.Of([row])
            .Where(g => !(row.MovedWithoutCommentary && g.Heading.Contains("commentary", StringComparison.Ordinal)))
            .Select(g => $"exceptions: {g.Heading.ToLowerInvariant()}"));
        if (row.BigMovements.Count > 0) reasons.Add("moved 10% or more");
        if (row.Commentary.Length == 0) reasons.Add("no commentary");
        return reasons.Distinct().ToList();
    }

    public static IReadOnlyList<DerivedRow> Choose(IEnumerable<DerivedRow> rows, bool all) =>
        rows.Where(r => all || Reasons(r).Count > 0).ToList();
}
