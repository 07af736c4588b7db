using System.Globalization;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Drafting;

/// <summary>
/// Every sentence a draft can hold, in one place. Plain words, numbers as the appendix prints them
/// (<see cref="Figures"/>), and no judgement of performance beyond what the polarity says (improved, worsened,
/// a special cause of improvement or concern).
/// </summary>
public static class DraftTemplates
{
    /// <summary>The order a draft reads in, whatever was dropped to keep it short: the month first, the SPC signal last.</summary>
    private static int ReadingOrder(Fact fact) => fact switch
    {
        NoFigure or Standing => 0,
        Change { Period: ChangePeriod.Month } => 0,
        Extreme => 1,
        Run => 2,
        AgainstAverage => 3,
        Change => 4,
        AgainstTarget => 5,
        TargetAssurance => 6,
        _ => 7,
    };

    /// <summary>The facts as one sentence: clauses joined by semicolons, the first capitalised.</summary>
    /// <param name="valueDecimals">The decimals the appendix prints the indicator's month figures at (at least).</param>
    public static string Sentence(IEnumerable<Fact> facts, Indicator indicator, int valueDecimals = 0)
    {
        var text = string.Join("; ", facts.OrderBy(ReadingOrder).Select(f => Clause(f, indicator, valueDecimals)));
        return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    public static string Clause(Fact fact, Indicator indicator, int valueDecimals = 0)
    {
        string V(Observation value) => Figures.Value(value, indicator, valueDecimals);
        string S(decimal value) => Figures.Statistic(value, indicator);
        return fact switch
        {
            NoFigure f => f.Value.Marker.Length > 0 ? $"no figure for {f.Month.Label} ({f.Value.Marker})" : $"no figure for {f.Month.Label}",
            Standing { FirstFigure: true } s => $"stood at {V(s.Value)} in {s.Month.Label}, the first month with a figure",
            Standing s => $"stood at {V(s.Value)} in {s.Month.Label}; no figure for {s.Previous.Label} to compare with",
            Change { Period: ChangePeriod.Month } c => OnTheMonth(c, V),
            Change c => OnTheYear(c, V),
            Extreme { SinceFiguresBegan: true } e => $"the {HighestOrLowest(e)} since the figures began in {e.Since.Label}",
            Extreme { Level: true } e => $"equal to {e.Since.Label} and the {HighestOrLowest(e)} since",
            Extreme e => $"the {HighestOrLowest(e)} since {e.Since.Label}",
            Run r => $"{(r.Rising ? "rising" : "falling")} each month since {r.Since.Label}",
            AgainstAverage a => $"{a.Position switch { > 0 => "above", < 0 => "below", _ => "level with" }} the 12-month average of {S(a.Average)}" +
                (a.MonthsUsed < DerivationRules.WindowMonths ? $" ({Whole(a.MonthsUsed)} months)" : ""),
            AgainstTarget t => $"{TargetWords(t)} the target of {Figures.Figure(t.Target, indicator)} ({t.Rag.ToString().ToLowerInvariant()})",
            TargetAssurance { Assurance: SpcAssurance.Pass } => "the target is outside its process limits: consistently met (SPC)",
            TargetAssurance => "the target is outside its process limits: consistently missed (SPC)",
            SpcSignal s => $"{SpcNature(s.Variation)} (SPC): {SpcRuleWords(s, S)}",
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "no template for this fact"),
        };
    }

    /// <summary>"Rose 43% on the month, from 7 to 10 (worsened)"; a base of 0 has no %, an equal figure no direction.</summary>
    private static string OnTheMonth(Change c, Func<Observation, string> v)
    {
        var (from, to) = (c.From.Number!.Value, c.To.Number!.Value);
        if (from == to) return $"unchanged on the month at {v(c.To)}";
        var verb = to > from ? "rose" : "fell";
        var size = c.Percent switch
        {
            null => "",
            0 => " slightly",
            { } p => $" {Whole(Math.Abs(p))}%",
        };
        return $"{verb}{size} on the month, from {v(c.From)} to {v(c.To)}{Judged(c.Judgement)}";
    }

    /// <summary>"23% lower than Jun-19's 13 (improved)".</summary>
    private static string OnTheYear(Change c, Func<Observation, string> v)
    {
        var (from, to) = (c.From.Number!.Value, c.To.Number!.Value);
        if (from == to) return $"the same as {c.Base.Label}";
        var comparison = to > from ? "higher" : "lower";
        var size = c.Percent switch
        {
            null => "",
            0 => "slightly ",
            { } p => $"{Whole(Math.Abs(p))}% ",
        };
        return $"{size}{comparison} than {c.Base.Label}'s {v(c.From)}{Judged(c.Judgement)}";
    }

    private static string Judged(Judgement judgement) => judgement switch
    {
        Judgement.Positive => " (improved)",
        Judgement.Negative => " (worsened)",
        _ => "",
    };

    private static string HighestOrLowest(Extreme e) => e.Highest ? "highest" : "lowest";

    private static string TargetWords(AgainstTarget t) => t.Rag switch
    {
        Rag.Green => t.OnTarget ? "on" : "better than",
        Rag.Amber => "just short of",
        _ => "short of",
    };

    private static string SpcNature(SpcVariation variation) => variation switch
    {
        SpcVariation.ImprovementHigh or SpcVariation.ImprovementLow => "a special cause of improvement",
        SpcVariation.ConcernHigh or SpcVariation.ConcernLow => "a special cause of concern",
        _ => "a special cause, neither better nor worse",
    };

    private static string SpcRuleWords(SpcSignal s, Func<decimal, string> statistic) => s.Rule switch
    {
        SpcRule.OutsideLimits => $"{(s.High ? "above the upper" : "below the lower")} process limit of {statistic(s.Reference)}",
        SpcRule.Shift => $"{Whole(s.Points)} figures in a row {(s.High ? "above" : "below")} the mean of {statistic(s.Reference)}, since {s.Since.Label}",
        SpcRule.Trend => $"a {(s.High ? "rising" : "falling")} run of {Whole(s.Points)} figures since {s.Since.Label}",
        _ => $"two of the last three figures close to the {(s.High ? "upper" : "lower")} process limit of {statistic(s.Reference)}",
    };

    private static string Whole(int number) => number.ToString(CultureInfo.InvariantCulture);
}
