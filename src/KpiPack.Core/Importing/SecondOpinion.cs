using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using KpiPack.Core.Deriving;
using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Core.Importing;

/// <summary>One printed figure that the council's rules do not give from the printed values.</summary>
/// <see cref="Note"/> says when the printed % change is one that values within rounding of those printed could give: the
/// council worked from unrounded figures, so such a slip is likely rounding, not a mistake.
public sealed record Difference(string Ref, string Month, string Column, string Printed, string Computed, string Note = "")
{
    public bool WithinRounding => Note.Length > 0;
}

/// <summary>
/// The differences found; how many printed figures were compared; and how many could not be, because the sheet does
/// not print the months they need (a change on the year without last year's month, an average over months not shown).
/// </summary>
public sealed record SecondOpinionResult(IReadOnlyList<Difference> Differences, int Compared, int NotComparable);

/// <summary>
/// The council's printed derived columns checked against what its rules give from the printed values (data/README.md's
/// rules, as <see cref="DerivationEngine"/> applies them). A blank printed cell is not compared: nothing was printed.
/// A printed figure is compared at the decimals it was printed with (28% against 28.3 is the same).
/// </summary>
public static partial class SecondOpinion
{
    public const string FileName = "second-opinion.csv";

    public static SecondOpinionResult Compare(ImportedAppendix appendix, DerivedTable derived)
    {
        var rows = derived.Rows.ToDictionary(r => r.Indicator.Ref, StringComparer.Ordinal);
        var differences = new List<Difference>();
        var shown = appendix.Months.ToHashSet();
        var report = derived.Month;
        var lastYearShown = shown.Contains(report.AddMonths(-12));
        var windowShown = Enumerable.Range(0, 12).All(back => shown.Contains(report.AddMonths(-back)));
        int compared = 0, notComparable = 0;
        foreach (var imported in appendix.Indicators)
        {
            if (!rows.TryGetValue(imported.Indicator.Ref, out var row)) continue;
            void Check(string column, Cell? printed, decimal? computed, bool comparable = true, Month? baseMonth = null)
            {
                if (printed is null || Printed(printed) is not var (isNumber, value, decimals)) return;
                if (!comparable)
                {
                    notComparable++;
                    return;
                }
                compared++;
                var rounded = computed is { } c ? Math.Round(c, decimals, MidpointRounding.AwayFromZero) : (decimal?)null;
                var same = isNumber ? rounded == value : rounded is null;
                if (same) return;
                var range = !isNumber || computed is null ? null
                    : baseMonth is { } from ? RoundingAllows(imported, from, report)
                    : WithinHalfADigit(computed.Value, decimals);
                var note = range is var (low, high)
                    && value >= Math.Round(low, decimals, MidpointRounding.AwayFromZero) && value <= Math.Round(high, decimals, MidpointRounding.AwayFromZero)
                        ? $"within rounding: the printed values allow {low:0.0##} to {high:0.0##}"
                        : "";
                differences.Add(new Difference(imported.Indicator.Ref, report.ToString(), column, printed.Text.Trim(),
                    rounded?.ToString(CultureInfo.InvariantCulture) ?? "n/a", note));
            }
            Check("pct_change_prev_month", imported.Printed.ChangeFromPreviousMonth, row.FromPreviousMonth?.Percent, baseMonth: report.AddMonths(-1));
            Check("pct_change_prev_year", imported.Printed.ChangeFromPreviousYear, row.FromPreviousYear?.Percent, lastYearShown, report.AddMonths(-12));
            Check("avg_12m", imported.Printed.Average, row.Window.Average, windowShown);
            Check("max_12m", imported.Printed.Maximum, row.Window.Maximum, windowShown);
        }
        return new SecondOpinionResult(differences, compared, notComparable);
    }

    /// <summary>
    /// The lowest and highest % change that values rounding to the printed ones could give (each printed value is
    /// anything within half its last printed digit); null when either value is not a positive number.
    /// </summary>
    private static (decimal Low, decimal High)? RoundingAllows(ImportedIndicator indicator, Month from, Month to)
    {
        if (Range(indicator.Values.GetValueOrDefault(from)) is not var (baseLow, baseHigh) || Range(indicator.Values.GetValueOrDefault(to)) is not var (low, high))
            return null;
        if (baseLow <= 0) return null;
        decimal[] corners = [(low / baseLow - 1) * 100, (low / baseHigh - 1) * 100, (high / baseLow - 1) * 100, (high / baseHigh - 1) * 100];
        return (corners.Min(), corners.Max());
    }

    /// <summary>
    /// An average or maximum of values each printed to <paramref name="decimals"/> places is within half a last digit
    /// of the same figure from the unrounded values.
    /// </summary>
    private static (decimal Low, decimal High)? WithinHalfADigit(decimal computed, int decimals)
    {
        var half = 0.5m / (decimal)Math.Pow(10, decimals);
        return (computed - half, computed + half);
    }

    private static (decimal Low, decimal High)? Range(Cell? cell)
    {
        if (cell is null || Printed(cell) is not (true, var value, var decimals)) return null;
        var half = 0.5m / (decimal)Math.Pow(10, decimals);
        return (value - half, value + half);
    }

    /// <summary>A printed figure: a number and its decimals, "n/a" (or "-") as no number; null for what is neither.</summary>
    private static (bool IsNumber, decimal Value, int Decimals)? Printed(Cell cell)
    {
        if (cell.Number is { } number) return (true, number, Decimals(Model.NumberText.Format(number)));
        var text = cell.Text.Trim();
        if (NotApplicable().IsMatch(text)) return (false, 0, 0);
        var match = PrintedNumber().Match(text);
        if (!match.Success) return null;
        var digits = match.Groups[1].Value.Replace(",", "");
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (true, value, Decimals(digits)) : null;
    }

    private static int Decimals(string digits) => digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;

    public static byte[] Csv(IReadOnlyList<Difference> differences)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(["ref", "month", "column", "printed", "computed", "note"]);
            foreach (var d in differences) csv.WriteRecord([d.Ref, d.Month, d.Column, d.Printed, d.Computed, d.Note]);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // An arrow, then the figure: "↑ 27%", "-5%", "1,518", "21.4%".
    [GeneratedRegex(@"^[^0-9+\-.]*([+\-]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*%?$")]
    private static partial Regex PrintedNumber();

    [GeneratedRegex(@"^[^A-Za-z0-9]*(n/?a|-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotApplicable();
}
