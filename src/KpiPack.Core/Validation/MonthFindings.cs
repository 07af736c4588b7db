using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Core.Validation;

/// <summary>What checking one report month found (besides what holds for the pack as a whole).</summary>
public sealed record MonthFindings(Month Month, IReadOnlyList<Finding> Findings)
{
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
}

/// <summary>A finding and the report months it was found in; none for what holds whatever month is reported.</summary>
public sealed record GroupedFinding(Finding Finding, IReadOnlyList<Month> Months, string MonthsText)
{
    public Severity Severity => Finding.Severity;

    /// <summary>The finding, and which of the months checked it is found in (nothing when it holds for the pack as a whole).</summary>
    public override string ToString() => MonthsText.Length == 0 ? Finding.ToString() : $"{Finding} ({MonthsText})";
}

/// <summary>
/// Findings of many report months as one list: a finding many months share (a gap in the 12-month window that every
/// later month sees, an indicator with no commentary month after month) is one line naming the months, not one line
/// per month, so the few that matter are not buried. Ranked as one month's checks rank them (an appendix or a figure
/// missing, then a movement nobody explained, then what the data team should tidy), errors first.
/// </summary>
public static class FindingGroups
{
    private const int MonthsNamed = 4;

    public static IReadOnlyList<GroupedFinding> Of(IEnumerable<Finding> wholePack, IReadOnlyList<MonthFindings> months)
    {
        var checkedMonths = months.Select(m => m.Month).ToList();
        // With one month there is nothing to share: each finding is said in full, in the order it was found.
        var groups = new Dictionary<object, (int Rank, int Order, List<(Month Month, Finding Finding)> Found)>();
        var order = 0;
        foreach (var month in months)
        {
            foreach (var finding in month.Findings.Distinct())
            {
                object key = checkedMonths.Count > 1 && finding.AcrossMonths is { } across ? across : finding;
                if (!groups.TryGetValue(key, out var group))
                    groups[key] = group = (finding.AcrossMonths?.Rank ?? int.MaxValue, order++, []);
                group.Found.Add((month.Month, finding));
            }
        }
        var perMonth = groups.Values
            .OrderBy(g => checkedMonths.Count > 1 ? g.Rank : 0)
            .ThenBy(g => g.Order)
            .Select(g => Said(g.Found, checkedMonths));
        return wholePack.Distinct().Select(f => new GroupedFinding(f, [], ""))
            .Concat(perMonth)
            .OrderByDescending(g => g.Severity)
            .ToList();
    }

    /// <summary>A finding of one month in full; of several, said without the month, naming the months.</summary>
    private static GroupedFinding Said(List<(Month Month, Finding Finding)> found, IReadOnlyList<Month> checkedMonths)
    {
        var months = found.Select(f => f.Month).Distinct().ToList();
        var first = found[0].Finding;
        var finding = months.Count > 1 && first.AcrossMonths is { } across ? first with { Location = across.Location, Message = across.Message } : first;
        return new GroupedFinding(finding, months, Describe(months, checkedMonths));
    }

    /// <summary>"every month", "Oct-19 to Jun-20", or "Jun-19, Sep-19, Jan-20 and 3 more", of the months checked.</summary>
    public static string Describe(IReadOnlyList<Month> found, IReadOnlyList<Month> checkedMonths)
    {
        if (checkedMonths.Count <= 1) return "";
        if (found.Count == checkedMonths.Count) return $"in every month's report, {checkedMonths[0].Label} to {checkedMonths[^1].Label}";
        if (found.Count == 1) return $"in the {found[0].Label} report";
        var first = checkedMonths.TakeWhile(m => m != found[0]).Count();
        var together = checkedMonths.Skip(first).Take(found.Count).SequenceEqual(found);
        if (together) return $"in the reports for {found[0].Label} {(found.Count == 2 ? "and" : "to")} {found[^1].Label}";
        var named = string.Join(", ", found.Take(MonthsNamed).Select(m => m.Label));
        return found.Count <= MonthsNamed ? $"in the reports for {named}" : $"in the reports for {named} and {found.Count - MonthsNamed} more";
    }
}
