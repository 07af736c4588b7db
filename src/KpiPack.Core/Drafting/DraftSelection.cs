using KpiPack.Core.Deriving;

namespace KpiPack.Core.Drafting;

/// <summary>Why an indicator's month is worth words: what the Markdown drafts say beside each one.</summary>
public static class DraftSelection
{
    /// <summary>Why an indicator is worth words, for the Markdown edition: empty when nothing about its month stands out.</summary>
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
}
