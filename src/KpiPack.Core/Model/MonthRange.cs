namespace KpiPack.Core.Model;

/// <summary>Runs of consecutive months: the 12-month window, the months shown, the months an SPC chart reads.</summary>
public static class MonthRange
{
    /// <summary>The <paramref name="count"/> months ending at (and including) <paramref name="last"/>, oldest first: Jul-18..Jun-19 for 12 ending at Jun-19.</summary>
    public static IReadOnlyList<Month> EndingAt(Month last, int count) =>
        Enumerable.Range(0, count).Select(i => last.AddMonths(i - count + 1)).ToList();
}
