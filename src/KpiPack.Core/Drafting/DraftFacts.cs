using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Drafting;

/// <summary>
/// The facts of a month's movement, each a pure function of the derived row and the indicator's history. A fact that
/// cannot be computed from the data is left out, never guessed: no figure before this month, no change on the month.
/// </summary>
public static class DraftFacts
{
    /// <summary>A streak is only worth saying when it spans this many months: "the highest since Mar-20" from Jun-20.</summary>
    public const int ShortestStreak = 3;

    /// <summary>
    /// Every fact that holds, most important first (what a draft keeps when it must drop some to stay short): the
    /// month's figure and its change, then the year's, the SPC signal, the target and the chart's assurance of it, highs
    /// and lows, runs, the average.
    /// </summary>
    public static IReadOnlyList<Fact> Of(DerivedRow row, History history, SpcSettings spc)
    {
        if (row.Value.Number is not { } value) return [new NoFigure(row.Month, row.Value)];
        var signal = Signal(row, spc);
        return new Fact?[]
        {
            OnTheMonth(row, history),
            OnTheYear(row, history),
            signal,
            Target(row, value),
            Assurance(row),
            HighOrLow(history, value),
            // A trend signal already says the run, in SPC's words.
            signal is { Rule: SpcRule.Trend } ? null : RunOf(history),
            Average(row, value),
        }.OfType<Fact>().ToList();
    }

    public static Fact OnTheMonth(DerivedRow row, History history)
    {
        var previous = row.Month.AddMonths(-1);
        var before = history.ValueAt(previous);
        if (before.IsNumber)
            return new Change(ChangePeriod.Month, previous, before, row.Value, row.FromPreviousMonth?.Percent, row.FromPreviousMonth?.Judgement ?? Judgement.None);
        return new Standing(row.Month, row.Value, previous, before, !history.EarlierFiguresLatestFirst().Any());
    }

    public static Change? OnTheYear(DerivedRow row, History history)
    {
        var yearBefore = row.Month.AddMonths(-12);
        var before = history.ValueAt(yearBefore);
        return before.IsNumber
            ? new Change(ChangePeriod.Year, yearBefore, before, row.Value, row.FromPreviousYear?.Percent, row.FromPreviousYear?.Judgement ?? Judgement.None)
            : null;
    }

    /// <summary>
    /// The highest since the latest earlier month that was at least as high (the lowest likewise), when at least two
    /// figures lie between; or the highest since the figures began, over at least three earlier figures.
    /// </summary>
    public static Extreme? HighOrLow(History history, decimal value) =>
        ExtremeOf(history, value, highest: true) ?? ExtremeOf(history, value, highest: false);

    private static Extreme? ExtremeOf(History history, decimal value, bool highest)
    {
        var earlier = history.EarlierFiguresLatestFirst().ToList();
        var beyond = earlier.FindIndex(m => highest ? m.Value >= value : m.Value <= value);
        if (beyond < 0)
            return earlier.Count >= ShortestStreak ? new Extreme(highest, earlier[^1].Month, false, true) : null;
        // The figures between the month found and this one; all of them strictly lower (higher).
        return beyond >= ShortestStreak - 1 ? new Extreme(highest, earlier[beyond].Month, earlier[beyond].Value == value, false) : null;
    }

    /// <summary>A rise (or fall) in each of at least three calendar months up to this one; a missing month or an equal figure ends it.</summary>
    public static Run? RunOf(History history)
    {
        var months = history.Months;
        int? direction = null;
        var steps = 0;
        for (var i = months.Count - 1; i > 0; i--)
        {
            if (months[i].Value.Number is not { } now || months[i - 1].Value.Number is not { } then || now == then) break;
            var step = now > then ? 1 : -1;
            if (direction is { } d && d != step) break;
            direction = step;
            steps++;
        }
        return steps >= ShortestStreak ? new Run(direction == 1, months[^(steps + 1)].Month, steps) : null;
    }

    /// <summary>Compared as printed, at the indicator's decimals, so "above the average of 27.1%" is never said of 27.1%.</summary>
    public static AgainstAverage? Average(DerivedRow row, decimal value)
    {
        // An average of the month and one other is only the change on the month again.
        if (row.Window.Average is not { } average || row.Window.MonthsUsed < ShortestStreak) return null;
        var decimals = row.Indicator.Decimals;
        var shownAverage = Math.Round(average, decimals, MidpointRounding.AwayFromZero);
        var shownValue = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return new AgainstAverage(shownValue.CompareTo(shownAverage), average, row.Window.MonthsUsed);
    }

    public static AgainstTarget? Target(DerivedRow row, decimal value) =>
        row.Rag == Rag.None || row.Target?.Number is not { } target ? null : new AgainstTarget(row.Target, row.Rag, value == target);

    /// <summary>Pass or fail, where there is a target with its RAG to say it beside (hit and miss says nothing more).</summary>
    public static TargetAssurance? Assurance(DerivedRow row) =>
        row.Rag != Rag.None && row.Spc.Assurance is SpcAssurance.Pass or SpcAssurance.Fail ? new TargetAssurance(row.Spc.Assurance) : null;

    /// <summary>
    /// The report month's special cause as <see cref="XmrChart"/> gives it: the rule that decides the point's signal,
    /// the month its run began and how many figures it holds. Nothing is worked out again here.
    /// </summary>
    public static SpcSignal? Signal(DerivedRow row, SpcSettings settings)
    {
        var chart = row.Spc;
        if (!chart.HasLimits || chart.Variation is SpcVariation.Common or SpcVariation.Insufficient || chart.Points.Count == 0) return null;
        var latest = chart.Points[^1];
        if (latest.Month != row.Month || latest.Deciding is not { } rule) return null;
        var high = latest.Direction == SpcDirection.High;
        var reference = rule.Rule is SpcRule.OutsideLimits or SpcRule.TwoOfThree ? (high ? chart.UpperLimit : chart.LowerLimit) : chart.Mean;
        return new SpcSignal(chart.Variation, rule.Rule, high, rule.Since, rule.Rule == SpcRule.TwoOfThree ? 3 : rule.Run, reference);
    }
}
