namespace KpiPack.Core.Input;

/// <summary>
/// What a worksheet's own records say that ExcelDataReader does not: which cells are errors (#DIV/0!) or formulas
/// with no saved result, which it reads as empty; and how far the cells with something in them really go, which
/// may be far short of the sheet's declared dimension (one formatted empty cell at XFD100000 declares 1.6 billion).
/// </summary>
internal sealed class SheetAudit(string file, string sheet)
{
    private readonly Dictionary<(int Row, int Column), string> _problems = [];

    // Index: row number (1-based); value: the row's last column (0-based) with something in it, or -1.
    private readonly List<int> _lastColumns = [-1];

    /// <summary>A cell with a value, a formula or an error. Past <see cref="InputLimits.Rows"/> the sheet is refused.</summary>
    public void Content(int row, int column)
    {
        if (row > InputLimits.Rows) throw InputLimits.TooManyRows(new InputLocation(file, sheet, row));
        if (row < 1 || column < 0) return;
        while (_lastColumns.Count <= row) _lastColumns.Add(-1);
        _lastColumns[row] = Math.Max(_lastColumns[row], column);
    }

    /// <summary>An error value (its text, #DIV/0!), or "" for a formula saved without its result.</summary>
    public void Problem(int row, int column, string error)
    {
        Content(row, column);
        _problems[(row, column)] = error;
    }

    public string? ProblemAt(int row, int column) => _problems.GetValueOrDefault((row, column));

    /// <summary>The last row with something in it; 0 for an empty sheet.</summary>
    public int LastRow => _lastColumns.FindLastIndex(c => c >= 0) is var last and > 0 ? last : 0;

    /// <summary>How many columns of <paramref name="row"/> to read: up to its last cell with something in it.</summary>
    public int Width(int row) => row < _lastColumns.Count ? _lastColumns[row] + 1 : 0;

    public InputLocation At(int row, int column) => new(file, sheet, row, Sheet.ColumnLetter(column));
}
