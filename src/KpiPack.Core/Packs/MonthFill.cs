using KpiPack.Core.Model;

namespace KpiPack.Core.Packs;

/// <summary>
/// How far a month is filled in: of the indicators the appendices report, how many have a figure for it. A data team
/// types a new month a few figures at a time, so the latest month in the workbook is often not yet one to report.
/// </summary>
/// <param name="Missing">The counted indicators with no figure for the month, in catalogue order.</param>
public sealed record MonthFill(Month Month, int WithFigures, int Reported, IReadOnlyList<string> Missing)
{
    /// <summary>At least half of the reported indicators have a figure: the month can be reported.</summary>
    public bool IsFilled => Reported == 0 || WithFigures * 2 >= Reported;

    /// <summary>"Jul-20 has figures for 5 of 55 indicators".</summary>
    public string Described => $"{Month.Label} has figures for {WithFigures} of {Reported} indicator{(Reported == 1 ? "" : "s")}";

    /// <summary>
    /// The month's fill. Counted: the indicators some appendix shows (its sections, or its tables' refs), except one
    /// that only serves a formula (a population with no section) and one not reported for a year (no figure in the
    /// twelve months before, nor in this one: the Early Help rows the council stopped printing after Jun-19).
    /// </summary>
    public static MonthFill Of(LoadedPack pack, Month month)
    {
        var values = pack.Values;
        bool HasFigure(Indicator i, Month m) => values.ValueOf(i.Ref, m).IsNumber;
        var counted = ReportedIndicators(pack)
            .Where(i => Enumerable.Range(0, 13).Any(back => HasFigure(i, month.AddMonths(-back))))
            .ToList();
        var missing = counted.Where(i => !HasFigure(i, month)).Select(i => i.Ref).ToList();
        return new MonthFill(month, counted.Count - missing.Count, counted.Count, missing);
    }

    /// <summary>
    /// The report month a command takes when none is given: the latest month with values that is filled in, or the
    /// latest with values when none is. Also the later months passed over, latest first, to say why.
    /// </summary>
    public static (Month Chosen, IReadOnlyList<MonthFill> PassedOver)? Choose(LoadedPack pack)
    {
        var months = pack.MonthsWithValues;
        if (months.Count == 0) return null;
        var passed = new List<MonthFill>();
        foreach (var month in months.Reverse())
        {
            var fill = Of(pack, month);
            if (fill.IsFilled) return (month, passed);
            passed.Add(fill);
        }
        return (months[^1], []);
    }

    /// <summary>The indicators the pack's appendices show, in catalogue order, but those that only serve a formula.</summary>
    private static IEnumerable<Indicator> ReportedIndicators(LoadedPack pack)
    {
        var indicators = pack.Catalogue.Indicators;
        var inputs = indicators.Where(i => i.Formula is not null).SelectMany(i => i.Formula!.Refs).ToHashSet(StringComparer.Ordinal);
        var appendices = pack.Pack.Appendices;
        var listed = appendices.SelectMany(a => a.Tables).SelectMany(t => t.Refs).ToHashSet(StringComparer.Ordinal);
        bool Shown(Indicator i) => appendices.Count == 0 || appendices.Any(a => a.Tables.Count > 0
            ? listed.Contains(i.Ref)
            : a.Sections.Count == 0 || a.Sections.Contains(i.Section));
        return indicators.Where(i => Shown(i) && !(inputs.Contains(i.Ref) && i.Section.Length == 0));
    }
}
