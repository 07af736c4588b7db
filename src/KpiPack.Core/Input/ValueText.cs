using System.Globalization;
using System.Text.RegularExpressions;
using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// Reads a monthly value as a data team types it. Unambiguous forms are accepted and said in a warning
/// ("1,234" is 1234; "12%" in a percentage indicator is 12); anything that could be a wrong figure is refused.
/// </summary>
internal static partial class ValueText
{
    public static Observation Read(Cell cell, Indicator indicator, InputLocation at, Findings findings)
    {
        if (cell.Problem is { } problem) throw new InputException(at, problem);
        if (cell.Number is { } number) return Checked(number, text: NumberText.Format(number), at);
        var text = cell.Text.Trim();
        if (text.Length == 0) return Observation.Blank;
        if (SpreadsheetError().IsMatch(text))
            throw new InputException(at, $"'{text}' is a spreadsheet error, not a figure: correct the formula, or write tbc");
        if (Observation.KnownMarkers.Contains(text, StringComparer.OrdinalIgnoreCase)) return Observation.Missing(text);

        var plain = text;
        if (plain.EndsWith('%'))
        {
            if (indicator.Unit != Unit.Percent)
                throw new InputException(at, $"'{text}' is a percentage, but {indicator.Ref} is a {indicator.Unit.ToString().ToLowerInvariant()}");
            plain = plain[..^1].TrimEnd();
        }
        if (decimal.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            // 1e2 and +201 are numbers to .NET but not how a figure is typed: likely a slip, or text from another system.
            if (plain != text || plain.StartsWith('+') || plain.Contains('e', StringComparison.OrdinalIgnoreCase))
                findings.Warning(at, $"read '{text}' as {NumberText.Format(value)}");
            return Checked(value, text, at);
        }
        if (Grouped().IsMatch(plain) && decimal.TryParse(plain, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value))
        {
            findings.Warning(at, $"read '{text}' as {NumberText.Format(value)}");
            return Checked(value, text, at);
        }
        throw new InputException(at,
            $"'{text}' is not a number or a known marker ({string.Join(", ", Observation.KnownMarkers)}, or blank)");
    }

    /// <summary>No indicator counts past a trillion: a larger figure is a slip (an account number, a date serial).</summary>
    public const decimal Largest = 1_000_000_000_000m;

    private static Observation Checked(decimal value, string text, InputLocation at) =>
        Math.Abs(value) <= Largest
            ? Observation.Of(value)
            : throw new InputException(at, $"'{text}' is too large to be a figure (over a trillion)");

    // Excel's error values, which a CSV export writes out as text.
    [GeneratedRegex(@"^#(DIV/0!|REF!|N/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpreadsheetError();

    // Thousands written with commas in threes (1,234 or 12,345.6): "1,5" is not one of them.
    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex Grouped();
}
