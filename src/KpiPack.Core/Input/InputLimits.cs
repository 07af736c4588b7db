using System.Globalization;

namespace KpiPack.Core.Input;

/// <summary>
/// How much of a catalogue or workbook KpiPack will read. A council's KPI workbook is a few hundred rows and a few
/// hundred kilobytes; these bounds are far above that and far below what would take minutes or gigabytes, so a
/// damaged or hostile file is refused in seconds with a message instead of exhausting the machine.
/// </summary>
internal static class InputLimits
{
    /// <summary>Bytes of one input file.</summary>
    public const long FileBytes = 50 * 1024 * 1024;

    /// <summary>Bytes of kpipack.json: a pack file is a page of settings, a few kilobytes even with many tables.</summary>
    public const long PackFileBytes = 1024 * 1024;

    /// <summary>Bytes the parts of an .xlsx (a zip) may unpack to, together: a zip can shrink text a thousandfold.</summary>
    public const long UnzippedBytes = 200 * 1024 * 1024;

    /// <summary>Rows of one sheet (or of a CSV file), counting to the last row with something in it.</summary>
    public const int Rows = 100_000;

    /// <summary>Characters of one cell: Excel's own limit (Excel specifications and limits, "Total number of characters that a cell can contain").</summary>
    public const int TextLength = 32_767;

    /// <summary>Columns of one sheet or CSV file: Excel's own limit (XFD).</summary>
    public const int Columns = 16_384;

    /// <summary>
    /// Cells of one file, counting each row to its last cell with something in it. A council's workbook is some
    /// thousands; a figure in the last column of every row would be 1.6 billion, each a cell to make and look at.
    /// </summary>
    public const long Cells = 2_000_000;

    /// <summary>
    /// Characters of text in one file's cells, counted each time a cell shows them: one long shared string used by
    /// every cell is read, and then cleaned and printed, once a cell.
    /// </summary>
    public const long TextCharacters = 20_000_000;

    public static string Size(long bytes) => $"{bytes / (1024 * 1024)} MB";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static InputException TextTooLong(InputLocation at) =>
        new(at, $"the text is longer than {Count(TextLength)} characters, the most a spreadsheet cell holds: is this the right file?");

    public static InputException TooManyRows(InputLocation at) =>
        new(at, $"more than {Count(Rows)} rows: KpiPack reads at most {Count(Rows)} (is this the right file? clear any rows below the figures)");
}
