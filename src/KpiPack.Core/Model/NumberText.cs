using System.Globalization;

namespace KpiPack.Core.Model;

/// <summary>Numbers as people type them into a dataset: invariant culture, thousands commas, an optional % sign.</summary>
public static class NumberText
{
    public static bool TryParse(string text, out decimal number)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%')) trimmed = trimmed[..^1].TrimEnd();
        return decimal.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The shortest invariant form of a number: 17.4, 1576, -0.5.</summary>
    public static string Format(decimal number) =>
        number.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Format(decimal number, int decimals) =>
        Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
}
