using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Deriving;

/// <summary>Turns a catalogue and its monthly values into the derived table for one report month.</summary>
public static class DerivationEngine
{
    public static DerivedTable Derive(Catalogue catalogue, MonthlyValues values, Month month, SpcSettings? spc = null) =>
        new(month, catalogue.Indicators.Select(indicator => DeriveRow(indicator, values, month, spc)).ToList());

    public static DerivedRow DeriveRow(Indicator indicator, MonthlyValues values, Month month, SpcSettings? spc = null) =>
        DeriveRow(indicator, values, month, spc, month.FinancialYear);

    /// <summary>The row for <paramref name="month"/>, its RAG judged against the target of <paramref name="targetYear"/>.</summary>
    private static DerivedRow DeriveRow(Indicator indicator, MonthlyValues values, Month month, SpcSettings? spc, FinancialYear targetYear)
    {
        spc ??= SpcSettings.Default;
        Observation ValueAt(Month m) => values.ValueOf(indicator.Ref, m);

        var current = ValueAt(month);
        var previous = ValueAt(month.AddMonths(-1));
        var window = DerivationRules.WindowEndingAt(month).Select(m => (m, ValueAt(m))).ToList();
        var target = indicator.Targets.GetValueOrDefault(targetYear);
        return new DerivedRow(
            indicator,
            month,
            current,
            DerivationRules.MovementOf(current, previous, indicator.Polarity),
            DerivationRules.MovementOf(current, ValueAt(month.AddMonths(-12)), indicator.Polarity),
            DerivationRules.Summarise(window),
            target,
            DerivationRules.RagOf(current, target, indicator.Polarity),
            values.CommentaryOf(indicator.Ref, month),
            // Every month up to the report month: the chart takes the last MaxPoints of them with a figure.
            WithoutSignalUnlessValued(current, XmrChart.Analyse(
                values.Months.Where(m => m <= month).Select(m => (m, ValueAt(m))).ToList(),
                indicator.Polarity, target, spc, spc.For(indicator.Ref))))
        {
            ChangeFromPreviousMonth = MonthOnMonth.Difference(current, previous, indicator.Decimals),
            Travel = MonthOnMonth.TravelOf(current, previous, indicator.Polarity, indicator.Decimals),
        };
    }

    /// <summary>
    /// A month with no figure has no signal and no assurance: the chart's latest point is an earlier month's, and
    /// its signal is that month's, not this one's (issue 28: July's exceptions listed June's special causes). The
    /// points stay, for the row's trend line.
    /// </summary>
    private static SpcResult WithoutSignalUnlessValued(Observation current, SpcResult spc) =>
        current.IsNumber ? spc : spc.WithoutVerdict();

    /// <summary>How far back <see cref="DeriveAtLatest"/> looks for a value: a year, so a stale figure is not judged as this month's.</summary>
    public const int LatestValueMonths = 12;

    /// <summary>
    /// The row for the report month when it has a value; when it has none, the row derived at the indicator's latest
    /// month with a value within the year before, its <see cref="DerivedRow.JudgedAt"/> naming that month. The
    /// Corporate parenting board table of seed 004 stops at May-23 in a Jul-23 report and judges RAG and direction there.
    /// The target stays the report month's financial year's, even when the latest value is in the year before: the
    /// appendix heads its target column with the report's year, and RAG is judged against no other.
    /// </summary>
    public static DerivedRow DeriveAtLatest(Indicator indicator, MonthlyValues values, Month month, SpcSettings? spc = null)
    {
        if (values.ValueOf(indicator.Ref, month).IsNumber) return DeriveRow(indicator, values, month, spc);
        for (var back = 1; back <= LatestValueMonths; back++)
        {
            var earlier = month.AddMonths(-back);
            if (values.ValueOf(indicator.Ref, earlier).IsNumber) return DeriveRow(indicator, values, earlier, spc, month.FinancialYear) with { JudgedAt = earlier };
        }
        return DeriveRow(indicator, values, month, spc);
    }
}
