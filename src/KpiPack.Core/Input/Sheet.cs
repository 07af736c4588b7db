using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// A cell as read from a CSV file or a worksheet. Worksheet numbers arrive as <see cref="Number"/>
/// (already ×100 when the cell is formatted as a percentage) and dates as <see cref="Date"/>; <see cref="Problem"/>
/// says why a cell that looks empty cannot be read. <see cref="PercentFormat"/>: the worksheet shows the number as a
/// percentage (what `init --from` reads a unit from).
/// </summary>
public sealed record Cell(string Text, decimal? Number = null, DateTime? Date = null, string? Problem = null, bool PercentFormat = false)
{
    public static readonly Cell Empty = new("");

    public bool IsEmpty => Text.Length == 0 && Number is null && Date is null && Problem is null;

    public Month? AsMonth() =>
        Date is { } date ? Month.IsPlausibleYear(date.Year) ? Month.FromDate(date) : null
        : Month.TryParse(Text, out var month) ? month
        : null;
}

public sealed record SheetRow(int Number, IReadOnlyList<Cell> Cells)
{
    public Cell this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : Cell.Empty;

    public bool IsBlank => Cells.All(c => c.IsEmpty);
}

/// <summary>A table of cells with its header row, and enough of its origin to point at any cell in an error.</summary>
public sealed record Sheet(string File, string? Name, SheetRow Header, IReadOnlyList<SheetRow> Rows)
{
    public InputLocation At(SheetRow row, int column) => new(File, Name, row.Number, ColumnName(column));

    public InputLocation AtRow(SheetRow row) => new(File, Name, row.Number);

    /// <summary>Worksheets name columns by letter, CSV files by header; both are given where they exist.</summary>
    public string ColumnName(int column)
    {
        // A month header that is a date cell reads as the month it stands for, not as 2020-06-01.
        var header = Header[column].Date is { } date && Month.IsPlausibleYear(date.Year) ? Month.FromDate(date).Label : Header[column].Text.Trim();
        if (Name is null) return header.Length > 0 ? $"'{header}'" : $"{column + 1}";
        var letter = ColumnLetter(column);
        return header.Length > 0 ? $"{letter} ('{header}')" : letter;
    }

    public static string ColumnLetter(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
