using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Core.Importing;

/// <summary>The figures a council printed beside its values, as printed: what the second opinion checks.</summary>
public sealed record PrintedFigures(Cell? ChangeFromPreviousMonth, Cell? ChangeFromPreviousYear, Cell? Average, Cell? Maximum);

/// <summary>One indicator row of an appendix sheet: its catalogue fields, its month cells, the month's commentary.</summary>
public sealed record ImportedIndicator(
    Indicator Indicator,
    IReadOnlyDictionary<Month, Cell> Values,
    string Commentary,
    PrintedFigures Printed,
    int Row);

/// <summary>An appendix sheet read: the stamp and titles, the indicators, and which columns were read or left out.</summary>
public sealed record ImportedAppendix
{
    public required string Sheet { get; init; }
    public required string Service { get; init; }
    public string? AgendaItem { get; init; }
    public string? AppendixNumber { get; init; }
    public string BenchmarkCaption { get; init; } = "";
    public required IReadOnlyList<Month> Months { get; init; }
    public required Month ReportMonth { get; init; }
    public required IReadOnlyList<ImportedIndicator> Indicators { get; init; }

    /// <summary>The section blocks in the order they appear ("Children and Families", "Early Help").</summary>
    public required IReadOnlyList<string> Sections { get; init; }

    /// <summary>Each column read, as "column E 'Outcome (...)': outcome".</summary>
    public required IReadOnlyList<string> Recognised { get; init; }

    /// <summary>Each column and row left out, and why.</summary>
    public required IReadOnlyList<string> LeftOut { get; init; }
}
