using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Drafting;

/// <summary>A draft of one indicator's commentary for a month: the facts it states and their sentence.</summary>
public sealed record Draft(DerivedRow Row, IReadOnlyList<Fact> Facts, string Text);

/// <summary>Writes the draft of an indicator's month from its facts, short enough to be a line of commentary.</summary>
public static class Drafter
{
    /// <summary>The longest draft: a line or two under the row, as the council's own commentary runs.</summary>
    public const int MaxLength = 300;

    /// <param name="monthsShown">The months the appendix prints: a month's figure is written at the decimals its row is
    /// printed at (14.0% where a month of the row has a decimal, as in the appendix; not 14%).</param>
    public static Draft Of(DerivedRow row, History history, SpcSettings spc, int monthsShown = 13)
    {
        var decimals = Figures.DecimalsOf(history.Months.TakeLast(monthsShown).Select(m => m.Value));
        var facts = DraftFacts.Of(row, history, spc).ToList();
        var text = DraftTemplates.Sentence(facts, row.Indicator, decimals);
        // The facts come most important first: drop from the end until the sentence fits (the first always stays).
        while (text.Length > MaxLength && facts.Count > 1)
        {
            facts.RemoveAt(facts.Count - 1);
            text = DraftTemplates.Sentence(facts, row.Indicator, decimals);
        }
        return new Draft(row, facts, text);
    }
}
