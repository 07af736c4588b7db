using KpiPack.Core.Appendix;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Validation;

/// <summary>
/// <c>validate --explain REF</c>: where an indicator's value for the month comes from. For a formula indicator, the
/// formula and each input's value with the cell it was read from, so a data team can check a computed percentage
/// against its counts without a spreadsheet.
/// </summary>
public static class FormulaExplanation
{
    /// <summary>Decimals of the unrounded value shown beside the printed one: enough to see the rounding, not 28 digits.</summary>
    private const int UnroundedDecimals = 6;

    /// <summary>The lines of the explanation; the indicator must be in the pack's catalogue.</summary>
    public static IReadOnlyList<string> Of(LoadedPack pack, string reference, Month month)
    {
        var indicator = pack.Catalogue.Indicators.Single(i => i.Ref == reference);
        var value = pack.Values.ValueOf(reference, month);
        if (indicator.Formula is not { } formula)
            return [$"{reference}, {month.Label}: {Shown(indicator, value)}, typed in the workbook ({pack.Sources.OfValue(reference, month)})"];

        var lines = new List<string>
        {
            $"{reference} = {formula} ({pack.Sources.OfIndicator(reference)})",
        };
        foreach (var input in formula.Refs.Select(r => pack.Catalogue.Indicators.Single(i => i.Ref == r)))
        {
            var inputValue = pack.Values.ValueOf(input.Ref, month);
            var from = input.Formula is { } inner ? $"computed by its formula {inner}" : $"from {pack.Sources.OfValue(input.Ref, month)}";
            lines.Add($"  [{input.Ref}], {month.Label}: {Shown(input, inputValue)} ({from})");
        }
        // A formula that rounds (round(ratio, 0)) is explained by the figure before its rounding.
        var exact = formula is Formula.Round round ? round.Operand.Evaluate(r => pack.Values.ValueOf(r, month)) : value;
        var unrounded = exact.Number is { } number && Math.Round(number, indicator.Decimals) != number
            ? $" ({(exact == value ? "unrounded" : $"rounded by the formula from")} {Unrounded(number)})"
            : "";
        lines.Add($"  {reference}, {month.Label}: {Shown(indicator, value)}{unrounded}");
        return lines;
    }

    private static string Unrounded(decimal number)
    {
        var shown = Math.Round(number, UnroundedDecimals, MidpointRounding.AwayFromZero);
        return NumberText.Format(shown) + (shown == number ? "" : "…");
    }

    private static string Shown(Indicator indicator, Observation value) =>
        value.IsNumber ? Figures.Value(value, indicator) : value.Marker.Length > 0 ? value.Marker : "blank";
}
