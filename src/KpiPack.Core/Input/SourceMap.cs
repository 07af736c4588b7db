using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// Where each indicator and each value of a pack was read from. Kept on the input side, beside the model rather
/// than in it, so that a finding about a derived figure can still name the file, sheet, row and column.
/// </summary>
public sealed record SourceMap(
    string CatalogueFile,
    IReadOnlyDictionary<string, InputLocation> IndicatorRows,
    string WorkbookFile,
    IReadOnlyDictionary<(string Ref, Month Month), InputLocation> ValueCells)
{
    /// <summary>The catalogue row of an indicator, or the catalogue file when the row is not known.</summary>
    public InputLocation OfIndicator(string reference) => IndicatorRows.GetValueOrDefault(reference) ?? new InputLocation(CatalogueFile);

    /// <summary>The cell a month's value came from, or the workbook file when it had none.</summary>
    public InputLocation OfValue(string reference, Month month) => ValueCells.GetValueOrDefault((reference, month)) ?? new InputLocation(WorkbookFile);
}
