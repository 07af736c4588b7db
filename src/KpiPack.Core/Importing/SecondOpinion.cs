using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using KpiPack.Core.Deriving;
using KpiPack.Core.Input;

namespace KpiPack.Core.Importing;

/// <summary>One printed figure that the council's rules do not give from the printed values.</summary>
public sealed record Difference(string Ref, string Month, string Column, string Printed, string Computed);

/// <summary>
/// The council's printed derived columns checked against what its rules give from the printed values (data/README.md's
/// rules, as <see cref="DerivationEngine"/> applies them). A blank printed cell is not compared: nothing was printed.
/// A printed figure is compared at the decimals it was printed with (28% against 28.3 is the same).
/// </summary>
public static partial class SecondOpinion
{
    public const string FileName = "second-opinion.csv";

    public static IReadOnlyList<Difference> Compare(ImportedAppendix appendix, DerivedTable derived)
    {
        var rows = derived.Rows.ToDictionary(r => r.Indicator.Ref, StringComparer.Ordinal);
        var differences = new List<Difference>();
        foreach (var imported in appendix.Indicators)
        {
            if (!rows.TryGetValue(imported.Indicator.Ref, out var row)) continue;
            void Check(string column, Cell? printed, decimal? computed)
            {
                if (printed is null || Printed(printed) is not var (isNumber, value, decimals)) return;
                var rounded = computed is { } c ? Math.Round(c, decimals, MidpointRounding.AwayFromZero) : (decimal?)null;
                var same = isNumber ? rounded == value : rounded is null;
                if (!same)
                    differences.Add(new Difference(imported.Indicator.Ref, derived.Month.ToString(), column, printed.Text.Trim(),
                        rounded?.ToString(CultureInfo.InvariantCulture) ?? "n/a"));
            }
            Check("pct_change_prev_month", imported.Printed.ChangeFromPreviousMonth, row.FromPreviousMonth?.Percent);
            Check("pct_change_prev_year", imported.Printed.ChangeFromPreviousYear, row.FromPreviousYear?.Percent);
            Check("avg_12m", imported.Printed.Average, row.Window.Average);
            Check("max_12m", imported.Printed.Maximum, row.Window.Maximum);
        }
        return differences;
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
            csv.WriteHeader(["ref", "month", "column", "printed", "computed"]);
            foreach (var d in differences) csv.WriteRecord([d.Ref, d.Month, d.Column, d.Printed, d.Computed]);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // An arrow, then the figure: "↑ 27%", "-5%", "1,518", "21.4%".
    [GeneratedRegex(@"^[^0-9+\-.]*([+\-]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*%?$")]
    private static partial Regex PrintedNumber();

    [GeneratedRegex(@"^[^A-Za-z0-9]*(n/?a|-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotApplicable();
}
