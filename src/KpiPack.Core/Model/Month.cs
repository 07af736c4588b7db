using System.Globalization;

namespace KpiPack.Core.Model;

/// <summary>A calendar month: the unit every value and every report is keyed by.</summary>
public readonly record struct Month : IComparable<Month>
{
    private static readonly string[] Abbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public Month(int year, int number)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be 1..9999");
        if (number is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(number), number, "month must be 1..12");
        Year = year;
        Number = number;
    }

    public int Year { get; }
    public int Number { get; }

    public Month AddMonths(int months)
    {
        var index = Year * 12 + (Number - 1) + months;
        return new Month(index / 12, index % 12 + 1);
    }

    /// <summary>The financial year (April to March) the month falls in.</summary>
    public FinancialYear FinancialYear => new(Number >= 4 ? Year : Year - 1);

    /// <summary>The council's own label, as printed in the appendix headers: "Jun-20".</summary>
    public string Label => $"{Abbreviations[Number - 1]}-{Year % 100:00}";

    public DateTime FirstDayUtc => new(Year, Number, 1, 0, 0, 0, DateTimeKind.Utc);

    public int CompareTo(Month other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Month a, Month b) => a.CompareTo(b) < 0;
    public static bool operator >(Month a, Month b) => a.CompareTo(b) > 0;
    public static bool operator <=(Month a, Month b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Month a, Month b) => a.CompareTo(b) >= 0;

    public static Month FromDate(DateTime date) => new(date.Year, date.Month);

    /// <summary>Parses "2020-06" (the file format) or "Jun-20" / "Jun 2020" (the council's labels).</summary>
    public static bool TryParse(string? text, out Month month)
    {
        month = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        string[] formats = ["yyyy-MM", "yyyy-M", "MMM-yy", "MMM yy", "MMM-yyyy", "MMM yyyy", "MMMM yyyy", "MMMM-yy"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return false;
        // A report month is in living memory: 1900 or 2999 is a typing slip, and a window reaching back from it
        // must still be a month.
        if (date.Year is < 1900 or > 2999) return false;
        month = FromDate(date);
        return true;
    }

    public static Month Parse(string text) =>
        TryParse(text, out var month)
            ? month
            : throw new FormatException($"'{text}' is not a month: write it as yyyy-mm, e.g. 2020-06");

    /// <summary>The file format, yyyy-mm.</summary>
    public override string ToString() => $"{Year:0000}-{Number:00}";
}
