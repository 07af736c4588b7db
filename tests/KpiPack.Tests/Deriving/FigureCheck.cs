using System.Globalization;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Deriving;

public enum Verdict
{
    /// <summary>The engine prints exactly what the council printed.</summary>
    Exact,

    /// <summary>
    /// Off by the rounding of the printed inputs: the council computed from unrounded percentages and rates, the
    /// appendix prints them rounded (EH3a% Jun-19: 7.9% → 14.1% is +78.5%, printed +79%). Accepted only when the
    /// published figure lies inside the range the printed values allow. Counts are exact and get no such allowance.
    /// </summary>
    WithinRounding,

    /// <summary>Listed in published-anomalies.csv, and the engine gives the value that list computed.</summary>
    ListedAnomaly,

    /// <summary>The 12-month window runs over Jul-Sep 2019, which no appendix prints, so the sample cannot hold it.</summary>
    WindowNotInSample,

    Mismatch,
}

/// <summary>The catalogue and values a published figure is judged against: the sample, or a variant of it.</summary>
public sealed record JudgedPack(Catalogue Catalogue, MonthlyValues Values)
{
    public static JudgedPack Sample => new(SamplePack.Catalogue, SamplePack.Values);
}

/// <summary>Compares one published figure with the engine's, and says how they relate.</summary>
public static class FigureCheck
{
    public static readonly string[] UnprintedMonths = ["2019-07", "2019-08", "2019-09"];

    public static (Verdict Verdict, string Detail) Judge(PublishedFigure figure) => Judge(figure, JudgedPack.Sample);

