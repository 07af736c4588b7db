using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Validation;

/// <summary>
/// The checks a data team wants before a pack goes to committee, beyond what reading the files already
/// refuses: values that cannot be right, figures missing for the month, and movements a scrutiny panel
/// will ask about that have no commentary. Pure: the clock is the caller's (<c>today</c>).
/// </summary>
public static class PackValidator
{
    /// <summary>Benchmark and target words printed as they are; anything else that is not a number is suspect.</summary>
    public static readonly IReadOnlyList<string> FigureWords = ["Local", "-", "TBC", "n/a", "N/A", "tbc"];

    /// <summary>What holds whatever month is reported: every value, benchmark and target, the months, the appendices' sections.</summary>
    public static void CheckPack(LoadedPack pack, Month today, Findings findings)
    {
        UnfilledSettings.Check(pack.Pack, findings);
        var values = pack.Values;
        var future = values.Months.Where(m => m > today).ToList();
        if (future.Count > 0)
            findings.Warning(new InputLocation(values.SourceFile),
                $"has values for months still to come ({string.Join(", ", future.Select(m => m.Label))}): is a month header mistyped?");

        foreach (var indicator in pack.Catalogue.Indicators)
        {
            CheckValues(indicator, pack, findings);
            CheckFigures(indicator, pack.Sources.OfIndicator(indicator.Ref), findings);
        }

        var sections = pack.Catalogue.Indicators.Select(i => i.Section).ToHashSet();
        foreach (var appendix in pack.Pack.Appendices)
            foreach (var section in appendix.Sections.Where(s => !sections.Contains(s)))
                findings.Warning(new InputLocation(pack.Pack.File ?? pack.Pack.Folder),
                    $"appendix {appendix.Number} shows section '{section}', which no indicator in the catalogue has");
        CheckTables(pack, findings);
        CheckSpcIndicators(pack, findings);
    }

