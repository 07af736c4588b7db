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
        var values = pack.Values;
        if (!values.Months.Contains(table.Month))
        {
            var range = values.Months.Count > 0 ? $" (its months run {values.Months[0].Label} to {values.Months[^1].Label})" : "";
            findings.Error(new InputLocation(values.SourceFile), $"the workbook has no values for {table.Month.Label}{range}");
            return;
        }
        // The month's value and its commentary are the workbook's: point there, at the month's cell where there is one.
        foreach (var row in table.Rows) CheckRow(row, pack.Sources.OfValue(row.Indicator.Ref, row.Month), findings);
        CheckWindows(table, pack, findings);
    }

    private static void CheckValues(Indicator indicator, LoadedPack pack, Findings findings)
    {
        foreach (var month in pack.Values.Months)
        {
            if (pack.Values.ValueOf(indicator.Ref, month).Number is not { } number) continue;
            // A computed value has no cell: the place to look is the formula, in the catalogue, and its inputs.
            var (at, shown) = indicator.Formula is { } formula
                ? (pack.Sources.OfIndicator(indicator.Ref), $"{NumberText.Format(number, indicator.Decimals)} (computed by its formula {formula})")
                : (pack.Sources.OfValue(indicator.Ref, month), NumberText.Format(number));
            if (indicator.Unit == Unit.Percent && number is < 0 or > 100)
                findings.Error(at, $"{indicator.Ref} is a percentage but {month.Label} is {shown}: it must be from 0 to 100");
            else if (number < 0)
                findings.Error(at, $"{indicator.Ref} is a {indicator.Unit.ToString().ToLowerInvariant()} but {month.Label} is negative ({shown})");
        }
    }

    private static void CheckFigures(Indicator indicator, InputLocation row, Findings findings)
    {
        var figures = new List<(string Column, Figure? Figure)>
        {
            ("sn", indicator.StatisticalNeighbours), ("england", indicator.England), ("se_region", indicator.SouthEastRegion),
        };
        figures.AddRange(indicator.Targets.Select(t => ($"target_{t.Key.StartYear}_{(t.Key.StartYear + 1) % 100:00}", (Figure?)t.Value)));
        foreach (var (column, figure) in figures)
        {
            if (figure is null) continue;
            var at = row with { Column = $"'{column}'" };
            if (figure.Number is null && !FigureWords.Contains(figure.Text))
                findings.Warning(at, $"{indicator.Ref}: '{figure.Text}' is not a number or one of {string.Join(", ", FigureWords.Distinct(StringComparer.OrdinalIgnoreCase))}; it is printed as it is");
            else if (indicator.Unit == Unit.Percent && figure.Number is < 0 or > 100)
                findings.Warning(at, $"{indicator.Ref} is a percentage but its {column} is {figure.Text}");
        }
    }

    private static void CheckRow(DerivedRow derived, InputLocation cell, Findings findings)
    {
        var indicator = derived.Indicator;
        var month = derived.Month;
        // A marker such as "tbc" says the figure is missing on purpose; a blank says nothing.
        if (derived.Value is { IsNumber: false, Marker: "" })
            findings.Warning(cell, $"{indicator.Ref} has no value for {month.Label} (write tbc or - if it is not available)");

        if (derived.MovedWithoutCommentary)
            findings.Warning(cell, $"{indicator.Ref} moved {string.Join(" and ", derived.BigMovements.Select(m => $"{m.Movement.Percent:+0;-0}% {m.Period}"))} " +
                $"with no commentary for {month.Label}");
    }

    /// <summary>
    /// Short 12-month windows, one warning for all the indicators that miss the same months: a workbook that began
    /// late, or a quarter nobody kept, would otherwise bury the warnings that matter under one line per indicator.
    /// </summary>
    private static void CheckWindows(DerivedTable table, LoadedPack pack, Findings findings)
    {
        var shortWindows = table.Rows
            .Where(r => r.Window.MonthsWithoutNumber.Count > 0 && r.Window.MonthsUsed > 0)
            .GroupBy(r => string.Join(", ", r.Window.MonthsWithoutNumber.Select(m => m.Label)));
        foreach (var group in shortWindows)
        {
            var rows = group.ToList();
            var used = rows[0].Window.MonthsUsed;
            if (rows.Count == 1)
                findings.Warning(pack.Sources.OfIndicator(rows[0].Indicator.Ref),
                    $"{rows[0].Indicator.Ref}: the 12-month average and maximum use {used} months; no figure for {group.Key}");
            else
                findings.Warning(new InputLocation(pack.Values.SourceFile),
                    $"{rows.Count} indicators ({Refs(rows)}): the 12-month averages and maxima use {used} months; no figure for {group.Key}");
        }
    }

    private static string Refs(IReadOnlyList<DerivedRow> rows) =>
        rows.Count <= 5 ? string.Join(", ", rows.Select(r => r.Indicator.Ref)) : $"{string.Join(", ", rows.Take(4).Select(r => r.Indicator.Ref))} and {rows.Count - 4} more";
}
