using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Deriving;

/// <summary>Turns a catalogue and its monthly values into the derived table for one report month.</summary>
public static class DerivationEngine
{
    public static DerivedTable Derive(Catalogue catalogue, MonthlyValues values, Month month, SpcSettings? spc = null) =>
        new(month, catalogue.Indicators.Select(indicator => DeriveRow(indicator, values, month, spc)).ToList());

    public static DerivedRow DeriveRow(Indicator indicator, MonthlyValues values, Month month, SpcSettings? spc = null)
    {
        spc ??= SpcSettings.Default;
        Observation ValueAt(Month m) => values.ValueOf(indicator.Ref, m);

        var current = ValueAt(month);
        var window = DerivationRules.WindowEndingAt(month).Select(m => (m, ValueAt(m))).ToList();
        var target = indicator.TargetFor(month);
        return new DerivedRow(
            indicator,
            month,
            current,
            DerivationRules.MovementOf(current, ValueAt(month.AddMonths(-1)), indicator.Polarity),
            DerivationRules.MovementOf(current, ValueAt(month.AddMonths(-12)), indicator.Polarity),
            DerivationRules.Summarise(window),
            target,
            DerivationRules.RagOf(current, target, indicator.Polarity),
            values.CommentaryOf(indicator.Ref, month),
            XmrChart.Analyse(
                MonthRange.EndingAt(month, spc.MaxPoints).Select(m => (m, ValueAt(m))).ToList(),
                indicator.Polarity, target, spc));
    }
}