    /// <summary>An SPC rebase or baseline for a ref the catalogue does not have is an error: it would silently do nothing.</summary>
    private static void CheckSpcIndicators(LoadedPack pack, Findings findings)
    {
        var refs = pack.Catalogue.Indicators.Select(i => i.Ref).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in pack.Pack.Spc.Indicators.Keys.Where(r => !refs.Contains(r)).Order(StringComparer.Ordinal))
            findings.Error(new InputLocation(pack.Pack.File ?? pack.Pack.Folder),
                $"spc: indicators gives a rebase or baseline for ref '{missing}', which is not in the catalogue");
    }

    /// <summary>A table's ref that is not in the catalogue is an error: a row the board expects would silently be missing.</summary>
    private static void CheckTables(LoadedPack pack, Findings findings)
    {
        var refs = pack.Catalogue.Indicators.Select(i => i.Ref).ToHashSet(StringComparer.Ordinal);
        foreach (var appendix in pack.Pack.Appendices)
            foreach (var table in appendix.Tables)
                foreach (var missing in table.Refs.Where(r => !refs.Contains(r)))
                    findings.Error(new InputLocation(pack.Pack.File ?? pack.Pack.Folder),
                        $"appendix {appendix.Number}, table '{table.Title}' lists ref '{missing}', which is not in the catalogue");
    }

    /// <summary>What a report month's derived table says: missing figures, unexplained movements, short windows.</summary>
    public static void CheckMonth(LoadedPack pack, DerivedTable table, Findings findings)
    {
        if (pack.NoValuesFor(table.Month) is { } missing)
        {
            findings.Error(missing.Location, missing.Message);
            return;
        }
        // Ranked by what changes what the panel reads: a month with no figure, then a movement nobody explained, then
        // what the data team should tidy. The month's value and its commentary are the workbook's: point there, at the
        // month's cell where there is one.
        CheckMissingValues(table, pack, findings);
        CheckTargetYear(table.Month, pack, findings);
        CheckMovements(table, pack, findings);
        // A short window matters where an average or maximum is printed.
        CheckWindows(table with { Rows = AppendixShows.With(pack.Pack, table, AppendixPart.Average, AppendixPart.Maximum) }, pack, findings);
    }

    private const int MovementsNamed = 6;

    /// <summary>
    /// Movements of 10% or more with no commentary, where an appendix prints commentary (<see cref="AppendixShows"/>):
    /// one indicator at its cell; several as one line for the month, the first few with their movements, so the
    /// other kinds of finding are not pushed out of sight. <c>kpipack draft</c> lists them all.
    /// </summary>
    private static void CheckMovements(DerivedTable table, LoadedPack pack, Findings findings)
    {
        var rows = AppendixShows.NeedingWords(pack.Pack, table);
        if (rows.Count == 0) return;
        var workbook = new InputLocation(pack.Values.SourceFile);
        var acrossMonths = new AcrossMonths(Rank.Movement, workbook,
            $"indicators moved by {DerivationRules.ArrowThresholdPercent}% or more with no commentary (validate one month to see which)");
        static string Movements(DerivedRow row) => string.Join(" and ", row.BigMovements.Select(m => $"{m.Movement.Percent:+0;-0}% {m.Period}"));
        if (rows.Count == 1)
        {
            findings.Warning(pack.Sources.OfValue(rows[0].Indicator.Ref, rows[0].Month),
                $"{rows[0].Indicator.Ref} moved {Movements(rows[0])} with no commentary for {table.Month.Label}", acrossMonths);
            return;
        }
        var named = string.Join("; ", rows.Take(MovementsNamed).Select(r => $"{r.Indicator.Ref} {Movements(r)}"));
        var more = rows.Count > MovementsNamed ? $"; and {rows.Count - MovementsNamed} more" : "";
        findings.Warning(workbook,
            $"{rows.Count} indicators moved by {DerivationRules.ArrowThresholdPercent}% or more with no commentary for {table.Month.Label}: {named}{more}",
            acrossMonths);
    }

    /// <summary>
    /// A blank for the month, per indicator; but one line for an appendix none of whose indicators has a figure, since
    /// that appendix would go to committee as a page of n/a, and one line for a table that judges its indicators at
    /// their latest value, where a blank is expected. A marker such as "tbc" says the figure is missing on purpose; a
    /// blank says nothing.
    /// </summary>
    private static void CheckMissingValues(DerivedTable table, LoadedPack pack, Findings findings)
    {
        var blank = table.Rows.Where(r => r.Value is { IsNumber: false, Marker: "" }).Select(r => r.Indicator.Ref).ToHashSet();
        var told = new HashSet<string>();
        var fill = MonthFill.Of(pack, table.Month);
        if (!fill.IsFilled)
        {
            // A month being typed: its gaps are one line, not fifty. Said before the other checks, so it is not buried.
            findings.Warning(GapsLocation(pack, fill),
                $"{fill.Described}: the other {fill.Missing.Count} ({Refs(fill.Missing)}) get no change, signal or RAG for {table.Month.Label}; " +
                $"'kpipack validate --month {table.Month}' lists them all",
                new AcrossMonths(Rank.PartFilled, new InputLocation(pack.Values.SourceFile),
                    "fewer than half the indicators have figures, so most get no change, signal or RAG (validate the month to list them)"));
            // A population or other formula input left blank is one more gap of the month, not a line of its own.
            told.UnionWith(blank);
        }
        foreach (var appendix in pack.Pack.Appendices)
        {
            var shown = AppendixShows.Refs(appendix, table);
            if (shown.Count < 2 || !shown.All(blank.Contains)) continue;
            var name = $"appendix {appendix.Number}{(appendix.Title is null ? "" : $" ({appendix.Title})")}";
            findings.Warning(new InputLocation(pack.Values.SourceFile),
                $"{name}: none of its {shown.Count} indicators " +
                $"has a value for {table.Month.Label} ({Refs(shown)}), so it would print as a page of n/a (write tbc or - where a figure is not available)",
                new AcrossMonths(Rank.EmptyAppendix, new InputLocation(pack.Values.SourceFile),
                    $"{name}: none of its {shown.Count} indicators has a value ({Refs(shown)}), so it would print as a page of n/a"));
            told.UnionWith(shown);
        }

        var judgedAtLatest = pack.Pack.Appendices
            .SelectMany(a => a.Tables.Select(t => (Appendix: a, Table: t, Judged: t.JudgeAtLatestValue ?? a.JudgeAtLatestValue)))
            .ToList();
        var alsoShownPlainly = judgedAtLatest.Where(t => !t.Judged).SelectMany(t => t.Table.Refs).ToHashSet();
        foreach (var (appendix, definition, _) in judgedAtLatest.Where(t => t.Judged))
        {
            var expected = definition.Refs.Distinct().Where(r => blank.Contains(r) && !told.Contains(r) && !alsoShownPlainly.Contains(r)).ToList();
            if (expected.Count == 0) continue;
            findings.Warning(new InputLocation(DisplayPath.Of(pack.Pack.File ?? pack.Pack.Folder)),
                $"appendix {appendix.Number}, table '{definition.Title}': {expected.Count} indicator{(expected.Count == 1 ? " has" : "s have")} " +
                $"no value for {table.Month.Label} ({Refs(expected)}); the table judges them at their latest month with one, as the pack asks");
            told.UnionWith(expected);
        }

        foreach (var row in table.Rows.Where(r => blank.Contains(r.Indicator.Ref) && !told.Contains(r.Indicator.Ref)))
        {
            var at = pack.Sources.OfValue(row.Indicator.Ref, row.Month);
            findings.Warning(at, $"{row.Indicator.Ref} has no value for {row.Month.Label} (write tbc or - if it is not available)",
                new AcrossMonths(Rank.NoValue, InSheet(at), $"{row.Indicator.Ref} has no value (write tbc or - if it is not available)"));
        }
    }

    /// <summary>The workbook and sheet of a part-filled month's gaps: where its first missing figure would be typed.</summary>
    private static InputLocation GapsLocation(LoadedPack pack, MonthFill fill)
    {
        var typed = fill.Missing.Where(r => pack.Catalogue.Indicators.First(i => i.Ref == r).Formula is null)
            .Select(r => InSheet(pack.Sources.OfValue(r, fill.Month)));
        return typed.FirstOrDefault() ?? new InputLocation(pack.Values.SourceFile);
    }

    /// <summary>
    /// RAG is judged against the report month's financial year only (a 2019-20 target says nothing of Jun-20): a
    /// catalogue that sets targets but none for that year gets one warning naming the column to add, since every RAG
    /// and the "Failing the target" exceptions would otherwise vanish without a word. A catalogue with no target
    /// columns at all sets no targets, and an appendix that shows no target has nothing to lose.
    /// </summary>
    private static void CheckTargetYear(Month month, LoadedPack pack, Findings findings)
    {
        var catalogue = pack.Catalogue;
        var year = month.FinancialYear;
        if (catalogue.TargetColumns.Count == 0 || catalogue.SetsTargetsFor(year)) return;
        if (!pack.Pack.Appendices.Any(a => ShowsTargets(AppendixTables.PartsShown(a)))) return;
        var column = Catalogue.TargetColumnOf(year);
        var problem = catalogue.TargetColumns.Contains(year)
            ? $"column {column} has no targets in it"
            : $"has no target column for {year.Label}, the financial year of {month.Label}";
        var consequence = $"add the year's targets as column {column}; until then no RAG is judged and the appendix says no targets are set for {year.Label}";
        var at = new InputLocation(catalogue.SourceFile);
        findings.Warning(at, $"{problem}: {consequence}",
            new AcrossMonths(Rank.NoTargets, at, $"{problem.Replace($", the financial year of {month.Label}", "")}: {consequence}"));
    }

    private static bool ShowsTargets(IReadOnlySet<AppendixPart> parts) =>
        parts.Contains(AppendixPart.Targets) || parts.Contains(AppendixPart.Target) || parts.Contains(AppendixPart.Rag);

    /// <summary>
    /// Every figure that cannot be right, for every command alike (build, validate, derive, draft: issue 29): a
    /// percentage outside 0 to 100, or a negative figure in a unit that cannot be negative (all but change).
    /// </summary>
    public static void CheckFiguresArePossible(LoadedPack pack, Findings findings)
    {
        foreach (var indicator in pack.Catalogue.Indicators)
            foreach (var month in pack.Values.Months)
            {
                if (pack.Values.ValueOf(indicator.Ref, month).Number is not { } number) continue;
                var (at, shown) = Shown(indicator, number, month, pack);
                if (Impossible(indicator, number, month, shown) is { } message) findings.Error(at, message);
            }
    }

    /// <summary>Why <paramref name="number"/> cannot be <paramref name="indicator"/>'s figure; null when it can.</summary>
    public static string? Impossible(Indicator indicator, decimal number, Month month, string shown) =>
        indicator.Unit == Unit.Percent && number is < 0 or > 100 ? $"{indicator.Ref} is a percentage but {month.Label} is {shown}: it must be from 0 to 100"
        : number < 0 && !Units.AllowNegative(indicator.Unit) ? $"{indicator.Ref} is a {Units.NameOf(indicator.Unit)} but {month.Label} is negative ({shown}): " +
            "only a change (unit 'change') can be below zero"
        : null;

    /// <summary>Where a figure is and how it is said: a computed value has no cell, so the place to look is the formula, in the catalogue.</summary>
    private static (InputLocation At, string Shown) Shown(Indicator indicator, decimal number, Month month, LoadedPack pack) =>
        indicator.Formula is { } formula
            ? (pack.Sources.OfIndicator(indicator.Ref), $"{NumberText.Format(number, indicator.Decimals)} (computed by its formula {formula})")
            : (pack.Sources.OfValue(indicator.Ref, month), NumberText.Format(number));

    private static void CheckValues(Indicator indicator, LoadedPack pack, Findings findings)
    {
        foreach (var month in pack.Values.Months)
        {
            if (pack.Values.ValueOf(indicator.Ref, month).Number is not { } number) continue;
            var (at, shown) = Shown(indicator, number, month, pack);
            if (Impossible(indicator, number, month, shown) is null && indicator.Unit != Unit.Percent && indicator.Formula is null
                && LooksPasted(number, indicator, month, pack) is { } history)
                findings.Warning(at, $"{indicator.Ref}'s {month.Label} is {shown}, far outside {history}: " +
                    "is it a figure pasted into the wrong cell?");
        }
    }

    private const int PastedFactor = 10;
    private const int HistoryMonths = 24;

    /// <summary>
    /// "its figures for the 24 months before (30 to 41)" when <paramref name="number"/> is more than ten times the
    /// largest of them, or less than a tenth of the smallest; else null. Percentages are bounded already; small counts
    /// (under 10) swing by factors as a matter of course, so they are not judged.
    /// </summary>
    private static string? LooksPasted(decimal number, Indicator indicator, Month month, LoadedPack pack)
    {
        var history = Enumerable.Range(1, HistoryMonths)
            .Select(back => pack.Values.ValueOf(indicator.Ref, month.AddMonths(-back)).Number)
            .OfType<decimal>()
            .ToList();
        if (history.Count < 3) return null;
        var (low, high) = (history.Min(), history.Max());
        var outside = number > PastedFactor * Math.Max(high, 10) || low >= 10 && number < low / PastedFactor;
        return outside
            ? $"its {history.Count} figures in the {HistoryMonths} months before ({NumberText.Format(low, indicator.Decimals)} to {NumberText.Format(high, indicator.Decimals)})"
            : null;
    }

    private static void CheckFigures(Indicator indicator, InputLocation row, Findings findings)
    {
        var figures = new List<(string Column, Figure? Figure)>
        {
            ("sn", indicator.StatisticalNeighbours), ("england", indicator.England), ("se_region", indicator.SouthEastRegion),
        };
        figures.AddRange(indicator.Targets.Select(t => (Catalogue.TargetColumnOf(t.Key), (Figure?)t.Value)));
        foreach (var (column, figure) in figures)
        {
            if (figure is null) continue;
            var at = row with { Column = $"'{column}'" };
            if (figure.Number is null && NumberText.TryParse(figure.Text, out _))
                findings.Warning(at, $"{indicator.Ref}: '{figure.Text}' is too large to be a figure (over a trillion); it is printed as it is, and no RAG is judged against it");
            else if (figure.Number is null && !FigureWords.Contains(figure.Text))
                findings.Warning(at, $"{indicator.Ref}: '{figure.Text}' is not a number or one of {string.Join(", ", FigureWords.Distinct(StringComparer.OrdinalIgnoreCase))}; it is printed as it is");
            else if (indicator.Unit == Unit.Percent && figure.Number is < 0 or > 100)
                findings.Warning(at, $"{indicator.Ref} is a percentage but its {column} is {figure.Text}");
        }
    }

    /// <summary>
    /// Short 12-month windows, one warning for all the indicators that miss the same months: a workbook that began
    /// late, or a quarter nobody kept, would otherwise bury the warnings that matter under one line per indicator.
    /// </summary>
    private static void CheckWindows(DerivedTable table, LoadedPack pack, Findings findings)
    {
        // Months before the workbook's first are not gaps anyone can fill.
        var first = pack.Values.Months[0];
        string Gaps(DerivedRow row) => string.Join(", ", row.Window.MonthsWithoutNumber.Where(m => m >= first).Select(m => m.Label));
        // In a month being typed, an indicator with no figure yet is told of once, with the month's other gaps.
        var partFilled = !MonthFill.Of(pack, table.Month).IsFilled;
        var shortWindows = table.Rows
            .Where(r => !(partFilled && !r.Value.IsNumber))
            .Where(r => r.Window.MonthsUsed > 0 && Gaps(r).Length > 0)
            .GroupBy(Gaps);
        foreach (var group in shortWindows)
        {
            var rows = group.ToList();
            var used = rows[0].Window.MonthsUsed;
            // Across months the window slides, and which months it misses with it: one line says it for them all.
            var acrossMonths = new AcrossMonths(Rank.ShortWindow, new InputLocation(pack.Values.SourceFile),
                "some 12-month averages and maxima use fewer than 12 months, for want of figures (validate one month to see which)");
            if (rows.Count == 1)
                findings.Warning(pack.Sources.OfIndicator(rows[0].Indicator.Ref),
                    $"{rows[0].Indicator.Ref}: the 12-month average and maximum use {Months(used)}; no figure for {group.Key}", acrossMonths);
            else
                findings.Warning(new InputLocation(pack.Values.SourceFile),
                    $"{rows.Count} indicators ({Refs(rows)}): the 12-month averages and maxima use {Months(used)}; no figure for {group.Key}", acrossMonths);
        }
    }

    /// <summary>
    /// The file and sheet of a month's cell: said of many months, an indicator's figures are in many cells (a row
    /// each in a long workbook), and the finding names the indicator.
    /// </summary>
    private static InputLocation InSheet(InputLocation cell) => new(cell.File, cell.Sheet);

    /// <summary>How findings about a month rank when many months are checked: what changes what the panel reads first.</summary>
    /// <summary>Where a kind of finding ranks among those told once across months: lower ranks change more of what the panel reads.</summary>
    internal static class Rank
    {
        public const int EmptyAppendix = 0, NoValue = 1, Movement = 2, ShortWindow = 3;
        public const int NoTargets = 1, PartFilled = 0;
    }

    private static string Months(int count) => count == 1 ? "1 month" : $"{count} months";

    private static string Refs(IReadOnlyList<DerivedRow> rows) => Refs(rows.Select(r => r.Indicator.Ref).ToList());

    private static string Refs(IReadOnlyList<string> refs) =>
        refs.Count <= 5 ? string.Join(", ", refs) : $"{string.Join(", ", refs.Take(4))} and {refs.Count - 4} more";
}
