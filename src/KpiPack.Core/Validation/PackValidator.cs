using KpiPack.Core.Deriving;
using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Core.Validation;

/// <summary>
/// The checks a data team wants before a pack goes to committee, beyond what reading the files already
/// refuses: values that cannot be right, figures missing for the month, and movements a scrutiny panel
/// will ask about that have no commentary.
/// </summary>
public static class PackValidator
{
    /// <summary>Benchmark and target words printed as they are; anything else that is not a number is suspect.</summary>
    public static readonly IReadOnlyList<string> FigureWords = ["Local", "-", "TBC", "n/a", "N/A", "tbc"];

    public static void Check(Catalogue catalogue, MonthlyValues values, Month month, Month today, Findings findings)
    {
        var future = values.Months.Where(m => m > today).ToList();
        if (future.Count > 0)
            findings.Warning(new InputLocation(values.SourceFile),
                $"has values for months still to come ({string.Join(", ", future.Select(m => m.Label))}): is a month header mistyped?");

        if (!values.Months.Contains(month))
        {
            var latest = values.Months.Count > 0 ? $" (its months run {values.Months[0].Label} to {values.Months[^1].Label})" : "";
            findings.Error(new InputLocation(values.SourceFile), $"the workbook has no values for {month.Label}{latest}");
            return;
        }

        for (var i = 0; i < catalogue.Indicators.Count; i++)
        {
            var indicator = catalogue.Indicators[i];
            var row = new InputLocation(catalogue.SourceFile, catalogue.SheetName, catalogue.Rows.Count > i ? catalogue.Rows[i] : null);
            CheckValues(indicator, values, findings);
            CheckFigures(indicator, row, findings);
            CheckMonth(DerivationEngine.DeriveRow(indicator, values, month), values, row, findings);
        }
    }

    /// <summary>The months in which any indicator has a number, oldest first; the latest is the month a build defaults to.</summary>
    public static IReadOnlyList<Month> MonthsWithValues(Catalogue catalogue, MonthlyValues values) =>
        values.Months.Where(m => catalogue.Indicators.Any(i => values.ValueOf(i.Ref, m).IsNumber)).ToList();

    private static void CheckValues(Indicator indicator, MonthlyValues values, Findings findings)
    {
        foreach (var month in values.Months)
        {
            if (values.ValueOf(indicator.Ref, month).Number is not { } number) continue;
            var at = values.Origins.GetValueOrDefault((indicator.Ref, month)) ?? new InputLocation(values.SourceFile);
            if (indicator.Unit == Unit.Percent && number is < 0 or > 100)
                findings.Error(at, $"{indicator.Ref} is a percentage but {month.Label} is {NumberText.Format(number)}: it must be from 0 to 100");
            else if (number < 0)
                findings.Error(at, $"{indicator.Ref} is a {indicator.Unit.ToString().ToLowerInvariant()} but {month.Label} is negative ({NumberText.Format(number)})");
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

    private static void CheckMonth(DerivedRow derived, MonthlyValues values, InputLocation row, Findings findings)
    {
        var indicator = derived.Indicator;
        var month = derived.Month;
        // A marker such as "tbc" says the figure is missing on purpose; a blank says nothing.
        if (derived.Value is { IsNumber: false, Marker: "" })
            findings.Warning(row, $"{indicator.Ref} has no value for {month.Label} (write tbc or - if it is not available)");

        // The first question a scrutiny panel asks about a big movement is why.
        var moves = new[] { ("on the month", derived.FromPreviousMonth), ("on the year", derived.FromPreviousYear) }
            .Where(m => m.Item2 is { Direction: not Direction.Similar })
            .Select(m => $"{m.Item2!.Percent:+0;-0}% {m.Item1}")
            .ToList();
        if (moves.Count > 0 && derived.Commentary.Length == 0)
            findings.Warning(row, $"{indicator.Ref} moved {string.Join(" and ", moves)} with no commentary for {month.Label}");

        if (derived.Window.MonthsWithoutNumber.Count is > 0 and var missing && derived.Window.MonthsUsed > 0)
            findings.Warning(row, $"{indicator.Ref}: the 12-month average and maximum use {derived.Window.MonthsUsed} months; " +
                $"no figure for {string.Join(", ", derived.Window.MonthsWithoutNumber.Select(m => m.Label))}");
    }
}
