using KpiPack.Core.Model;

namespace KpiPack.Core.Drafting;

/// <summary>
/// An indicator's values from the workbook's first month to the report month, one per calendar month, oldest first,
/// the report month last. A month the workbook skips is here as a blank, so that "in a row" means calendar months.
/// </summary>
public sealed record History(IReadOnlyList<(Month Month, Observation Value)> Months)
{
    public Month Report => Months[^1].Month;

    public Observation ValueAt(Month month)
    {
        var index = IndexOf(month);
        return index >= 0 && index < Months.Count ? Months[index].Value : Observation.Blank;
    }

    /// <summary>The months before the report month that hold a number, latest first.</summary>
    public IEnumerable<(Month Month, decimal Value)> EarlierFiguresLatestFirst() =>
        Months.Take(Months.Count - 1).Reverse()
            .Where(m => m.Value.IsNumber)
            .Select(m => (m.Month, m.Value.Number!.Value));

    public static History Of(MonthlyValues values, string reference, Month month)
    {
        var first = values.Months.Count > 0 && values.Months[0] < month ? values.Months[0] : month;
        var count = MonthsBetween(first, month) + 1;
        return new History(MonthRange.EndingAt(month, count).Select(m => (m, values.ValueOf(reference, m))).ToList());
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/>: 1 from May-20 to Jun-20.</summary>
    public static int MonthsBetween(Month from, Month to) => (to.Year - from.Year) * 12 + to.Number - from.Number;

    private int IndexOf(Month month) => MonthsBetween(Months[0].Month, month);
}
