using System.Globalization;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;

namespace KpiPack.Core.Appendix;

/// <summary>How numbers read on the page: thousands separated, percentages with their sign, n/a spelt out.</summary>
public static class Figures
{
    public const string NotApplicable = "n/a";

    /// <summary>
    /// A month's value as recorded (its own decimals, and at least <paramref name="atLeast"/>), or the workbook's
    /// marker. A computed value has no decimals of its own (M2 / M1 runs to 28 digits): it is printed at the
    /// indicator's decimals, as the average is.
    /// </summary>
    public static string Value(Observation value, Indicator indicator, int atLeast = 0) =>
        value.Number is not { } number ? value.Marker
        : indicator.Formula is not null ? Statistic(number, indicator)
        : WithUnit(number.ToString("#,##0." + new string('0', atLeast) + new string('#', Math.Max(0, 10 - atLeast)), CultureInfo.InvariantCulture)
            .TrimEnd('.'), indicator);

    /// <summary>
    /// A month's value as the appendix's month columns print it: at the most decimals any of the months shown has, so
    /// the row's figures line up. The record of printed figures keeps this text, so a revision reads as the page did.
    /// </summary>
    public static string MonthValue(Indicator indicator, MonthlyValues values, IReadOnlyList<Month> months, Month shown)
    {
        var decimals = DecimalsOf(months.Select(m => values.ValueOf(indicator.Ref, m)));
        return Value(values.ValueOf(indicator.Ref, shown), indicator, decimals);
    }

    /// <summary>
    /// The most decimals any of these recorded values has: a row printed with them all at this many lines its figures
    /// up (21.0% beside 23.6%, not 21%), while a row of whole numbers stays as narrow as it was typed.
    /// </summary>
    public static int DecimalsOf(IEnumerable<Observation> values) =>
        values.Select(v => v.Number is { } number ? Scale(number) : 0).DefaultIfEmpty(0).Max();

    private static int Scale(decimal number)
    {
        var text = NumberText.Format(number);
        var point = text.IndexOf('.');
        return point < 0 ? 0 : Math.Min(10, text.Length - point - 1);
    }

    /// <summary>An average or maximum, at the indicator's decimals.</summary>
    public static string Statistic(decimal? value, Indicator indicator) =>
        value is { } number
            ? WithUnit(Math.Round(number, indicator.Decimals, MidpointRounding.AwayFromZero)
                .ToString("#,##0." + new string('0', indicator.Decimals), CultureInfo.InvariantCulture).TrimEnd('.'), indicator)
            : NotApplicable;

    public static string Arrow(Direction direction) => direction switch
    {
        Direction.Up => "↑",
        Direction.Down => "↓",
        _ => "→",
    };

    public static string Movement(Movement? movement) =>
        movement is null ? NotApplicable : $"{Arrow(movement.Direction)} {movement.Percent.ToString(CultureInfo.InvariantCulture)}%";

    public static string Polarity(Polarity polarity) => polarity switch
    {
        Core.Model.Polarity.Up => "▲",
        Core.Model.Polarity.Down => "▼",
        _ => "",
    };

    public static string Figure(Figure? figure, Indicator indicator) =>
        figure is null ? "" : figure.Number is { } number ? WithUnit(number.ToString("#,##0.##########", CultureInfo.InvariantCulture), indicator) : figure.Text;

    private static string WithUnit(string number, Indicator indicator) => indicator.Unit == Unit.Percent ? number + "%" : number;
}
