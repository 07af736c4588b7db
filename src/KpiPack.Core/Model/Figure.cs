using System.Globalization;

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
        return NumberText.TryParse(trimmed, out var number) ? new Figure(number, trimmed) : new Figure(null, trimmed);
    }

    public static Figure Of(decimal number) => new(number, number.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => Text;
}
