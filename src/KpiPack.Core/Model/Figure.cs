using System.Globalization;
using KpiPack.Core.Input;

namespace KpiPack.Core.Model;

/// <summary>
/// A benchmark or target as the catalogue gives it: a number, or text printed as it is
/// ("Local" where no national figure exists, "TBC", "-").
/// </summary>
public sealed record Figure(decimal? Number, string Text)
{
    public static Figure? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        // A figure past a trillion is a slip, as a value is (ValueText.Largest): kept as text, so it is printed as
        // typed, warned about by validate, and never reaches the sums of RAG and benchmarks, where it could overflow.
        return NumberText.TryParse(trimmed, out var number) && Math.Abs(number) <= ValueText.Largest
            ? new Figure(number, trimmed)
            : new Figure(null, trimmed);
    }

    public static Figure Of(decimal number) => new(number, number.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => Text;
}
