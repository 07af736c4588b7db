using KpiPack.Core.Input.Headings;
using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// A sheet as councils lay it out: a title and keys above the table, a header row repeated where a printout breaks,
/// a section's name on a row of its own. What is not a row of figures is found here, so the readers see only rows.
/// </summary>
internal static class ValuesLayout
{
    /// <summary>
    /// The sheet with its header moved to the first row that starts with a ref heading ("Ref.", "ref"), and the title
    /// and key rows above it left out; the sheet as it is when no row does.
    /// </summary>
    public static Sheet FromRefHeading(Sheet sheet)
    {
        var rows = new List<SheetRow> { sheet.Header };
        rows.AddRange(sheet.Rows);
        var header = rows.FindIndex(StartsWithRefHeading);
        return header <= 0 ? sheet : sheet with { Header = rows[header], Rows = rows.Skip(header + 1).ToList() };
    }

    /// <summary>The column of the ref heading in the header row, or 0 (the first) when it has none.</summary>
    public static int RefColumn(SheetHeadings headings) =>
        headings.ColumnOf("ref") is var reference and >= 0 ? reference : headings.ColumnOf("ref_id") is var printed and >= 0 ? printed : 0;

    /// <summary>A header row repeated part-way down, as a printout repeats it on every page.</summary>
    public static bool IsRepeatedHeader(SheetRow row, int refColumn) => IsRefHeadingText(row[refColumn].Text);

    /// <summary>
    /// A row with no ref and no figure (a caption under a heading, a key) or whose only text is a catalogue section's
    /// name ("Early Help"): part of the layout, not an indicator.
    /// </summary>
    public static bool IsLayoutRow(SheetRow row, int refColumn, IEnumerable<int> figureColumns, Catalogue catalogue)
    {
        if (figureColumns.Any(c => !row[c].IsEmpty)) return false;
        var reference = row[refColumn].Text.Trim();
        if (reference.Length == 0) return true;
        var isSection = catalogue.Indicators.Any(i => i.Section.Length > 0 && string.Equals(i.Section, reference, StringComparison.OrdinalIgnoreCase));
        var refs = catalogue.Indicators.Any(i => i.Ref == reference);
        return isSection && !refs && row.Cells.Count(c => !c.IsEmpty) == 1;
    }

    public static bool StartsWithRefHeading(SheetRow row) =>
        row.Cells.FirstOrDefault(c => !c.IsEmpty) is { } first && IsRefHeadingText(first.Text);

    public static bool IsRefHeadingText(string text) => KnownHeadings.Of(text)?.Key is "ref" or "ref_id";
}
