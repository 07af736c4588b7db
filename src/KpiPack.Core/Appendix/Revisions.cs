using KpiPack.Core.Model;

namespace KpiPack.Core.Appendix;

/// <summary>One month's figure of one indicator as an appendix printed it ("1,576", "17.4%", "tbc").</summary>
public sealed record PrintedFigure(string Ref, Month Month, string Printed);

/// <summary>A figure printed in an earlier appendix that this one prints differently, both as printed.</summary>
public sealed record Revision(string Ref, string Indicator, Month Month, string Then, string Now)
{
    /// <summary>"M1 Apr-20: 1,576 → 1,580", for a line on screen.</summary>
    public override string ToString() => $"{Ref} {Month.Label}: {Shown(Then)} → {Shown(Now)}";

    /// <summary>A blank cell printed nothing: said as "blank", so a change from nothing is not an empty arrow.</summary>
    public static string Shown(string printed) => printed.Length == 0 ? "blank" : printed;
}

/// <summary>
/// The figures an appendix prints that changed since the most recent earlier appendix printed them: councils revise
/// earlier months (the seeds' May-19 and Jun-19 counts changed between appendices), and a panel that read a figure
/// last month should be told it has changed.
/// </summary>
public sealed record RevisionList(Month Since, IReadOnlyList<Revision> Figures)
{
    /// <summary>"Revised since the May-20 appendix".</summary>
    public string Heading => $"Revised since the {Since.Label} appendix";

    public string Purpose => "figures printed then that read differently now";

    /// <summary>The line printed in place of the list when nothing changed.</summary>
    public string None => $"No figure printed in the {Since.Label} appendix has changed.";

    /// <summary>The section's column headings, in both editions.</summary>
    public IReadOnlyList<string> Headings => ["Ref", "Indicator", "Month", $"Printed in the {Since.Label} appendix", "Printed now"];

    /// <summary>A revision's cells under <see cref="Headings"/>, each figure as it was printed.</summary>
    public static IReadOnlyList<string> Cells(Revision revision) =>
        [revision.Ref, revision.Indicator, revision.Month.Label, Revision.Shown(revision.Then), Revision.Shown(revision.Now)];

    /// <summary>
    /// The revisions between an earlier appendix's record and this one's: every (ref, month) both printed whose
    /// figure reads differently, in this appendix's order. Numbers are compared as numbers (21% and 21.0% are the
    /// same figure at another number of decimals); a marker or a blank to or from a number, or another marker, counts.
    /// </summary>
    /// <param name="names">Each ref's indicator wording, printed beside it.</param>
    public static RevisionList Between(Month since, IReadOnlyList<PrintedFigure> then, IReadOnlyList<PrintedFigure> now, IReadOnlyDictionary<string, string> names)
    {
        var earlier = new Dictionary<(string, Month), string>();
        foreach (var figure in then) earlier[(figure.Ref, figure.Month)] = figure.Printed;
        var changed = now
            .Where(f => earlier.TryGetValue((f.Ref, f.Month), out var was) && !Same(was, f.Printed))
            .Select(f => new Revision(f.Ref, names.GetValueOrDefault(f.Ref, ""), f.Month, earlier[(f.Ref, f.Month)], f.Printed))
            .ToList();
        return new RevisionList(since, changed);
    }

    private static bool Same(string then, string now)
    {
        if (NumberText.TryParse(then, out var a) && NumberText.TryParse(now, out var b)) return a == b;
        // A marker's letter case is the typist's ("tbc", "TBC"): the same marker.
        return string.Equals(then.Trim(), now.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
