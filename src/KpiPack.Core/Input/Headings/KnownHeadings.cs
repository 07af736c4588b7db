using System.Text.RegularExpressions;
using KpiPack.Core.Model;
using static KpiPack.Core.Input.Headings.HeadingUse;

namespace KpiPack.Core.Input.Headings;

/// <summary>
/// Every column heading KpiPack knows, in the catalogue and the workbook: one row each, so a new column is one line
/// here. docs/spreadsheets.md prints this table (a test keeps the two the same). Aliases are compared normalised
/// (<see cref="HeadingText"/>), so "Ref." and "ref" are one heading and need not both be listed.
/// </summary>
public static partial class KnownHeadings
{
    public static IReadOnlyList<KnownHeading> All { get; } =
    [
        new("ref", "the indicator's reference, unique in the catalogue", Read, Read,
            ["Reference", "KPI ref", "Indicator ref", "PI ref"], "no indicator can be read"),
        new("ref_id", "the reference the council prints, where it is not unique (a board pack's Ref_ID); read as the ref when there is no ref column", Kept, OtherFile,
            ["Printed ref"]),
        new("indicator", "the indicator's name", Read, Checked,
            ["Indicator name", "Measure", "Description", "Performance indicator", "KPI"], "no indicator can be read"),
        new("section", "the block of the appendix the indicator is printed in (\"Early Help\")", Read, Checked,
            ["Service area"], "no indicator is in a section, and appendices that list sections show none of them"),
        new("owner", "who owns the indicator", Read, Checked,
            ["Lead officer", "Responsible officer"], "no owner is shown"),
        new("reporter", "who reports the figures", Read, Checked,
            ["Reported by", "Reporting officer"], "no reporter is shown"),
        new("outcome", "what monitoring the indicator does for children", Read, Checked,
            ["Outcomes", "What impact*"], "no outcome is shown"),
        new("unit", "count, percent or rate", Read, OtherFile,
            ["Units"], "every indicator is read as a count"),
        new("percentage", "the council's flag: P for a percentage, - for a count (read as the unit when there is no unit column)", Read, OtherFile,
            ["Percentage?", "Is percentage", "Percent", "%"], "every indicator is read as a count"),
        new("polarity", "which way is better: up or ▲ (higher is better), down or ▼ (lower is better)", Read, OtherFile,
            ["DoT", "▲/▼", "▲▼", "Better", "Good is"], "no judgement, RAG or colour is shown"),
        new("decimals", "decimals the average and maximum print with", Read, OtherFile,
            ["Decimal places", "DP"], "values are shown at their unit's usual decimals"),
        new("sn", "the statistical neighbours' figure", Read, OtherFile,
            ["Stat. Neighbour", "Stat. Neighbours", "Statistical neighbour", "Statistical neighbours", "Stat neighbour average"],
            "no statistical neighbours benchmark is shown"),
        new("england", "England's figure", Read, OtherFile,
            ["ENG", "National"], "no England benchmark is shown"),
        new("se_region", "the South East region's figure", Read, OtherFile,
            ["SE region", "South East", "SE", "South East region", "Regional"], "no South East benchmark is shown"),
        new("formula", "how the indicator is computed from others each month", Read, OtherFile,
            ["Calculation"], "no indicator is computed from the others"),
        new(TargetKey, "the target for a financial year, headed with the year in any of these ways", Read, OtherFile,
            ["Target 19-20", "Target 2019/20", "Target 2019-20"]),
        new("month", "the month of a row in a long sheet (yyyy-mm, Jun-20, June 2020 or a date)", OtherFile, Read,
            ["Period"], "no row can be read"),
        new("value", "the month's figure in a long sheet", OtherFile, Read,
            ["Figure", "Actual"], "no value can be read"),
        new(MonthsKey, "a column per month: headed by a date, Jun-20, 2020-06 or June 2020", OtherFile, Read, []),
        new("commentary", "what the reporter says about the month", OtherFile, Read,
            ["Comments", "Comment", "Commentary*", "Narrative"], "no commentary is printed"),
        new("change", "the council's printed % change from the previous month or the same month a year before", Derived, Derived,
            ["% change*", "Change from*", "Percentage change*"]),
        new("direction", "the council's printed arrow or direction of travel", Derived, Derived,
            ["Direction of travel", "Arrow", "Trend"]),
        new("average", "the council's printed 12-month average", Derived, Derived,
            ["12 month average", "12-mnth avg*", "12 month avg*", "12m avg*", "12-month av*"]),
        new("maximum", "the council's printed 12-month maximum", Derived, Derived,
            ["12 month max*", "12-mnth max*", "12m max*"]),
        new("rag", "the council's printed red, amber or green", Derived, Derived,
            ["RAG rating", "RAG status"]),
        new("benchmark caption", "the caption over the benchmarks (\"Benchmarking (Updated Mar-19, using 17-18 data)\"): kpipack.json's benchmarkCaption", OtherFile, OtherFile,
            ["Benchmarking*"]),
    ];

    public const string TargetKey = "target_YYYY_YY";
    public const string MonthsKey = "months";

    /// <summary>The heading a (non-month) heading is, or null when KpiPack does not know it.</summary>
    public static KnownHeading? Of(string heading)
    {
        var normalised = HeadingText.Normalise(heading);
        if (normalised.Length == 0) return null;
        if (HasTargetShape(heading)) return Target;
        // Exact names and aliases before prefixes, so "Commentary*" cannot take a heading another row names exactly.
        return All.FirstOrDefault(h => h.Key != TargetKey && h.Key != MonthsKey && h.Matches(normalised) && !IsPrefixMatch(h, normalised))
            ?? All.FirstOrDefault(h => h.Key != TargetKey && h.Key != MonthsKey && h.Matches(normalised));
    }

    private static bool IsPrefixMatch(KnownHeading heading, string normalised) =>
        normalised != HeadingText.Normalise(heading.Key) && !heading.Aliases.Any(a => !a.EndsWith('*') && normalised == HeadingText.Normalise(a));

    public static KnownHeading Named(string key) => All.Single(h => h.Key == key);

    public static KnownHeading Target => Named(TargetKey);

    /// <summary>
    /// The financial year a target heading names: target_2019_20, Target 19-20, Target 2019/20, Target 2019-2020.
    /// Null when the heading is not a target's, or names two years that do not follow one another.
    /// </summary>
    public static FinancialYear? TargetYear(string heading)
    {
        var match = TargetPattern().Match(HeadingText.Normalise(heading));
        if (!match.Success) return null;
        var start = FullYear(match.Groups[1].Value);
        var end = match.Groups[2].Value;
        var follows = end.Length == 4 ? int.Parse(end) == start + 1 : int.Parse(end) == (start + 1) % 100;
        return follows ? new FinancialYear(start) : null;
    }

    /// <summary>Whether a heading is "target" and two years, following one another or not.</summary>
    public static bool HasTargetShape(string heading) => TargetPattern().IsMatch(HeadingText.Normalise(heading));

    /// <summary>Whether a heading is meant as a target (it starts with "target"), whatever follows.</summary>
    public static bool LooksLikeTarget(string heading) => HeadingText.Normalise(heading).StartsWith("target", StringComparison.Ordinal);

    // A two-digit year is this century's: the council's targets run from 2017-18.
    private static int FullYear(string digits) => digits.Length == 2 ? 2000 + int.Parse(digits) : int.Parse(digits);

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse refuses (found by the fuzzer).
    [GeneratedRegex("^target ([0-9]{4}|[0-9]{2}) ([0-9]{4}|[0-9]{2})$")]
    private static partial Regex TargetPattern();
}