    public static (Verdict Verdict, string Detail) Judge(PublishedFigure figure, JudgedPack pack)
    {
        var indicator = pack.Catalogue.Indicators.Single(i => i.Ref == figure.Ref);
        var month = Month.Parse(figure.ReportMonth);
        var row = DerivationEngine.DeriveRow(indicator, pack.Values, month);

        return figure.Field switch
        {
            "pct_change_prev_month" => JudgeChange(figure, pack, row, row.FromPreviousMonth, month.AddMonths(-1)),
            "pct_change_prev_year" => JudgeChange(figure, pack, row, row.FromPreviousYear, month.AddMonths(-12)),
            "dot_arrow_prev_month" => JudgeArrow(figure, pack, row.FromPreviousMonth, "pct_change_prev_month"),
            "dot_arrow_prev_year" => JudgeArrow(figure, pack, row.FromPreviousYear, "pct_change_prev_year"),
            "avg_12m" => JudgeWindow(figure, pack, row, row.Window.Average),
            "max_12m" => JudgeWindow(figure, pack, row, row.Window.Maximum),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.Field, null),
        };
    }

    private static (Verdict, string) JudgeChange(PublishedFigure figure, JudgedPack pack, DerivedRow row, Movement? movement, Month baseMonth)
    {
        var computed = movement?.Percent.ToString(CultureInfo.InvariantCulture) ?? "n/a";
        // Before the anomaly list: an anomaly of rounding is resolved when the sample computes the percentage from
        // its counts (a catalogue formula) instead of typing it rounded, and the engine then prints what the council did.
        if (computed == figure.Published) return (Verdict.Exact, computed);
        if (figure.Anomaly is { } anomaly) return JudgeAnomaly(computed, figure, anomaly);
        if (movement is not null && int.TryParse(figure.Published, out var published)
            && ChangeRange(row.Indicator, pack.Values.ValueOf(row.Indicator.Ref, baseMonth), row.Value) is var (low, high)
            && published + 0.5m >= low && published - 0.5m <= high)
            return (Verdict.WithinRounding, $"computed {computed}, printed values allow {low:F1}..{high:F1}");
        return (Verdict.Mismatch, $"computed {computed}");
    }

    /// <summary>The arrow is the council's rule applied to the printed %: where the % was accepted, so is its arrow.</summary>
    private static (Verdict, string) JudgeArrow(PublishedFigure figure, JudgedPack pack, Movement? movement, string percentField)
    {
        var percent = PublishedFigure.All().Single(f =>
            f.ReportMonth == figure.ReportMonth && f.Ref == figure.Ref && f.Field == percentField);
        var (percentVerdict, _) = Judge(percent, pack);
        if (percentVerdict is Verdict.Exact)
        {
            var computed = Arrow(movement?.Direction);
            // n/a is printed as "-" or left blank (CP2b % Jun-19): both read as no arrow.
            var published = figure.Published is "-" or "" ? "" : figure.Published;
            return computed == published ? (Verdict.Exact, computed) : (Verdict.Mismatch, $"computed '{computed}'");
        }
        var ruleOnPrinted = int.TryParse(percent.Published, out var printed) ? Arrow(DerivationRules.DirectionOf(printed)) : "";
        return ruleOnPrinted == figure.Published
            ? (percentVerdict, $"arrow of the printed {percent.Published}%")
            : (Verdict.Mismatch, $"the rule gives '{ruleOnPrinted}' for the printed {percent.Published}%");
    }

    private static (Verdict, string) JudgeWindow(PublishedFigure figure, JudgedPack pack, DerivedRow row, decimal? value)
    {
        var computed = value is { } v ? AtPrintedPrecision(v, figure.Published) : "-";
        var absent = DerivationRules.WindowEndingAt(row.Month)
            .Where(m => !pack.Values.Months.Contains(m)).Select(m => m.ToString()).ToList();
        if (figure.Anomaly is { } anomaly && absent.Count == 0) return JudgeAnomaly(computed, figure, anomaly);
        if (absent.Count > 0)
        {
            // What can still be checked: the gap is exactly the unprinted months, and no month we hold
            // exceeds the published maximum (unless that is a listed anomaly).
            if (!absent.SequenceEqual(UnprintedMonths)) return (Verdict.Mismatch, $"window lacks {string.Join(", ", absent)}");
            // A listed maximum is one a month we hold exceeds; a listed average concerns the unprinted months themselves.
            if (figure.Anomaly is { } listed && figure.Field == "max_12m") return JudgeAnomaly(computed, figure, listed);
            if (figure.Field == "max_12m" && decimal.TryParse(figure.Published, CultureInfo.InvariantCulture, out var max)
                && decimal.Parse(computed, CultureInfo.InvariantCulture) > max)
                return (Verdict.Mismatch, $"a month in the sample ({computed}) exceeds the published maximum");
            return (Verdict.WindowNotInSample, $"computed {computed} over {row.Window.MonthsUsed} months");
        }
        if (computed == figure.Published) return (Verdict.Exact, computed);
        var tolerance = HalfUnit(figure.Published) + (row.Indicator.Unit == Unit.Count ? 0 : InputHalfUnit(pack, row));
        return value is { } exact && Math.Abs(exact - decimal.Parse(figure.Published, CultureInfo.InvariantCulture)) <= tolerance
            ? (Verdict.WithinRounding, $"computed {exact:0.###}, within ±{tolerance} of the printed inputs")
            : (Verdict.Mismatch, $"computed {computed}");
    }

    private static (Verdict, string) JudgeAnomaly(string computed, PublishedFigure figure, Anomaly anomaly)
    {
        var expected = decimal.TryParse(anomaly.Computed, CultureInfo.InvariantCulture, out var number)
            ? AtPrintedPrecision(number, figure.Published)
            : anomaly.Computed;
        return computed == expected && computed != figure.Published
            ? (Verdict.ListedAnomaly, anomaly.Reason)
            : (Verdict.Mismatch, $"listed as an anomaly computing {anomaly.Computed}, but the engine gives {computed}");
    }

    /// <summary>
    /// The % changes the printed values allow, each value being anything that rounds to what was printed.
    /// Counts are printed exactly.
    /// </summary>
    private static (decimal Low, decimal High)? ChangeRange(Indicator indicator, Observation baseValue, Observation current)
    {
        if (baseValue.Number is not { } b || current.Number is not { } c || b <= 0) return null;
        var hb = indicator.Unit == Unit.Count ? 0 : HalfUnit(NumberText.Format(b));
        var hc = indicator.Unit == Unit.Count ? 0 : HalfUnit(NumberText.Format(c));
        return ((c - hc) / (b + hb) * 100 - 100, (c + hc) / (b - hb) * 100 - 100);
    }

    /// <summary>
    /// The rounding of the window's printed values: the finest precision any of them shows, since a value
    /// printed as 90.0 is stored as 90 and would otherwise look coarser than it was.
    /// </summary>
    private static decimal InputHalfUnit(JudgedPack pack, DerivedRow row) =>
        DerivationRules.WindowEndingAt(row.Month)
            .Select(m => pack.Values.ValueOf(row.Indicator.Ref, m).Number)
            .OfType<decimal>()
            .Select(n => HalfUnit(NumberText.Format(n)))
            .DefaultIfEmpty(0)
            .Min();

    private static decimal HalfUnit(string printed)
    {
        var decimals = printed.Contains('.') ? printed.Length - printed.IndexOf('.') - 1 : 0;
        return 0.5m / (decimal)Math.Pow(10, decimals);
    }

    /// <summary>Apr-20 and Jun-20 print percentages with no decimals, Jun-19 with one: compare at what was printed.</summary>
    private static string AtPrintedPrecision(decimal value, string published)
    {
        var decimals = published.Contains('.') ? published.Length - published.IndexOf('.') - 1 : 0;
        return NumberText.Format(value, decimals);
    }

    private static string Arrow(Direction? direction) => direction switch
    {
        Direction.Up => "↑",
        Direction.Down => "↓",
        Direction.Similar => "→",
        _ => "",
    };
}
