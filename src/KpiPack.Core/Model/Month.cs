using System.Globalization;

namespace KpiPack.Core.Model;

/// <summary>
/// A calendar month: the unit every value and every report is keyed by. Years 1 to 9999, as <see cref="DateTime"/>.
/// The month is kept as a count of months from January of year 1, so every value of the type is a month:
/// <c>default(Month)</c> is January of year 1 ("0001-01", "Jan-01"), as NodaTime's <c>default(LocalDate)</c> is 1 January 1,
/// and it labels, compares and steps like any other.
/// </summary>
public readonly record struct Month : IComparable<Month>
{
    private static readonly string[] Abbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>December 9999, the last month.</summary>
    private const int LastIndex = 9999 * 12 - 1;

    /// <summary>Months since January of year 1: 0 is January 1, so the default is a month.</summary>
    private readonly int _index;

    public Month(int year, int number)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be 1..9999");
        if (number is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(number), number, "month must be 1..12");
        _index = (year - 1) * 12 + (number - 1);
    }

    private Month(int index) => _index = index;

    public int Year => _index / 12 + 1;
    public int Number => _index % 12 + 1;

    public Month AddMonths(int months)
    {
        var index = (long)_index + months;
        if (index is < 0 or > LastIndex)
            throw new ArgumentOutOfRangeException(nameof(months), months, $"{months} months from {this} is outside years 1..9999");
        return new Month((int)index);
    }

    /// <summary>The financial year (April to March) the month falls in.</summary>
    public FinancialYear FinancialYear => new(Number >= 4 ? Year : Year - 1);

    /// <summary>The council's own label, as printed in the appendix headers: "Jun-20".</summary>
    public string Label => $"{Abbreviations[Number - 1]}-{Year % 100:00}";

    public DateTime FirstDayUtc => new(Year, Number, 1, 0, 0, 0, DateTimeKind.Utc);

    public int CompareTo(Month other) => _index.CompareTo(other._index);

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
        if (!IsPlausibleYear(date.Year)) return false;
        month = FromDate(date);
        return true;
    }

    /// <summary>
    /// A report month is in living memory: a year before 1900 or after 2999 is a typing slip, or an empty date cell
    /// (Excel shows a 0 formatted as a date as 00/01/1900), and a window reaching back from it must still be a month.
    /// </summary>
    public static bool IsPlausibleYear(int year) => year is >= 1900 and <= 2999;

    public static Month Parse(string text) =>
        TryParse(text, out var month)
            ? month
            : throw new FormatException($"'{text}' is not a month: write it as yyyy-mm, e.g. 2020-06");

    /// <summary>The file format, yyyy-mm.</summary>
    public override string ToString() => $"{Year:0000}-{Number:00}";
}
