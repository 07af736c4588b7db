using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Output;

/// <summary>
/// The derived table as named text fields, shared by the CSV and JSON writers: percentages as whole
/// numbers, arrows as up/similar/down, average and maximum at the indicator's decimals, the SPC mean and
/// limits at <see cref="ChartDecimals"/>, n/a as null.
/// </summary>
public static class DerivedTableColumns
{
    public static readonly IReadOnlyList<string> Names =
    [
        "ref", "month", "value",
        "change_prev_month_pct", "arrow_prev_month", "change_prev_year_pct", "arrow_prev_year",
        "avg_12m", "max_12m", "months_in_window", "polarity",
        "judgement_prev_month", "judgement_prev_year", "target", "rag",
        "spc_points", "spc_mean", "spc_lower", "spc_upper", "spc_variation", "spc_assurance",
        // The board tables' month-on-month figures (seed 004), after the others so a reader of the older columns is unaffected.
        "change_prev_month", "direction",
    ];

    /// <summary>The row's fields in the order of <see cref="Names"/>; null where the figure is n/a or absent.</summary>
    public static IReadOnlyList<string?> Fields(DerivedRow row)
    {
        var decimals = row.Indicator.Decimals;
        return
        [
            row.Indicator.Ref,
            row.Month.ToString(),
            // A computed value is unrounded (32.7102803738...): given, as printed, at the indicator's decimals.
            row.Indicator.Formula is not null && row.Value.Number is { } computed ? NumberText.Format(computed, decimals) : NullIfEmpty(row.Value.ToString()),
            row.FromPreviousMonth?.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Lower(row.FromPreviousMonth?.Direction),
            row.FromPreviousYear?.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Lower(row.FromPreviousYear?.Direction),
            row.Window.Average is { } average ? NumberText.Format(average, decimals) : null,
            row.Window.Maximum is { } maximum ? NumberText.Format(maximum, decimals) : null,
            row.Window.MonthsUsed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.Indicator.Polarity == Polarity.None ? null : Lower(row.Indicator.Polarity),
            Judgement(row.FromPreviousMonth),
            Judgement(row.FromPreviousYear),
            row.Target?.Text,
            row.Rag == Rag.None ? null : Lower(row.Rag),
            row.Spc.Points.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.Spc.HasLimits ? ChartFigure(row.Spc.Mean) : null,
            row.Spc.HasLimits ? ChartFigure(row.Spc.LowerLimit) : null,
            row.Spc.HasLimits ? ChartFigure(row.Spc.UpperLimit) : null,
            // No figure for the month, no reading of it (not "insufficient", which says the history is short).
            row.Value.IsNumber ? Snake(row.Spc.Variation) : null,
            row.Spc.Assurance == SpcAssurance.None ? null : Snake(row.Spc.Assurance),
            row.ChangeFromPreviousMonth is { } change ? NumberText.Format(change, decimals) : null,
            row.Travel == Travel.None ? null : Lower(row.Travel),
        ];
    }

    /// <summary>
    /// Decimals of the SPC mean and limits. They are someone's chart input, so they are not cut to the indicator's
    /// decimals (a count's mean of 4.52 is not 5); but a mean is a decimal division, and its full 28 digits
    /// (1615.0714285714285714285714286) are noise. Six decimals is finer than any figure a data team types.
    /// </summary>
    public const int ChartDecimals = 6;

    /// <summary>Rounded to <see cref="ChartDecimals"/>, trailing zeros dropped: 1615.071429, 11.5, 40.</summary>
    private static string ChartFigure(decimal number) =>
        NumberText.Format(Math.Round(number, ChartDecimals, MidpointRounding.AwayFromZero));

    private static string? Judgement(Movement? movement) =>
        movement is null || movement.Judgement == Deriving.Judgement.None ? null : Lower(movement.Judgement);

    private static string? Lower<T>(T? value) where T : struct, Enum => value is { } v ? Lower(v) : null;

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>ImprovementHigh → improvement_high, HitAndMiss → hit_and_miss.</summary>
    private static string Snake<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
